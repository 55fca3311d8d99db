package org.knotwork.appointment;

/** One reason a booking does not fit, named in plain words for the therapist. */
public record Conflict(Kind kind, String message) {
  /** What kind of clash it is. */
  public enum Kind {
    OVERLAP,
    TRAVEL,
    GAP,
    BLOCKED,
    OUTSIDE_HOURS
  }

  @Override
  public String toString() {
    return message;
  }
}
