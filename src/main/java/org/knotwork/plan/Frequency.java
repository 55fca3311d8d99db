package org.knotwork.plan;

/** How often the planned sessions take place. */
public enum Frequency {
  TWICE_WEEKLY("Twice a week", "twice a week", 3),
  WEEKLY("Weekly", "once a week", 7),
  FORTNIGHTLY("Every two weeks", "every two weeks", 14),
  MONTHLY("Monthly", "once a month", 30);

  private final String label;
  private final String phrase;
  private final int daysApart;

  Frequency(String label, String phrase, int daysApart) {
    this.label = label;
    this.phrase = phrase;
    this.daysApart = daysApart;
  }

  public String label() {
    return label;
  }

  /** As it reads in a sentence: "once a week". */
  public String phrase() {
    return phrase;
  }

  /** Roughly how many days lie between two sessions. */
  public int daysApart() {
    return daysApart;
  }
}
