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
  private SystemPrinter() {}

  /**
   * Shows the print dialog and prints if the therapist confirms. Blocks until done, so call it away
   * from the JavaFX thread.
   *
   * @return true if printed, false if the therapist cancelled the dialog
   */
  public static boolean print(byte[] pdf, String jobName) throws IOException {
    if (GraphicsEnvironment.isHeadless()) {
      throw new IllegalStateException(
          "This computer cannot show a print dialog. Save the document as a PDF and print it from"
              + " there.");
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PrinterJob job = PrinterJob.getPrinterJob();
      job.setJobName(jobName);
      job.setPageable(new PDFPageable(document));
      if (!job.printDialog()) {
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
