package org.knotwork.session;

/** Techniques from the practice's modality list. */
public enum Technique {
  SWEDISH("Swedish", false),
  RELAXATION("Relaxation", false),
  DEEP_TISSUE("Deep tissue", true),
  SPORTS("Sports", true),
  TRIGGER_POINT("Trigger point", true),
  MYOFASCIAL_RELEASE("Myofascial release", false),
  HOT_STONES("Hot stones", false),
  ACUPRESSURE("Acupressure", false),
  STRETCHING("Assisted stretching", false),
  OTHER("Other", false);

  private final String label;
  private final boolean deepWork;

  Technique(String label, boolean deepWork) {
    this.label = label;
    this.deepWork = deepWork;
  }

  public String label() {
    return label;
  }

  /** Whether the technique usually works into deep tissue (matters for some precautions). */
  public boolean deepWork() {
    return deepWork;
  }
}
