package org.knotwork.retention;

/** What deleting a client's record removed, for the message afterwards. */
public record DeletedRecord(String fullName, int notes, int measures, int plans) {

  /** "3 notes, 2 measures and 1 plan". */
  public String summary() {
    return count(notes, "note")
        + ", "
        + count(measures, "measure")
        + " and "
        + count(plans, "plan");
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
