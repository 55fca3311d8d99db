package org.knotwork.client;

/**
 * The conditions on the health-history checklist. Each knows what its details field asks for, so
 * the form and the alert banner speak the same language.
 */
public enum HealthCondition {
  OSTEOPOROSIS("Osteoporosis", "Details", false),
  DISC_PROBLEMS("Disc problems", "Level, side, imaging", false),
  OSTEOARTHRITIS("Osteoarthritis", "Joints affected", false),
  RECENT_SURGERY("Recent surgery", "Site of surgery", false),
  ANTICOAGULANTS("Anticoagulants / bleeding disorder", "Medicine or disorder", false),
  PREGNANCY("Pregnancy", "Details", true),
  CANCER_HISTORY("Cancer history", "Type, treatment, oncologist", false),
  SKIN_CONDITION("Skin condition", "Condition and where", false),
  VARICOSE_VEINS("Varicose veins", "Where", false),
  HIGH_BLOOD_PRESSURE("High blood pressure", "Controlled? Medication", false),
  DIABETES("Diabetes", "Type, sensation changes", false),
  OTHER("Other", "Describe", false);

  private final String label;
  private final String detailsPrompt;
  private final boolean hasWeeks;

  HealthCondition(String label, String detailsPrompt, boolean hasWeeks) {
    this.label = label;
    this.detailsPrompt = detailsPrompt;
    this.hasWeeks = hasWeeks;
  }

  public String label() {
    return label;
  }

  public String detailsPrompt() {
    return detailsPrompt;
  }

  /** Only pregnancy records a number of weeks. */
  public boolean hasWeeks() {
    return hasWeeks;
  }
}
