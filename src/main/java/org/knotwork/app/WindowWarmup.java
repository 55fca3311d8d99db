package org.knotwork.app;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.knotwork.db.PracticeKeys;
import org.knotwork.practice.Practice;
import org.knotwork.ui.FxDialogService;
import org.knotwork.ui.FxTaskExecutor;
import org.knotwork.ui.PracticeLock;
import org.knotwork.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step of the warm-up (decision 30): on the JavaFX thread, the main window of the
 * throw-away practice is built, styled and laid out in a scene of its own that is never shown, then
 * dropped. The real window then finds the classes loaded, the code compiled and the style sheets'
 * rules matched. Its background work runs on an executor of its own against the throw-away
 * practice; a failure there is logged and never shown.
 */
final class WindowWarmup {
  private static final Logger log = LoggerFactory.getLogger(WindowWarmup.class);
  private static final long WAIT_SECONDS = 20;

  private WindowWarmup() {}

  /**
   * Builds the throw-away window on the JavaFX thread and waits for it (on the warm-up thread);
   * true when it was built, styled and laid out. Before each turn it asks {@code stopped}: once the
   * passphrase is submitted no further turn takes the JavaFX thread.
   */
  static boolean buildAndWait(AppContext scratch, BooleanSupplier stopped) {
    Practice practice = scratch.practices().current().orElse(null);
    if (practice == null) {
      return false;
    }
    boolean[] done = {false};
    CountDownLatch built = new CountDownLatch(1);
    MainWindow[] window = new MainWindow[1];
    // The window's own background work runs on background threads, as in the app; they end with
    // the warm-up.
    TaskExecutor executor = new FxTaskExecutor(new PracticeLock());
    // In three turns of the JavaFX thread, so that keys typed meanwhile wait less for each. A
    // failure only ends the warm-up: it is logged, never shown.
    List<Runnable> turns =
        List.of(
            () -> window[0] = build(scratch, practice, executor),
            () -> window[0].applyCss(),
            () -> window[0].layout());
    Runnable[] next = new Runnable[1];
    int[] turn = {0};
    long[] millis = new long[turns.size()];
    next[0] =
        () -> {
          try {
            if (stopped.getAsBoolean()) {
              log.info("Throw-away window left after {} of {} turns", turn[0], turns.size());
              built.countDown();
              return;
            }
            long started = System.nanoTime();
            turns.get(turn[0]).run();
            millis[turn[0]++] = (System.nanoTime() - started) / 1_000_000;
            if (turn[0] < turns.size()) {
              Platform.runLater(next[0]);
              return;
            }
            log.info(
                "Throw-away window built, styled and laid out: {} ms", Arrays.toString(millis));
            done[0] = true;
          } catch (RuntimeException | LinkageError e) {
            log.warn("The throw-away window was not built", e);
          }
          built.countDown();
        };
    Platform.runLater(next[0]);
    try {
      if (!built.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
        log.info("The throw-away window was not built in {} s", WAIT_SECONDS);
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      executor.shutdown(); // its loads are finished before the throw-away practice is closed
    }
    return done[0];
  }

  private static MainWindow build(AppContext scratch, Practice practice, TaskExecutor executor) {
    MainWindow window =
        new MainWindow(
            scratch,
            executor,
            new FxDialogService(() -> null),
            file -> {},
            new PracticeKeys(),
            () -> {},
            null,
            Theme.LIGHT,
            theme -> {});
    window.showPractice(practice);
    Scene scene =
        new Scene(window, WindowSettings.DEFAULT.width(), WindowSettings.DEFAULT.height());
    scene
        .getStylesheets()
        .add(WindowWarmup.class.getResource("/org/knotwork/ui/knotwork.css").toExternalForm());
    return window;
  }
}
