package org.knotwork.client;

/** The pressure the client usually prefers. */
public enum PressurePreference {
  LIGHT("Light"),
  MODERATE("Moderate"),
  FIRM("Firm"),
  DEEP("Deep");

  private final String label;

  PressurePreference(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
