package org.knotwork.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on one background thread, in the order it was asked for, and returns to the JavaFX
 * thread with the result. One thread keeps "save, then refresh the list" in order.
 */
public final class FxTaskExecutor implements TaskExecutor {
  private static final Logger log = LoggerFactory.getLogger(FxTaskExecutor.class);

  private final PracticeLock lock;

  public FxTaskExecutor(PracticeLock lock) {
    this.lock = lock;
  }

  @Override
  public PracticeLock practiceLock() {
    return lock;
  }

  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "knotwork-worker");
            thread.setDaemon(true);
            return thread;
          });

  @Override
  public <T> void execute(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    if (worker.isShutdown()) {
      // Knotwork is closing: the records are being (or have been) closed, so nothing more can run.
      // A timer that fires now (an autosave) must not end in an error message.
      log.warn("Background work asked for after Knotwork began closing was not run");
      return;
    }
    worker.execute(
        () -> {
          try {
            T result = work.call();
            Platform.runLater(() -> onSuccess.accept(result));
          } catch (Exception | Error e) {
            log.error("Background task failed", e);
            Platform.runLater(() -> onFailure.accept(e));
          }
        });
  }

  @Override
  public void shutdown() {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("Background work still running at shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
