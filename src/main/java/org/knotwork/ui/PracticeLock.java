package org.knotwork.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the practice is locked behind the passphrase screen. Work done at the therapist's request
 * checks it at the moment it runs ({@link #requireUnlocked()}), and a question or file dialog
 * checks with a {@link Stamp} that no lock came while it was open: an answer given to a dialog that
 * outlived a lock is never acted on.
 *
 * <p>Safe to read from any thread; {@link #lock()}, {@link #unlock()} and {@link
 * #whenUnlocked(Runnable)} belong to the JavaFX thread.
 */
public final class PracticeLock {
  private final AtomicBoolean locked = new AtomicBoolean();
  private final AtomicLong locks = new AtomicLong();
  private final List<Runnable> afterUnlock = new ArrayList<>();

  /** The number of locks so far, taken before a dialog is shown. */
  public record Stamp(long locks) {}

  public boolean isLocked() {
    return locked.get();
  }

  /** Locks; false when it already was. */
  public boolean lock() {
    if (locked.compareAndSet(false, true)) {
      locks.incrementAndGet();
      return true;
    }
    return false;
  }

  /** Unlocks, then runs what was held back while locked (messages for the therapist). */
  public void unlock() {
    locked.set(false);
    List<Runnable> held = List.copyOf(afterUnlock);
    afterUnlock.clear();
    held.forEach(Runnable::run);
  }

  public Stamp stamp() {
    return new Stamp(locks.get());
  }

  /** True when the practice is unlocked now and has not been locked since {@code stamp}. */
  public boolean unlockedThroughout(Stamp stamp) {
    return !locked.get() && locks.get() == stamp.locks();
  }

  /** Refuses to go on while locked. */
  public void requireUnlocked() {
    if (locked.get()) {
      throw new PracticeLockedException();
    }
  }

  /** Runs {@code action} now, or once the practice is unlocked again. */
  public void whenUnlocked(Runnable action) {
    if (locked.get()) {
      afterUnlock.add(action);
    } else {
      action.run();
    }
  }
}
