package org.knotwork.session;

import static org.knotwork.safety.EmergencyNumbers.EMERGENCY;
import static org.knotwork.safety.EmergencyNumbers.SAME_DAY;
import static org.knotwork.session.RedFlagGroup.CLOT;
import static org.knotwork.session.RedFlagGroup.GENERAL;
import static org.knotwork.session.RedFlagGroup.LOWER_BACK;
import static org.knotwork.session.RedFlagGroup.NECK;
import static org.knotwork.session.RedFlagGroup.PREGNANCY;

import java.util.List;
import org.knotwork.safety.EmergencyNumbers;

/**
 * The red-flag screen asked at every session. Each question carries its own urgency (emergency,
 * same day, soon) and its own advice; advice names the practice's emergency number through {@link
 * EmergencyNumbers} placeholders.
 *
 * <p>Records are append-only: a question's key and wording never change once notes were signed with
 * it. A question that needed new wording or a new urgency was <em>retired</em> (still read on old
 * notes, never asked again) and a new key took its place. The first ten constants are the questions
 * of the first release, in their original order: a note's fingerprint lists its answers in this
 * order, so it must not change.
 */
public enum RedFlagQuestion {
  // ---- the first release's questions, in their original order (see above) ----
  SADDLE_NUMBNESS(
      RedFlagUrgency.EMERGENCY,
      LOWER_BACK,
      "Numbness or tingling in the groin, buttocks or inner thighs (saddle area)?",
      Advice.CAUDA_EQUINA),
  /** Retired: asked about frequency too, which alone is no red flag. See BLADDER_CONTROL. */
  BLADDER_CHANGE(
      RedFlagUrgency.EMERGENCY,
      LOWER_BACK,
      "New trouble passing urine, going more often, or leaking?",
      Advice.CAUDA_EQUINA,
      Kind.RETIRED),
  BOWEL_CHANGE(
      RedFlagUrgency.EMERGENCY, LOWER_BACK, "New loss of bowel control?", Advice.CAUDA_EQUINA),
  LEG_WEAKNESS(
      RedFlagUrgency.EMERGENCY,
      LOWER_BACK,
      "Severe or worsening weakness or numbness in the legs, especially both?",
      Advice.CAUDA_EQUINA),
  /** Retired: "since the last visit" made no sense at a first visit. See SERIOUS_INJURY. */
  RECENT_TRAUMA(
      RedFlagUrgency.REFER,
      GENERAL,
      "A fall, accident or heavy strain since the last visit?",
      Advice.LEGACY_REFER,
      Kind.RETIRED),
  /** Retired: fever (same day) and weight loss (soon) differ in urgency. */
  FEVER_WEIGHT_LOSS(
      RedFlagUrgency.REFER,
      GENERAL,
      "Fever, chills, or weight loss they cannot explain?",
      Advice.LEGACY_REFER,
      Kind.RETIRED),
  NIGHT_PAIN(
      RedFlagUrgency.SOON,
      GENERAL,
      "Severe pain at night, or pain that gets worse lying down?",
      "Ask them to see their doctor within the next few days. Gentle work only, in a position they find easy, until"
          + " they have been checked."),
  /** Retired: a clot in the lungs is an emergency, a clot in the calf is same day. */
  CLOT_SIGNS(
      RedFlagUrgency.REFER,
      CLOT,
      "A swollen, warm or painful calf, or breathlessness (possible clot)?",
      Advice.LEGACY_REFER,
      Kind.RETIRED),
  /** Retired: replaced by INFECTION_RISK, which names what matters. */
  INFECTION_IMMUNITY(
      RedFlagUrgency.REFER,
      GENERAL,
      "A recent infection, or a weakened immune system?",
      Advice.LEGACY_REFER,
      Kind.RETIRED),
  UNEXPLAINED_PAIN(
      RedFlagUrgency.SOON,
      GENERAL,
      "Pain that is severe, constant, or unlike anything before?",
      "Ask them to see their doctor within the next few days. Gentle work only, and stop if the pain gets worse."),

  // ---- added after the clinical review ----
  BLADDER_CONTROL(
      RedFlagUrgency.EMERGENCY,
      LOWER_BACK,
      "New difficulty passing urine, less feeling when passing it or when the bladder is full,"
          + " or new leaking?",
      Advice.CAUDA_EQUINA),
  SEXUAL_FUNCTION(
      RedFlagUrgency.EMERGENCY,
      LOWER_BACK,
      "New problems with sexual function, or numbness of the genitals?",
      Advice.CAUDA_EQUINA),
  SCIATICA_BOTH_LEGS(
      RedFlagUrgency.EMERGENCY,
      LOWER_BACK,
      "Sciatica (pain running down the leg) in both legs?",
      Advice.CAUDA_EQUINA),
  UNSTEADY_WALK(
      RedFlagUrgency.EMERGENCY,
      LOWER_BACK,
      "Walking has become unsteady, or they stumble more than usual?",
      Advice.CAUDA_EQUINA),
  NECK_DIZZINESS(
      RedFlagUrgency.EMERGENCY, NECK, "New dizziness, or the room spinning?", Advice.NECK),
  DOUBLE_VISION(RedFlagUrgency.EMERGENCY, NECK, "Double vision?", Advice.NECK),
  SPEAKING_SWALLOWING(
      RedFlagUrgency.EMERGENCY, NECK, "Trouble speaking or swallowing?", Advice.NECK),
  DROP_ATTACKS(
      RedFlagUrgency.EMERGENCY,
      NECK,
      "Falling suddenly without fainting, as if the legs gave way (drop attacks)?",
      Advice.NECK),
  SUDDEN_SEVERE_HEADACHE(
      RedFlagUrgency.EMERGENCY,
      NECK,
      "A sudden, severe headache unlike any they have had before?",
      Advice.NECK),
  CLUMSY_HANDS(
      RedFlagUrgency.EMERGENCY,
      NECK,
      "Hands that have become clumsy, or dropping things?",
      Advice.NECK),
  NUMB_BOTH_ARMS(
      RedFlagUrgency.EMERGENCY, NECK, "Numbness or pins and needles in both arms?", Advice.NECK),
  CLOT_LUNGS(
      RedFlagUrgency.EMERGENCY,
      CLOT,
      "Short of breath, chest pain, or coughing up blood (with or without a swollen leg)?",
      "Possible clot in the lungs. Do not treat. Call "
          + EMERGENCY
          + " now; stay with the client until help arrives."),
  CALF_CLOT(
      RedFlagUrgency.SAME_DAY,
      CLOT,
      "One calf hot, swollen and painful?",
      "Possible clot in the leg (DVT). No massage today. They need to be seen today: "
          + SAME_DAY
          + ". If they become short of breath or have chest pain, call "
          + EMERGENCY
          + " at once."),
  PREGNANCY_HEADACHE(
      RedFlagUrgency.SAME_DAY,
      PREGNANCY,
      "A severe headache that does not go away?",
      Advice.PRE_ECLAMPSIA,
      Kind.PROMPTED),
  PREGNANCY_VISION(
      RedFlagUrgency.SAME_DAY,
      PREGNANCY,
      "Blurred vision, flashing lights or other changes in their sight?",
      Advice.PRE_ECLAMPSIA,
      Kind.PROMPTED),
  PREGNANCY_SWELLING(
      RedFlagUrgency.SAME_DAY,
      PREGNANCY,
      "Sudden swelling of the face or hands?",
      Advice.PRE_ECLAMPSIA,
      Kind.PROMPTED),
  FEVER_UNWELL(
      RedFlagUrgency.SAME_DAY,
      GENERAL,
      "A fever or chills with the back pain, or feeling generally unwell?",
      "Possible infection. No massage today. They should be seen today: " + SAME_DAY + "."),
  SERIOUS_INJURY(
      RedFlagUrgency.SAME_DAY,
      GENERAL,
      "A serious fall, accident or injury recently (for example a car accident or a fall from"
          + " a height)?",
      "Possible fracture or other injury. No massage today. They should be checked today: "
          + SAME_DAY
          + "."),
  CANCER_NEW_PAIN(
      RedFlagUrgency.SOON,
      GENERAL,
      "Is this back pain new since their cancer, or different from before?",
      "Ask them to tell their cancer team or doctor within the next few days. Until then: light"
          + " pressure only, nothing over the spine or a known tumour site.",
      Kind.PROMPTED),
  WEIGHT_LOSS(
      RedFlagUrgency.SOON,
      GENERAL,
      "Losing weight without trying?",
      "Ask them to see their doctor within the next few days. Gentle work only until then."),
  INFECTION_RISK(
      RedFlagUrgency.SOON,
      GENERAL,
      "A recent bacterial infection, injecting drugs, long-term steroid tablets, or a weakened"
          + " immune system?",
      "Ask them to see their doctor within the next few days. Light pressure only, nothing deep over the spine, until"
          + " they have been checked."),
  AGE_NEW_PAIN(
      RedFlagUrgency.SOON,
      GENERAL,
      "Did this back pain start in the last few weeks?",
      "New back pain at this age is worth a check: ask them to see their doctor within the next few days. Gentle work only until then.",
      Kind.PROMPTED),
  MINOR_FALL_WEAK_BONES(
      RedFlagUrgency.SOON,
      GENERAL,
      "A minor fall, bump or lift before the pain started?",
      "Possible fracture of a weakened bone. Ask them to see their doctor within the next few days. No pressure on the spine or ribs until then.",
      Kind.PROMPTED),
  STEADY_CHEST_PAIN(
      RedFlagUrgency.SOON,
      GENERAL,
      "Pain in the chest or upper back that does not change when they move or change position?",
      "Ask them to see their doctor within the next few days; call "
          + EMERGENCY
          + " if it comes with breathlessness, sweating or feeling faint. Do not work on the area"
          + " until then."),
  HIGH_BLOOD_PRESSURE(
      RedFlagUrgency.SOON,
      GENERAL,
      "Very high blood pressure that is not under control?",
      "Ask them to see their doctor within the next few days. Short, gentle session only; no deep work, no head-down"
          + " positions."),
  INTOXICATED(
      RedFlagUrgency.SOON,
      GENERAL,
      "Under the influence of alcohol or drugs today?",
      "No massage today: offer another appointment.");

  /** Whether a question is asked every session, only when the record raises it, or no more. */
  private enum Kind {
    EVERY_SESSION,
    PROMPTED,
    RETIRED
  }

  private static final class Advice {
    static final String CAUDA_EQUINA =
        "Possible pressure on the nerves at the base of the spine (cauda equina syndrome). Do not"
            + " treat. Call "
            + EMERGENCY
            + " or go to the emergency department now.";
    static final String NECK =
        "Possible problem with the blood supply to the brain or with the spinal cord. Do not"
            + " treat. Call "
            + EMERGENCY
            + " now.";
    static final String PRE_ECLAMPSIA =
        "Possible pre-eclampsia. No massage today. Ask them to contact their midwife or"
            + " maternity unit now; call "
            + EMERGENCY
            + " if it is severe or they feel very unwell.";
    static final String LEGACY_REFER =
        "Suggest the client sees their doctor before further treatment, and record what you"
            + " advised.";

    private Advice() {}
  }

  private static final List<RedFlagQuestion> ASKED =
      List.of(
          SADDLE_NUMBNESS,
          BLADDER_CONTROL,
          BOWEL_CHANGE,
          SEXUAL_FUNCTION,
          LEG_WEAKNESS,
          SCIATICA_BOTH_LEGS,
          UNSTEADY_WALK,
          NECK_DIZZINESS,
          DOUBLE_VISION,
          SPEAKING_SWALLOWING,
          DROP_ATTACKS,
          SUDDEN_SEVERE_HEADACHE,
          CLUMSY_HANDS,
          NUMB_BOTH_ARMS,
          CLOT_LUNGS,
          CALF_CLOT,
          PREGNANCY_HEADACHE,
          PREGNANCY_VISION,
          PREGNANCY_SWELLING,
          FEVER_UNWELL,
          SERIOUS_INJURY,
          CANCER_NEW_PAIN,
          AGE_NEW_PAIN,
          MINOR_FALL_WEAK_BONES,
          WEIGHT_LOSS,
          INFECTION_RISK,
          NIGHT_PAIN,
          STEADY_CHEST_PAIN,
          UNEXPLAINED_PAIN,
          HIGH_BLOOD_PRESSURE,
          INTOXICATED);

  private final RedFlagUrgency urgency;
  private final RedFlagGroup group;
  private final String question;
  private final String advice;
  private final boolean retired;
  private final boolean onlyWhenPrompted;

  RedFlagQuestion(RedFlagUrgency urgency, RedFlagGroup group, String question, String advice) {
    this(urgency, group, question, advice, Kind.EVERY_SESSION);
  }

  RedFlagQuestion(
      RedFlagUrgency urgency, RedFlagGroup group, String question, String advice, Kind kind) {
    this.urgency = urgency;
    this.group = group;
    this.question = question;
    this.advice = advice;
    this.retired = kind == Kind.RETIRED;
    this.onlyWhenPrompted = kind == Kind.PROMPTED;
  }

  /**
   * Every question still asked, in screen order: emergencies first, grouped by what they are about.
   */
  public static List<RedFlagQuestion> asked() {
    return ASKED;
  }

  /** The ten questions of the first release's screen, as notes signed with it were asked. */
  public static List<RedFlagQuestion> firstRelease() {
    return List.of(values()).subList(0, 10);
  }

  /** Whether answers to these questions come from the first release's screen. */
  public static boolean firstReleaseScreen(java.util.Collection<RedFlagQuestion> answered) {
    return answered.stream().anyMatch(RedFlagQuestion::retired);
  }

  /**
   * The questions of the screen these answers were given on that have no answer: none when nothing
   * was asked at all, and none for notes signed since every question must be answered.
   */
  public static List<RedFlagQuestion> notAsked(java.util.Collection<RedFlagQuestion> answered) {
    if (answered.isEmpty()) {
      return List.of();
    }
    List<RedFlagQuestion> screen = firstReleaseScreen(answered) ? firstRelease() : everySession();
    return screen.stream().filter(q -> !answered.contains(q)).toList();
  }

  /** The questions asked of every client at every session (not raised by the record). */
  public static List<RedFlagQuestion> everySession() {
    return ASKED.stream().filter(q -> !q.onlyWhenPrompted).toList();
  }

  public RedFlagUrgency urgency() {
    return urgency;
  }

  public RedFlagGroup group() {
    return group;
  }

  /** 1 for an emergency, 2 otherwise (the first release's tiers, kept for the export). */
  public int tier() {
    return urgency == RedFlagUrgency.EMERGENCY ? 1 : 2;
  }

  /** The question as the therapist asks it; never changes once a note was signed with it. */
  public String question() {
    return question;
  }

  /** What to advise after a "yes", with the practice's numbers in place. */
  public String advice(EmergencyNumbers numbers) {
    return numbers.fill(advice);
  }

  /** An emergency: answered one by one, never by "Answer the rest No". */
  public boolean urgent() {
    return urgency == RedFlagUrgency.EMERGENCY;
  }

  /** A "yes" means no massage today (emergency or same day, or as the advice says). */
  public boolean noTreatmentToday() {
    return urgency.noTreatmentToday() || this == INTOXICATED;
  }

  /** Kept only so that notes signed with it read as they were signed; never asked again. */
  public boolean retired() {
    return retired;
  }

  /** Asked only when the client's record raises it (see {@link RedFlagPrompts}). */
  public boolean onlyWhenPrompted() {
    return onlyWhenPrompted;
  }
}
