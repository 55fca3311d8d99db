package org.knotwork.session;

/**
 * The red-flag screen asked at every session. Tier 1 are signs of a possible emergency (cauda
 * equina syndrome): each must be answered, and a "yes" needs urgent referral. Tier 2 are reasons to
 * refer before treating: a "yes" warns and is recorded.
 */
public enum RedFlagQuestion {
  SADDLE_NUMBNESS(1, "Numbness or tingling in the groin, buttocks or inner thighs (saddle area)?"),
  BLADDER_CHANGE(1, "New trouble passing urine, going more often, or leaking?"),
  BOWEL_CHANGE(1, "New loss of bowel control?"),
  LEG_WEAKNESS(1, "Severe or worsening weakness or numbness in the legs, especially both?"),
  RECENT_TRAUMA(2, "A fall, accident or heavy strain since the last visit?"),
  FEVER_WEIGHT_LOSS(2, "Fever, chills, or weight loss they cannot explain?"),
  NIGHT_PAIN(2, "Severe pain at night, or pain that gets worse lying down?"),
  CLOT_SIGNS(2, "A swollen, warm or painful calf, or breathlessness (possible clot)?"),
  INFECTION_IMMUNITY(2, "A recent infection, or a weakened immune system?"),
  UNEXPLAINED_PAIN(2, "Pain that is severe, constant, or unlike anything before?");

  /** What a therapist should advise when a tier-1 question is answered yes. */
  public static final String URGENT_ADVICE =
      "Possible emergency. Do not treat. Advise the client to go to A&E (the emergency department)"
          + " now, or to call emergency services if they cannot get there.";

  /** What a therapist should advise when a tier-2 question is answered yes. */
  public static final String REFER_ADVICE =
      "Suggest the client sees their doctor before further treatment, and record what you advised.";

  private final int tier;
  private final String question;

  RedFlagQuestion(int tier, String question) {
    this.tier = tier;
    this.question = question;
  }

  public int tier() {
    return tier;
  }

  public String question() {
    return question;
  }

  public boolean urgent() {
    return tier == 1;
  }
}
