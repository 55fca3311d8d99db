package org.knotwork.client;

/** The posture the client's work keeps them in most of the day. */
public enum WorkPosture {
  DESK("Desk / sitting"),
  DRIVING("Driving"),
  STANDING("Standing"),
  MANUAL("Manual / lifting");

  private final String label;

  WorkPosture(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
