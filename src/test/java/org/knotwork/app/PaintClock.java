package org.knotwork.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/** The paint benchmarks' clock: from an action to the frame that shows its result. */
final class PaintClock {
  private PaintClock() {}

  /**
   * Runs the action on the FX thread and measures, on the FX thread, until the frame after the one
   * in which the condition first holds: the condition is checked after every layout pass of the
   * scene {@code inScene} is in, and the clock stops when the next pulse starts, i.e. once the
   * frame that shows the data has been rendered. No polling from the test thread is included.
   */
  static long timeToPaint(Node inScene, Runnable action, Callable<Boolean> shown) throws Exception {
    CountDownLatch painted = new CountDownLatch(1);
    long[] elapsed = new long[1];
    Platform.runLater(
        () -> {
          Scene scene = inScene.getScene();
          long t0 = System.nanoTime();
          Runnable[] listener = new Runnable[1];
          listener[0] =
              () -> {
                try {
                  if (!shown.call()) {
                    return;
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                scene.removePostLayoutPulseListener(listener[0]);
                new AnimationTimer() {
                  @Override
                  public void handle(long now) {
                    elapsed[0] = (System.nanoTime() - t0) / 1_000_000;
                    painted.countDown();
                    stop();
                  }
                }.start();
              };
          scene.addPostLayoutPulseListener(listener[0]);
          action.run();
        });
    if (!painted.await(15, TimeUnit.SECONDS)) {
      throw new AssertionError("Not painted within 15 s");
    }
    WaitForAsyncUtils.waitForFxEvents();
    return elapsed[0];
  }

  /** The median of the warm runs: every run but the first. */
  static long warmMedian(List<Long> runs) {
    List<Long> warm = new ArrayList<>(runs.subList(1, runs.size()));
    warm.sort(Long::compare);
    return warm.get(warm.size() / 2);
  }
}
