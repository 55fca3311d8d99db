package org.knotwork.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.knotwork.ui.FxDialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a written PDF in the system's viewer (or hands it to a test's viewer). */
final class DocumentViewer implements Consumer<Path> {
  private static final Logger log = LoggerFactory.getLogger(DocumentViewer.class);

  private final Consumer<Path> replacement;
  private final Supplier<HostServices> system;
  private final Stage stage;

  /**
   * @param replacement opens documents instead of the system's viewer (tests), or null
   */
  DocumentViewer(Consumer<Path> replacement, Supplier<HostServices> system, Stage stage) {
    this.replacement = replacement;
    this.system = system;
    this.stage = stage;
  }

  @Override
  public void accept(Path file) {
    if (replacement != null) {
      replacement.accept(file);
      return;
    }
    try {
      system.get().showDocument(file.toUri().toString());
    } catch (RuntimeException e) {
      log.warn("Could not open {} in the system viewer", file, e);
      FxDialogService.alert(
              Alert.AlertType.INFORMATION,
              "No PDF viewer was found",
              "The document is saved as "
                  + file
                  + ". Open it from there, or use Save as PDF to put it somewhere else.",
              stage)
          .show();
    }
  }
}
