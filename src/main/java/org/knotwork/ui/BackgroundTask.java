package org.knotwork.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One piece of background work that a screen runs again and again (load the page, export, make a
 * PDF), carrying what the screen shows about it: whether it is running, and a status line.
 *
 * <p>It runs through a {@link TaskExecutor}, so a ViewModel that uses it is tested without a
 * toolkit ({@link CurrentThreadTaskExecutor}). A newer run supersedes an older one: only the newest
 * run's result or failure reaches its callbacks, and the task stays running until that run ends.
 * {@link #cancel()} drops the result of the run under way and stops showing it as running; the work
 * itself may look at {@link Progress#isCancelled()} to stop early. The work of a superseded or
 * cancelled run is still done (a save is never left half-asked): commands that change records
 * refuse to start while their task is running, so only reads are ever superseded.
 *
 * <p>Every method belongs to the UI thread, except {@link Progress}, which the work uses.
 */
public final class BackgroundTask {
  private static final Logger log = LoggerFactory.getLogger(BackgroundTask.class);

  /** Work that reports its progress, or looks whether it was cancelled. */
  @FunctionalInterface
  public interface Work<T> {
    T call(Progress progress) throws Exception;
  }

  /** What running work may tell its task; safe on any thread. */
  public interface Progress {
    /** Shows {@code text} as the task's status line, unless a newer run came meanwhile. */
    void message(String text);

    /** True once this run was cancelled or superseded: its result will not be used. */
    boolean isCancelled();
  }

  private enum Lane {
    ORDINARY,
    LONG
  }

  private final TaskExecutor executor;
  private final Lane lane;
  private final AtomicLong runs = new AtomicLong();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

  private BackgroundTask(TaskExecutor executor, Lane lane) {
    this.executor = executor;
    this.lane = lane;
  }

  /** A task for ordinary work: it runs in order with all other ordinary work. */
  public static BackgroundTask of(TaskExecutor executor) {
    return new BackgroundTask(executor, Lane.ORDINARY);
  }

  /**
   * A task for long work (exporting every record, writing a PDF, importing): it runs on a lane of
   * its own, so searches and saves do not wait behind it.
   */
  public static BackgroundTask longWork(TaskExecutor executor) {
    return new BackgroundTask(executor, Lane.LONG);
  }

  /** Runs {@code work}, then {@code onSuccess} or {@code onFailure} on the UI thread. */
  public <T> void run(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    start(progress -> work.call(), false, onSuccess, onFailure);
  }

  /** Like {@link #run(Callable, Consumer, Consumer)}, for work that reports its progress. */
  public <T> void run(
      Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    start(work, false, onSuccess, onFailure);
  }

  /**
   * Runs work the therapist asked for that discloses or changes records: when it comes to run while
   * the practice is locked it does nothing, and {@code onFailure} gets a {@link
   * PracticeLockedException}.
   */
  public <T> void runWhileUnlocked(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    start(progress -> work.call(), true, onSuccess, onFailure);
  }

  /** Like {@link #runWhileUnlocked(Callable, Consumer, Consumer)}, reporting progress. */
  public <T> void runWhileUnlocked(
      Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    start(work, true, onSuccess, onFailure);
  }

  private <T> void start(
      Work<T> work,
      boolean whileUnlocked,
      Consumer<? super T> onSuccess,
      Consumer<? super Throwable> onFailure) {
    long run = runs.incrementAndGet();
    running.set(true);
    PracticeLock lock = executor.practiceLock();
    Progress progress =
        new Progress() {
          @Override
          public void message(String text) {
            executor.onUiThread(
                () -> {
                  if (isCurrent(run)) {
                    message.set(text);
                  }
                });
          }

          @Override
          public boolean isCancelled() {
            return !isCurrent(run);
          }
        };
    Callable<T> call =
        () -> {
          if (whileUnlocked) {
            lock.requireUnlocked();
          }
          return work.call(progress);
        };
    Consumer<T> succeeded =
        result -> {
          if (ended(run)) {
            onSuccess.accept(result);
          }
        };
    Consumer<Throwable> failed =
        failure -> {
          if (ended(run)) {
            onFailure.accept(failure);
          }
        };
    if (lane == Lane.LONG) {
      executor.executeLong(call, succeeded, failed);
    } else {
      executor.execute(call, succeeded, failed);
    }
  }

  private boolean isCurrent(long run) {
    return runs.get() == run;
  }

  /** True when {@code run} is the newest: it is no longer running, and its outcome counts. */
  private boolean ended(long run) {
    if (!isCurrent(run)) {
      log.debug("A superseded or cancelled run ended; its outcome is dropped");
      return false;
    }
    running.set(false);
    return true;
  }

  /** Drops the outcome of the run under way (if any); the task is no longer running. */
  public void cancel() {
    runs.incrementAndGet();
    running.set(false);
  }

  public boolean isRunning() {
    return running.get();
  }

  /** True from the start of a run until the newest run has ended or was cancelled. */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public String getMessage() {
    return message.get();
  }

  /** The status line ("Exporting all records… 12 of 240 clients", "Saved audit-log.csv"). */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Sets the status line from the UI thread (before a run, or after it ended). */
  public void setMessage(String text) {
    message.set(text);
  }
}
