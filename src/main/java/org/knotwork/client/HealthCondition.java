package org.knotwork.client;

/**
 * The conditions on the health-history checklist. Each knows what its details field asks for, so
 * the form and the alert banner speak the same language.
 */
public enum HealthCondition {
  // The order is the order of the checklist; the names are the stored keys and never change.
  OSTEOPOROSIS("Osteoporosis", "Details", false),
  DISC_PROBLEMS("Disc problems", "Level, side, imaging", false),
  OSTEOARTHRITIS("Osteoarthritis", "Joints affected", false),
  RECENT_SURGERY("Recent surgery", "Where, e.g. left hip replacement", false),
  ANTICOAGULANTS(
      "Anticoagulants or antiplatelets / bleeding disorder", "Medicine or disorder", false),
  PREGNANCY("Pregnancy", "Details", true),
  CANCER_HISTORY("Cancer history", "Type, treatment, oncologist", false),
  SKIN_CONDITION("Skin condition", "Condition and where", false),
  VARICOSE_VEINS("Varicose veins", "Where", false),
  HIGH_BLOOD_PRESSURE("High blood pressure", "Controlled? Medication", false),
  DIABETES("Diabetes", "Type, sensation changes", false),
  ACUTE_INJURY("Injury in the last 48 hours", "What happened, where", false),
  SPINAL_INJURY("Spinal injury or fracture", "Level, when, how treated", false),
  CLOTTING_HISTORY("Past DVT or clotting disorder", "When, which leg, treatment", false),
  HEART_CONDITION("Heart disease or pacemaker", "Condition, device", false),
  EPILEPSY("Epilepsy", "Seizure type, triggers, last seizure", false),
  INFLAMMATORY_ARTHRITIS("Inflammatory arthritis in a flare", "Type, joints flaring now", false),
  CORTICOSTEROIDS("Long-term corticosteroids", "Medicine, how long", false),
  NEUROPATHY("Peripheral neuropathy", "Where feeling is reduced", false),
  LYMPHOEDEMA("Lymphoedema or lymph nodes removed", "Which side and area", false),
  HYPERMOBILITY("Hypermobility", "Joints affected", false),
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

  /** Only pregnancy records a due date (and so its weeks on any day). */
  public boolean hasWeeks() {
    return hasWeeks;
  }
}
