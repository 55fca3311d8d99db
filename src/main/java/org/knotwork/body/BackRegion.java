package org.knotwork.body;

/** The regions a back-pain session works on, in the order they appear on forms and charts. */
public enum BackRegion {
  NECK("Neck", false),
  SHOULDERS("Shoulders", false),
  UPPER_BACK("Upper back", false),
  MID_BACK("Mid back", false),
  LOWER_BACK("Lower back", false),
  GLUTES("Glutes", true),
  HIP_FLEXORS("Hip flexors", true),
  HAMSTRINGS("Hamstrings", false);

  private final String label;
  private final boolean writtenConsentByDefault;

  BackRegion(String label, boolean writtenConsentByDefault) {
    this.label = label;
    this.writtenConsentByDefault = writtenConsentByDefault;
  }

  public String label() {
    return label;
  }

  /** Whether work on this region needs the client's written consent unless configured otherwise. */
  public boolean writtenConsentByDefault() {
    return writtenConsentByDefault;
  }
}
