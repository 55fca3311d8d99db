package org.knotwork.outcome;

/**
 * Whether a client's measure moved by at least the instrument's meaningful change, and which way.
 */
public enum Change {
  IMPROVED("Improving"),
  UNCHANGED("No meaningful change"),
  WORSE("Worse"),
  /** The baseline is the latest score: nothing to compare with yet. */
  ONE_SCORE("One score so far");

  private final String label;

  Change(String label) {
    this.label = label;
  }

  /** Words for the therapist, e.g. "No meaningful change". */
  public String label() {
    return label;
  }
}
