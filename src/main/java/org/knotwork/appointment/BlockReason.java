package org.knotwork.appointment;

/** Why time is blocked in the book, in the words the book shows. */
public enum BlockReason {
  HOLIDAY("Holiday"),
  TRAINING("Training"),
  ADMIN("Admin"),
  BREAK("Break");

  private final String label;

  BlockReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
