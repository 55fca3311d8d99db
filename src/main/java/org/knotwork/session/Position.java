package org.knotwork.session;

/** How the client lay on the table. */
public enum Position {
  PRONE("Prone"),
  SUPINE("Supine"),
  SIDE_LYING("Side-lying");

  private final String label;

  Position(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
