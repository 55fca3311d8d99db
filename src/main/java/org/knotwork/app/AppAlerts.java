package org.knotwork.app;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.knotwork.db.DataDirectory;
import org.knotwork.ui.FxDialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The messages that end Knotwork's start, and the last line of defence for unexpected failures. */
final class AppAlerts {
  private static final Logger log = LoggerFactory.getLogger(AppAlerts.class);

  private final Stage stage;
  private final DataDirectory dataDirectory;
  private final boolean standalone;

  /**
   * @param standalone whether closing the message ends the toolkit (not when embedded in a test)
   */
  AppAlerts(Stage stage, DataDirectory dataDirectory, boolean standalone) {
    this.stage = stage;
    this.dataDirectory = dataDirectory;
    this.standalone = standalone;
  }

  /** Another Knotwork holds the data folder: say so, and close once it is read. */
  void alreadyOpen() {
    fatal(
        "Knotwork is already open",
        "Another Knotwork window is already working with the records in "
            + dataDirectory
            + ". Switch to that window to carry on. This one will close; nothing was changed.");
  }

  /** Knotwork cannot go on: the message, then the window closes. */
  void fatal(String title, String message) {
    Alert alert = FxDialogService.alert(Alert.AlertType.ERROR, title, message, stage);
    alert.setOnHidden(
        e -> {
          stage.close();
          if (standalone) {
            Platform.exit();
          }
        });
    alert.show();
  }

  /** The log gets the trace, the therapist a sentence. */
  void unexpected(Thread thread, Throwable failure) {
    log.error("Unexpected failure on thread {}", thread.getName(), failure);
    Runnable tell =
        () ->
            FxDialogService.alert(
                    Alert.AlertType.ERROR,
                    "Something went wrong",
                    "Knotwork ran into an unexpected problem. Records you already saved are safe. If this keeps "
                        + "happening, restart Knotwork; the details are in the log in "
                        + dataDirectory.logDirectory()
                        + ".",
                    stage)
                .show();
    if (Platform.isFxApplicationThread()) {
      tell.run();
    } else {
      Platform.runLater(tell);
    }
  }
}
