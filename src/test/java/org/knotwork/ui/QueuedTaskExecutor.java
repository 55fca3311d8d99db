package org.knotwork.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds background work until the test releases it, so a test can look at the screen state while a
 * load is still under way.
 */
public final class QueuedTaskExecutor implements TaskExecutor {
  private final Deque<Runnable> queued = new ArrayDeque<>();
  private final PracticeLock lock = new PracticeLock();

  @Override
  public PracticeLock practiceLock() {
    return lock;
  }

  @Override
  public <T> void execute(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    queued.add(
        () -> {
          T result;
          try {
            result = work.call();
          } catch (Exception e) {
            onFailure.accept(e);
            return;
          }
          onSuccess.accept(result);
        });
  }

  /** Runs everything queued so far, in order. */
  public void runAll() {
    while (!queued.isEmpty()) {
      queued.poll().run();
    }
  }

  /** Runs the oldest queued piece of work. */
  public void runOne() {
    queued.poll().run();
  }

  /** Runs the oldest work queued, if any. */
  public void runNext() {
    if (!queued.isEmpty()) {
      queued.poll().run();
    }
  }

  public int pending() {
    return queued.size();
  }

  @Override
  public void shutdown() {
    queued.clear();
  }
}
