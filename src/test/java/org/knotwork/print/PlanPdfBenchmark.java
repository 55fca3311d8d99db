package org.knotwork.print;

import java.util.Arrays;
import java.util.Locale;
import org.knotwork.practice.PaperSize;
import org.slf4j.LoggerFactory;

/**
 * Times printing the sample plan with three built-in handouts (with their figures): the first call
 * in a fresh JVM, then the median and 95th percentile of 50 warm runs. Not a test; run its main.
 */
public final class PlanPdfBenchmark {
  private PlanPdfBenchmark() {}

  private static byte[] logo;

  public static void main(String[] args) {
    // The logo comes from the settings as bytes; making it is not part of printing.
    logo = DocumentPrinterTest.png();
    // The app has its logging running long before anyone prints; time that separately.
    long logStart = System.nanoTime();
    LoggerFactory.getLogger(PlanPdfBenchmark.class).debug("Logging is up");
    double logging = (System.nanoTime() - logStart) / 1e6;
    long start = System.nanoTime();
    DocumentPrinter printer = new DocumentPrinter();
    int bytes = print(printer);
    double first = (System.nanoTime() - start) / 1e6;
    for (int i = 0; i < 20; i++) {
      print(printer);
    }
    double[] runs = new double[50];
    for (int i = 0; i < runs.length; i++) {
      long t = System.nanoTime();
      print(printer);
      runs[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(runs);
    System.out.printf(
        Locale.ROOT,
        "Plan with 3 handouts (%d bytes): first call %.0f ms (after %.0f ms starting the logging);"
            + " warm median %.1f ms, p95 %.1f ms%n",
        bytes,
        first,
        logging,
        runs[runs.length / 2],
        runs[(int) Math.ceil(runs.length * 0.95) - 1]);
  }

  private static int print(DocumentPrinter printer) {
    return printer.plan(
            PlanFixtures.letterhead(logo),
            PaperSize.A4,
            "Siobhán Ó Súilleabháin",
            PlanFixtures.samplePlan(),
            java.util.List.of(
                org.knotwork.handout.BuiltInHandouts.byKey("hamstring-stretch").orElseThrow(),
                org.knotwork.handout.BuiltInHandouts.byKey("glute-piriformis-stretch")
                    .orElseThrow(),
                org.knotwork.handout.BuiltInHandouts.byKey("staying-active").orElseThrow()),
            PlanFixtures.PRINTED)
        .length;
  }
}
