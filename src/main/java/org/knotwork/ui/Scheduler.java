package org.knotwork.ui;

import java.time.Duration;

/** Runs an action on the UI thread after a delay; used to debounce autosave. */
public interface Scheduler {

  /** A scheduled action that has not run yet can be cancelled. */
  interface Cancellable {
    void cancel();
  }

  Cancellable schedule(Duration delay, Runnable action);
}
