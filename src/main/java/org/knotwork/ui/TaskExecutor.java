package org.knotwork.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work away from the JavaFX thread and hands the result back to it.
 * ViewModels depend on this interface; tests use {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {

  /**
   * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI
   * thread. Failures are logged before {@code onFailure} sees them.
   */
  <T> void execute(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

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

  /** The lock that {@link #executeWhileUnlocked} respects. */
  PracticeLock practiceLock();

  /** Waits for queued work to finish and stops taking more. */
  void shutdown();
}
