package org.knotwork.app;

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
  private long lastInput = System.nanoTime();

  AutoLock(Scene scene, ReadOnlyIntegerProperty minutes, Runnable lock) {
    this.minutes = minutes;
    this.lock = lock;
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
    lastInput = System.nanoTime();
  }

  void stop() {
    check.stop();
  }

  private void touch(Event e) {
    touch();
  }

  private void checkIdle() {
    long idleSeconds = (System.nanoTime() - lastInput) / 1_000_000_000L;
    if (idleSeconds >= minutes.get() * 60L) {
      touch();
      lock.run();
    }
  }
}
