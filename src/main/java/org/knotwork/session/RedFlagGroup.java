package org.knotwork.session;

/** What a red-flag question is about, to group the screen. */
public enum RedFlagGroup {
  LOWER_BACK("Lower back: nerves at the base of the spine (cauda equina)"),
  NECK("Neck: blood supply to the brain, spinal cord"),
  CLOT("Possible clot"),
  PREGNANCY("Pregnancy from 20 weeks (pre-eclampsia)"),
  GENERAL("General health and injury");

  private final String label;

  RedFlagGroup(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
