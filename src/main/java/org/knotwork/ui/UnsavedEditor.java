package org.knotwork.ui;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * An editor that may hold unsaved changes, asked before the therapist leaves it (another client,
 * another screen, closing the window). The question comes first for every editor; only when none
 * was answered "Keep editing" are the answers carried out, one after the other.
 */
@FunctionalInterface
public interface UnsavedEditor {
  /** Leaving without asking: nothing is unsaved. */
  Consumer<Runnable> NOTHING_UNSAVED = Runnable::run;

  /**
   * Asks Save / Discard / Keep editing when there are unsaved changes. Returns how to leave: a step
   * that saves or discards, then runs what comes next (only once a save succeeded); empty when the
   * therapist keeps editing.
   */
  Optional<Consumer<Runnable>> askToLeave();
}
