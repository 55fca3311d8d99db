package org.knotwork.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knotwork.practice.PaperSize;

/**
 * Writes a realistic sample treatment plan with three handouts, to look at while working on the
 * print layout. Usage: {@code SamplePlanPdf out.pdf [A4|LETTER] [logo.png]}.
 */
public final class SamplePlanPdf {
  private SamplePlanPdf() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "sample-plan.pdf");
    PaperSize paper = args.length > 1 ? PaperSize.valueOf(args[1]) : PaperSize.A4;
    byte[] logo = args.length > 2 ? Files.readAllBytes(Path.of(args[2])) : null;
    byte[] pdf =
        new DocumentPrinter()
            .plan(
                PlanFixtures.letterhead(logo),
                paper,
                "Siobhán Ó Súilleabháin",
                PlanFixtures.samplePlan(),
                PlanFixtures.handouts(),
                PlanFixtures.PRINTED);
    Files.write(out, pdf);
    System.out.println("Wrote " + out.toAbsolutePath() + " (" + pdf.length + " bytes)");
  }
}
