package org.knotwork.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work away from the JavaFX thread and hands the result back to it.
 * ViewModels depend on this interface (mostly through {@link BackgroundTask}); tests use {@link
 * CurrentThreadTaskExecutor}.
 *
 * <p>Work runs on one of two lanes (decision 28). The ordinary lane runs everything in the order it
 * was asked for, so "save the draft, then lock" and "save, then refresh the list" keep their order.
 * Long work (exporting every record, making a PDF, importing) runs on a lane of its own, so a
 * search never waits behind it. Closing or replacing the records ({@link #executeAlone}) waits for
 * the long work to finish.
 */
public interface TaskExecutor {

  /**
   * Runs {@code work} on the ordinary lane, then {@code onSuccess} or {@code onFailure} on the UI
   * thread. Failures are logged before {@code onFailure} sees them.
   */
  <T> void execute(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

  /**
   * Like {@link #execute}, on the lane for long work: ordinary work asked for meanwhile does not
   * wait for it. Long work must not depend on the order of ordinary work (a draft saved just before
   * may or may not be in an export that starts at the same moment).
   */
  default <T> void executeLong(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    execute(work, onSuccess, onFailure);
  }

  /**
   * Like {@link #execute}, for work that waits on the therapist outside Knotwork's windows (the
   * system's print dialog): it runs on a thread of its own, so neither lane is held up while the
   * dialog is open.
   */
  default <T> void executeBlocking(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    execute(work, onSuccess, onFailure);
  }

  /**
   * Like {@link #execute}, for work that closes or replaces the records: it starts once the long
   * work asked for before it has finished, and long work asked for while it runs waits for it.
   */
  default <T> void executeAlone(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    execute(work, onSuccess, onFailure);
  }

  /**
   * Like {@link #execute}, for work the therapist asked for that discloses or changes records (an
   * export, a deletion, a PDF, a restore, a confirmed change): when it comes to run while the
   * practice is locked it does nothing and {@code onFailure} gets a {@link
   * PracticeLockedException}.
   */
  default <T> void executeWhileUnlocked(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    PracticeLock lock = practiceLock();
    execute(
        () -> {
          lock.requireUnlocked();
          return work.call();
        },
        onSuccess,
        onFailure);
  }

  /**
   * Runs {@code action} on the UI thread: progress that background work reports. Executors without
   * a UI thread run it at once.
   */
  default void onUiThread(Runnable action) {
    action.run();
  }

  /** The lock that {@link #executeWhileUnlocked} respects. */
  PracticeLock practiceLock();

  /** Waits for queued work to finish and stops taking more. */
  void shutdown();
}
