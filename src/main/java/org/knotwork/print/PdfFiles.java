package org.knotwork.print;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.knotwork.db.FileNames;
import org.knotwork.db.PrivateFiles;

/** Writes finished PDFs to disk without ever leaving a half-written file behind. */
public final class PdfFiles {
  private PdfFiles() {}

  /**
   * Writes the bytes beside the target first and then moves them into place, so a full disk or a
   * crash leaves the previous file (if any) as it was. Only the user can read the file: it holds a
   * client's details (see {@link PrivateFiles}).
   */
  public static void save(byte[] pdf, Path target) throws IOException {
    PrivateFiles.write(target, out -> out.write(pdf));
  }

  /**
   * A file name for a document: "Treatment plan - Renée Müller Jr - 2026-03-02.pdf", the client's
   * name as written (see {@link FileNames#safe}).
   */
  public static String fileName(String document, String clientName, LocalDate date) {
    String what = FileNames.safe(document);
    String who = FileNames.safe(clientName);
    return (what.isEmpty() ? "Document" : what)
        + (who.isEmpty() ? "" : " - " + who)
        + " - "
        + date
        + ".pdf";
  }

  /** Lower-case, file-system-safe form of a name, for temporary copies. */
  public static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
