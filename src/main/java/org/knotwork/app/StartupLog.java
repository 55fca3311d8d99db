package org.knotwork.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import org.knotwork.ui.SinceLaunch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up milestones in the log, each once the screen it names has been laid out: the figures
 * the start-up benchmark and the installer's smoke test read.
 */
final class StartupLog {
  // under the app's name, as the start-up measurements and the smoke test have always read them
  private static final Logger log = LoggerFactory.getLogger(KnotworkApp.class);

  private final Scene scene;
  private boolean readyLogged;

  StartupLog(Scene scene) {
    this.scene = scene;
  }

  /**
   * Logs, once per run, the moment the first usable screen has been laid out after the welcome or
   * the client list became ready.
   */
  void whenReady(MainWindow main) {
    if (readyLogged) {
      return;
    }
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          if (main.readyProperty().get() && !readyLogged) {
            readyLogged = true;
            scene.removePostLayoutPulseListener(listener[0]);
            log.info("Knotwork is ready: {} ms after launch", SinceLaunch.millis());
          }
        };
    scene.addPostLayoutPulseListener(listener[0]);
    main.readyProperty().addListener((o, was, now) -> Platform.requestNextPulse());
  }

  /** Logs the message (with the time since launch) once the next layout pass has run. */
  void onNextLayout(String message) {
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          scene.removePostLayoutPulseListener(listener[0]);
          log.info(message, SinceLaunch.millis());
        };
    scene.addPostLayoutPulseListener(listener[0]);
    Platform.requestNextPulse();
  }
}
