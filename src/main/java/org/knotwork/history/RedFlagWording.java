package org.knotwork.history;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RedFlagUrgency;

/** Short words for red-flag questions, for one timeline line. */
final class RedFlagWording {
  private static final Map<RedFlagQuestion, String> SHORT = new EnumMap<>(RedFlagQuestion.class);

  static {
    SHORT.put(RedFlagQuestion.SADDLE_NUMBNESS, "saddle numbness");
    SHORT.put(RedFlagQuestion.BLADDER_CHANGE, "bladder change");
    SHORT.put(RedFlagQuestion.BOWEL_CHANGE, "bowel change");
    SHORT.put(RedFlagQuestion.LEG_WEAKNESS, "leg weakness");
    SHORT.put(RedFlagQuestion.RECENT_TRAUMA, "recent trauma");
    SHORT.put(RedFlagQuestion.FEVER_WEIGHT_LOSS, "fever or weight loss");
    SHORT.put(RedFlagQuestion.NIGHT_PAIN, "night pain");
    SHORT.put(RedFlagQuestion.CLOT_SIGNS, "signs of a clot");
    SHORT.put(RedFlagQuestion.INFECTION_IMMUNITY, "infection or low immunity");
    SHORT.put(RedFlagQuestion.UNEXPLAINED_PAIN, "unexplained severe pain");
    SHORT.put(RedFlagQuestion.BLADDER_CONTROL, "bladder difficulty or leaking");
    SHORT.put(RedFlagQuestion.SEXUAL_FUNCTION, "sexual function or genital numbness");
    SHORT.put(RedFlagQuestion.SCIATICA_BOTH_LEGS, "sciatica in both legs");
    SHORT.put(RedFlagQuestion.UNSTEADY_WALK, "unsteady walk");
    SHORT.put(RedFlagQuestion.NECK_DIZZINESS, "dizziness");
    SHORT.put(RedFlagQuestion.DOUBLE_VISION, "double vision");
    SHORT.put(RedFlagQuestion.SPEAKING_SWALLOWING, "trouble speaking or swallowing");
    SHORT.put(RedFlagQuestion.DROP_ATTACKS, "drop attacks");
    SHORT.put(RedFlagQuestion.SUDDEN_SEVERE_HEADACHE, "sudden severe headache");
    SHORT.put(RedFlagQuestion.CLUMSY_HANDS, "clumsy hands");
    SHORT.put(RedFlagQuestion.NUMB_BOTH_ARMS, "numbness in both arms");
    SHORT.put(RedFlagQuestion.CLOT_LUNGS, "breathless, chest pain or coughing blood");
    SHORT.put(RedFlagQuestion.CALF_CLOT, "hot, swollen, painful calf");
    SHORT.put(RedFlagQuestion.PREGNANCY_HEADACHE, "severe headache in pregnancy");
    SHORT.put(RedFlagQuestion.PREGNANCY_VISION, "sight changes in pregnancy");
    SHORT.put(RedFlagQuestion.PREGNANCY_SWELLING, "sudden swelling in pregnancy");
    SHORT.put(RedFlagQuestion.FEVER_UNWELL, "fever or feeling unwell");
    SHORT.put(RedFlagQuestion.SERIOUS_INJURY, "serious injury");
    SHORT.put(RedFlagQuestion.CANCER_NEW_PAIN, "new pain after cancer");
    SHORT.put(RedFlagQuestion.AGE_NEW_PAIN, "new pain at this age");
    SHORT.put(RedFlagQuestion.MINOR_FALL_WEAK_BONES, "minor fall with weak bones");
    SHORT.put(RedFlagQuestion.WEIGHT_LOSS, "weight loss");
    SHORT.put(RedFlagQuestion.INFECTION_RISK, "infection risk");
    SHORT.put(
        RedFlagQuestion.STEADY_CHEST_PAIN, "chest or upper back pain not changed by movement");
    SHORT.put(RedFlagQuestion.HIGH_BLOOD_PRESSURE, "very high blood pressure");
    SHORT.put(RedFlagQuestion.INTOXICATED, "alcohol or drugs");
  }

  private RedFlagWording() {}

  static String shortly(RedFlagQuestion question) {
    return SHORT.getOrDefault(question, question.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** "Saddle numbness, night pain." for the questions answered yes, in screen order. */
  static String answeredYes(List<RedFlagQuestion> questions) {
    boolean firstRelease = RedFlagQuestion.firstReleaseScreen(questions);
    String joined =
        questions.stream()
            .sorted(
                java.util.Comparator.comparingInt(
                    q ->
                        firstRelease || q.retired()
                            ? q.ordinal()
                            : 1000 + RedFlagQuestion.asked().indexOf(q)))
            .map(RedFlagWording::shortly)
            .collect(Collectors.joining(", "));
    if (joined.isEmpty()) {
      return joined;
    }
    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
  }

  /**
   * The timeline line's title: the most pressing answer's urgency; a note from the first release
   * keeps its words (urgent, refer first).
   */
  static String title(List<RedFlagQuestion> yes, boolean firstRelease) {
    if (yes.isEmpty()) {
      return "Red-flag screen: questions not asked";
    }
    boolean urgent = yes.stream().anyMatch(RedFlagQuestion::urgent);
    if (firstRelease) {
      return urgent ? "Red flag: urgent" : "Red flag: refer first";
    }
    RedFlagUrgency most =
        yes.stream().map(RedFlagQuestion::urgency).min(Enum::compareTo).orElseThrow();
    return switch (most) {
      case EMERGENCY -> "Red flag: emergency";
      case SAME_DAY -> "Red flag: same day";
      case SOON -> "Red flag: doctor soon";
      case REFER -> "Red flag: refer first";
    };
  }
}
