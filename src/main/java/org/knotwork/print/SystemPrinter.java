package org.knotwork.print;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** Sends a PDF to a printer through the system's print dialog. */
public final class SystemPrinter {
  private static final java.util.concurrent.atomic.AtomicInteger dialogsOpen =
      new java.util.concurrent.atomic.AtomicInteger();

  private SystemPrinter() {}

  /**
   * Closes a print dialog that is open (Knotwork is locking): its caller sees "cancelled". Touches
   * the desktop toolkit only when a dialog was shown.
   */
  public static void closeOpenDialogs() {
    if (dialogsOpen.get() == 0) {
      return;
    }
    java.awt.EventQueue.invokeLater(
        () -> {
          for (java.awt.Window window : java.awt.Window.getWindows()) {
            if (window instanceof java.awt.Dialog && window.isShowing()) {
              window.dispose();
            }
          }
        });
  }

  /**
   * Shows the print dialog and prints if the therapist confirms. Blocks until done, so call it away
   * from the JavaFX thread.
   *
   * @return true if printed, false if the therapist cancelled the dialog
   */
  public static boolean print(byte[] pdf, String jobName) throws IOException {
    return print(pdf, jobName, () -> true);
  }

  /**
   * Like {@link #print(byte[], String)}, sending the document only if {@code stillAllowed} says so
   * once the dialog is confirmed (false: Knotwork locked while the dialog was open).
   */
  public static boolean print(
      byte[] pdf, String jobName, java.util.function.BooleanSupplier stillAllowed)
      throws IOException {
    if (GraphicsEnvironment.isHeadless()) {
      throw new IllegalStateException(
          "This computer cannot show a print dialog. Save the document as a PDF and print it from"
              + " there.");
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PrinterJob job = PrinterJob.getPrinterJob();
      job.setJobName(jobName);
      job.setPageable(new PDFPageable(document));
      boolean confirmed;
      dialogsOpen.incrementAndGet();
      try {
        confirmed = job.printDialog();
      } finally {
        dialogsOpen.decrementAndGet();
      }
      if (!confirmed || !stillAllowed.getAsBoolean()) {
        return false;
      }
      job.print();
      return true;
    } catch (PrinterException e) {
      throw new IllegalStateException(
          "The printer did not take the document ("
              + e.getMessage()
              + "). Check that it is switched on, or save the document as a PDF.",
          e);
    }
  }
}
