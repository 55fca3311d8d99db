package org.knotwork.history;

/** What a line of a client's timeline records. */
public enum EntryKind {
  SESSION("Session"),
  ADDENDUM("Addendum"),
  RED_FLAG("Red flag"),
  REFERRAL("Referral"),
  MEASURE("Outcome measure"),
  PLAN("Treatment plan"),
  /** An appointment not (yet) completed by a note: booked, arrived, missed or cancelled. */
  APPOINTMENT("Appointment");

  private final String label;

  EntryKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
