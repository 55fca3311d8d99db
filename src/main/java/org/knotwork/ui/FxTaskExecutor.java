package org.knotwork.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on two background threads and returns to the JavaFX thread with the result. The
 * ordinary lane is one thread, so its work runs in the order it was asked for ("save, then refresh
 * the list"; drafts saved before a lock or a restore). Long work has a thread of its own, so a
 * search does not wait for an export of every record. Work that closes or replaces the records runs
 * alone: it waits for long work, and long work waits for it (see decision 28).
 */
public final class FxTaskExecutor implements TaskExecutor {
  private static final Logger log = LoggerFactory.getLogger(FxTaskExecutor.class);

  private final PracticeLock lock;
  private final Executor uiThread;
  private final ExecutorService worker = thread("knotwork-worker");
  private final ExecutorService longWorker = thread("knotwork-long-work");

  /** One thread per open system dialog (printing); none is kept once the dialog has closed. */
  private final ExecutorService dialogs =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "knotwork-print");
            thread.setDaemon(true);
            return thread;
          });

  /** Long work holds it shared; closing or replacing the records holds it alone. */
  private final ReadWriteLock records = new ReentrantReadWriteLock(true);

  public FxTaskExecutor(PracticeLock lock) {
    this(lock, Platform::runLater);
  }

  /** With another way of reaching the UI thread (tests without a toolkit). */
  FxTaskExecutor(PracticeLock lock, Executor uiThread) {
    this.lock = lock;
    this.uiThread = uiThread;
  }

  private static ExecutorService thread(String name) {
    return Executors.newSingleThreadExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, name);
          thread.setDaemon(true);
          return thread;
        });
  }

  @Override
  public PracticeLock practiceLock() {
    return lock;
  }

  @Override
  public <T> void execute(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    submit(worker, null, work, onSuccess, onFailure);
  }

  @Override
  public <T> void executeLong(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    submit(longWorker, records.readLock(), work, onSuccess, onFailure);
  }

  @Override
  public <T> void executeBlocking(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    submit(dialogs, null, work, onSuccess, onFailure);
  }

  @Override
  public <T> void executeAlone(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    submit(worker, records.writeLock(), work, onSuccess, onFailure);
  }

  @Override
  public void onUiThread(Runnable action) {
    uiThread.execute(action);
  }

  /**
   * Runs the work on its lane, holding {@code held} (if any) until its result or failure is on its
   * way to the UI thread: long work's result reaches the screen before the records are closed.
   */
  private <T> void submit(
      ExecutorService lane,
      Lock held,
      Callable<T> work,
      Consumer<? super T> onSuccess,
      Consumer<? super Throwable> onFailure) {
    if (lane.isShutdown()) {
      // Knotwork is closing: the records are being (or have been) closed, so nothing more can run.
      // A timer that fires now (an autosave) must not end in an error message.
      log.warn("Background work asked for after Knotwork began closing was not run");
      return;
    }
    lane.execute(
        () -> {
          if (held != null) {
            held.lock();
          }
          try {
            T result = work.call();
            uiThread.execute(() -> onSuccess.accept(result));
          } catch (Exception | Error e) {
            log.error("Background task failed", e);
            uiThread.execute(() -> onFailure.accept(e));
          } finally {
            if (held != null) {
              held.unlock();
            }
          }
        });
  }

  @Override
  public void shutdown() {
    worker.shutdown();
    longWorker.shutdown();
    dialogs.shutdown(); // an open print dialog is not waited for: it is disposed on closing
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      boolean done = worker.awaitTermination(10, TimeUnit.SECONDS);
      long left = Math.max(0, deadline - System.nanoTime());
      done &= longWorker.awaitTermination(left, TimeUnit.NANOSECONDS);
      if (!done) {
        log.warn("Background work still running at shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
