package org.knotwork.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler whose time moves only when a test says so. */
public final class ManualScheduler implements Scheduler {
  private Duration now = Duration.ZERO;
  private final List<Task> tasks = new ArrayList<>();

  private final class Task implements Cancellable {
    final Duration due;
    final Runnable action;
    boolean cancelled;

    Task(Duration due, Runnable action) {
      this.due = due;
      this.action = action;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable action) {
    Task task = new Task(now.plus(delay), action);
    tasks.add(task);
    return task;
  }

  /** Moves time forward and runs what fell due, in order. */
  public void advance(Duration by) {
    now = now.plus(by);
    List<Task> due = tasks.stream().filter(t -> !t.cancelled && t.due.compareTo(now) <= 0).toList();
    tasks.removeAll(due);
    tasks.removeIf(t -> t.cancelled);
    due.forEach(t -> t.action.run());
  }

  public long pending() {
    return tasks.stream().filter(t -> !t.cancelled).count();
  }
}
