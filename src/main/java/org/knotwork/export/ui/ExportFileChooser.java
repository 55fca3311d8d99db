package org.knotwork.export.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save an export, so the export screens can be tested without a file dialog. */
@FunctionalInterface
public interface ExportFileChooser {
  /**
   * Asks for a ZIP file to write.
   *
   * @param suggestedName the file name offered at first
   * @return the chosen file, or empty when the therapist cancelled
   */
  Optional<Path> chooseZip(String title, String suggestedName);
}
