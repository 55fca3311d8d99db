package org.knotwork.history;

/**
 * Direction of a client's pain in a region. On the 0–10 numeric pain rating scale a change of 2
 * points or more is meaningful (domain brief, section 4); anything smaller is no change.
 */
public enum Trend {
  IMPROVING("Improving"),
  UNCHANGED("No meaningful change"),
  WORSE("Worse");

  /** Smallest change in NPRS points that counts as real. */
  public static final int MEANINGFUL_CHANGE = 2;

  private final String label;

  Trend(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The trend from the first rating to the latest (lower pain is better). */
  public static Trend between(int firstPain, int latestPain) {
    if (latestPain <= firstPain - MEANINGFUL_CHANGE) {
      return IMPROVING;
    }
    if (latestPain >= firstPain + MEANINGFUL_CHANGE) {
      return WORSE;
    }
    return UNCHANGED;
  }
}
