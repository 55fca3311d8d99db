package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The idle lock: it locks once the set minutes pass without use, and any use starts them again. */
@ExtendWith(ApplicationExtension.class)
class AutoLockTest {
  private static final long SECOND = 1_000_000_000L;
  private final AtomicLong now = new AtomicLong(1_000 * SECOND);
  private final AtomicInteger locks = new AtomicInteger();
  private final SimpleIntegerProperty minutes = new SimpleIntegerProperty(5);

  @Test
  void locksOnceTheMinutesPassWithoutUse(FxRobot robot) {
    AutoLock[] lock = new AutoLock[1];
    robot.interact(
        () ->
            lock[0] =
                new AutoLock(new Scene(new Pane()), minutes, locks::incrementAndGet, now::get));

    now.addAndGet(299 * SECOND);
    robot.interact(lock[0]::checkIdle);
    assertThat(locks).hasValue(0);

    now.addAndGet(SECOND);
    robot.interact(lock[0]::checkIdle);
    assertThat(locks).hasValue(1);

    // The minutes start again from the lock: it does not lock again at the next check.
    now.addAndGet(10 * SECOND);
    robot.interact(lock[0]::checkIdle);
    assertThat(locks).hasValue(1);
    robot.interact(lock[0]::stop);
  }

  @Test
  void aKeyPressedInTheWindowStartsTheMinutesAgain(FxRobot robot) {
    Pane root = new Pane();
    AutoLock[] lock = new AutoLock[1];
    robot.interact(
        () -> lock[0] = new AutoLock(new Scene(root), minutes, locks::incrementAndGet, now::get));

    now.addAndGet(290 * SECOND);
    robot.interact(
        () ->
            Event.fireEvent(
                root,
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A, false, false, false, false)));
    now.addAndGet(290 * SECOND);
    robot.interact(lock[0]::checkIdle);
    assertThat(locks).as("only 290 s since the key").hasValue(0);

    minutes.set(4); // a shorter setting counts at once
    robot.interact(lock[0]::checkIdle);
    assertThat(locks).hasValue(1);
    robot.interact(lock[0]::stop);
  }
}
