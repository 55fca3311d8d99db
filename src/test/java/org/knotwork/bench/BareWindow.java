package org.knotwork.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for the start-up benchmark: a bare JavaFX window with one label. Prints the time from
 * the process's start to the first laid-out frame, then quits.
 */
public final class BareWindow extends Application {
  /** Started through {@link Main}, as the app is through its plain launcher class. */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      Application.launch(BareWindow.class, args);
    }
  }

  @Override
  public void start(Stage stage) {
    Scene scene = new Scene(new StackPane(new Label("Bare window")), 800, 600);
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          long ms =
              System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
          System.out.println("Bare window painted: " + ms + " ms after launch");
          Platform.runLater(Platform::exit);
        };
    scene.addPostLayoutPulseListener(once[0]);
    stage.setTitle("Bare window");
    stage.setScene(scene);
    stage.show();
  }
}
