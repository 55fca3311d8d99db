package org.knotwork.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs everything at once on the calling thread: for ViewModel tests and the command line. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
  private static final Logger log = LoggerFactory.getLogger(CurrentThreadTaskExecutor.class);
  private final PracticeLock lock;

  /** With a lock of its own that is never locked (the command line has no lock screen). */
  public CurrentThreadTaskExecutor() {
    this(new PracticeLock());
  }

  public CurrentThreadTaskExecutor(PracticeLock lock) {
    this.lock = lock;
  }

  @Override
  public PracticeLock practiceLock() {
    return lock;
  }

  @Override
  public <T> void execute(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    T result;
    try {
      result = work.call();
    } catch (Exception e) {
      log.error("Background task failed", e);
      onFailure.accept(e);
      return;
    }
    onSuccess.accept(result);
  }

  @Override
  public void shutdown() {
    // nothing runs in the background
  }
}
