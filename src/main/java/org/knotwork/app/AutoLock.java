package org.knotwork.app;

import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/** Locks the window after a number of minutes without keyboard, mouse or scrolling. */
final class AutoLock {
  private final ReadOnlyIntegerProperty minutes;
  private final Runnable lock;
  private final Timeline check;
  private final LongSupplier nanoTime;
  private long lastInput;

  AutoLock(Scene scene, ReadOnlyIntegerProperty minutes, Runnable lock) {
    this(scene, minutes, lock, System::nanoTime);
  }

  /** With its own time source, so that a test need not wait for minutes to pass. */
  AutoLock(Scene scene, ReadOnlyIntegerProperty minutes, Runnable lock, LongSupplier nanoTime) {
    this.minutes = minutes;
    this.lock = lock;
    this.nanoTime = nanoTime;
    this.lastInput = nanoTime.getAsLong();
    scene.addEventFilter(KeyEvent.ANY, this::touch);
    scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::touch);
    scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::touch);
    scene.addEventFilter(ScrollEvent.ANY, this::touch);
    check = new Timeline(new KeyFrame(Duration.seconds(10), e -> checkIdle()));
    check.setCycleCount(Timeline.INDEFINITE);
    check.play();
  }

  /** Counts as use: the idle time starts again. */
  void touch() {
    lastInput = nanoTime.getAsLong();
  }

  void stop() {
    check.stop();
  }

  private void touch(Event e) {
    touch();
  }

  /** Locks when the set number of minutes has passed since the last use; runs every 10 s. */
  void checkIdle() {
    long idleSeconds = (nanoTime.getAsLong() - lastInput) / 1_000_000_000L;
    if (idleSeconds >= minutes.get() * 60L) {
      touch();
      lock.run();
    }
  }
}
