package org.knotwork.safety;

/**
 * Where the practice is, so that advice names the right emergency number and the right place to get
 * help the same day. {@link #OTHER} uses numbers the therapist types in.
 */
public enum Country {
  UNITED_KINGDOM("United Kingdom", "999", "NHS 111 or a GP"),
  IRELAND("Ireland", "112", "a GP or the out-of-hours GP service"),
  CANADA("Canada", "911", "a doctor, a walk-in clinic, or the 811 health line"),
  UNITED_STATES("United States", "911", "a doctor or an urgent care clinic"),
  AUSTRALIA("Australia", "000", "a GP or healthdirect on 1800 022 222"),
  NEW_ZEALAND("New Zealand", "111", "a GP or Healthline on 0800 611 116"),
  OTHER("Other (type the numbers)", "", "");

  private final String label;
  private final String emergencyNumber;
  private final String sameDayHelp;

  Country(String label, String emergencyNumber, String sameDayHelp) {
    this.label = label;
    this.emergencyNumber = emergencyNumber;
    this.sameDayHelp = sameDayHelp;
  }

  public String label() {
    return label;
  }

  /** The number to call in an emergency; empty for {@link #OTHER}. */
  public String emergencyNumber() {
    return emergencyNumber;
  }

  /** Where to get seen the same day when it is not an emergency; empty for {@link #OTHER}. */
  public String sameDayHelp() {
    return sameDayHelp;
  }
}
