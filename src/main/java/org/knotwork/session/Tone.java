package org.knotwork.session;

/** Muscle tone found on palpation. */
public enum Tone {
  HYPOTONIC("Hypotonic"),
  NORMAL("Normal"),
  HYPERTONIC("Hypertonic");

  private final String label;

  Tone(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
