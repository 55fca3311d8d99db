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

  /** Waits for queued work to finish and stops taking more. */
  void shutdown();
}
