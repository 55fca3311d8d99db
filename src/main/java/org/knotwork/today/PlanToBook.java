package org.knotwork.today;

/**
 * A client whose active plan has sessions left and who has nothing booked from the day on.
 *
 * @param held signed visits since the plan started
 * @param planned the plan's number of sessions
 */
public record PlanToBook(long clientId, String clientName, long planId, int held, int planned) {
  public int left() {
    return planned - held;
  }

  /** "2 of 6 sessions held, 4 left". */
  public String text() {
    return held + " of " + planned + " sessions held, " + left() + " left";
  }
}
