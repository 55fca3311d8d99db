package org.knotwork.session;

/**
 * How soon a client who answers a red-flag question "yes" needs to be seen, and what that means.
 */
public enum RedFlagUrgency {
  /** Call the emergency number now; no treatment. */
  EMERGENCY("Emergency", "Emergency — call now, no treatment", true),
  /** Medical assessment today; no massage today. */
  SAME_DAY("Same day", "Same day — seen today, no massage today", true),
  /** A doctor within days; treat only with the adaptations the advice names. */
  SOON("Soon", "Soon — doctor within days, adapt treatment", false),
  /**
   * Notes signed before each question had its own urgency: "refer before treating", with one shared
   * piece of advice. Never asked any more; kept so those notes read as signed.
   */
  REFER("Refer", "Refer before treating", false);

  private final String label;
  private final String heading;
  private final boolean noTreatmentToday;

  RedFlagUrgency(String label, String heading, boolean noTreatmentToday) {
    this.label = label;
    this.heading = heading;
    this.noTreatmentToday = noTreatmentToday;
  }

  /** One word or two for a line of the note, e.g. "Same day". */
  public String label() {
    return label;
  }

  /** The heading of its part of the screen. */
  public String heading() {
    return heading;
  }

  /** A "yes" means no massage today. */
  public boolean noTreatmentToday() {
    return noTreatmentToday;
  }
}
