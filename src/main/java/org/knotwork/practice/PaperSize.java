package org.knotwork.practice;

/** The paper the practice prints on. */
public enum PaperSize {
  A4("A4 (210 × 297 mm)"),
  LETTER("US Letter (8.5 × 11 in)");

  private final String label;

  PaperSize(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
