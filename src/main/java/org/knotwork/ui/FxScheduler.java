package org.knotwork.ui;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** Schedules on the JavaFX thread with a {@link PauseTransition}. */
public final class FxScheduler implements Scheduler {
  @Override
  public Cancellable schedule(Duration delay, Runnable action) {
    PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
    pause.setOnFinished(e -> action.run());
    pause.play();
    return pause::stop;
  }
}
