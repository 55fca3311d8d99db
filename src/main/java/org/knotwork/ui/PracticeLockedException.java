package org.knotwork.ui;

/** Work asked for before a lock came to run while the practice was locked, and did nothing. */
public final class PracticeLockedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public PracticeLockedException() {
    super(
        "Knotwork locked before this could be done, so nothing was changed, saved or printed."
            + " Do it again now if you still want it.");
  }
}
