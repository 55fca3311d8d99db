package org.knotwork.history;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.knotwork.session.RedFlagQuestion;

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
  }

  private RedFlagWording() {}

  static String shortly(RedFlagQuestion question) {
    return SHORT.getOrDefault(question, question.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** "Saddle numbness, night pain." for the questions answered yes, in screen order. */
  static String answeredYes(List<RedFlagQuestion> questions) {
    String joined =
        questions.stream().sorted().map(RedFlagWording::shortly).collect(Collectors.joining(", "));
    if (joined.isEmpty()) {
      return joined;
    }
    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
  }
}
