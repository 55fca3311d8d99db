package org.knotwork.body;

/** Laterality of a finding or treatment. */
public enum Side {
  LEFT("L"),
  RIGHT("R"),
  BILATERAL("Bilateral"),
  LEFT_GREATER("L>R"),
  RIGHT_GREATER("R>L");

  private final String abbreviation;

  Side(String abbreviation) {
    this.abbreviation = abbreviation;
  }

  public String abbreviation() {
    return abbreviation;
  }
}
