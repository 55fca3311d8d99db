package org.knotwork.session;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.knotwork.client.Client;
import org.knotwork.client.HealthCondition;

/**
 * Which red-flag questions the client's record raises, and why ("Asked because: …"). The rules sit
 * in {@link #raised}, which takes plain facts, so that it can be pointed at a different health
 * history (a due date instead of weeks, more conditions) by changing {@link #forClient} only.
 */
public final class RedFlagPrompts {
  /** From this week of pregnancy the pre-eclampsia questions are asked. */
  public static final int PRE_ECLAMPSIA_FROM_WEEK = 20;

  private static final String[] STEROIDS = {
    "steroid", "prednis", "dexameth", "hydrocortison", "methylpred", "cortison"
  };

  private RedFlagPrompts() {}

  /** The questions the client's record raises today, each with the reason shown beside it. */
  public static Map<RedFlagQuestion, String> forClient(Client client, LocalDate today) {
    Set<HealthCondition> conditions = EnumSet.noneOf(HealthCondition.class);
    client.conditions().forEach(c -> conditions.add(c.condition()));
    Integer weeks =
        client.condition(HealthCondition.PREGNANCY).flatMap(c -> c.weeksOn(today)).orElse(null);
    Integer age = client.ageOn(today).orElse(null);
    return raised(conditions, age, weeks, client.medications());
  }

  /**
   * The questions raised by these facts, with the reason.
   *
   * @param age null when the date of birth is not known (the age question is then asked)
   * @param pregnancyWeeks null when not pregnant or the weeks are not recorded
   * @param medications the medicines list as written, may be null
   */
  public static Map<RedFlagQuestion, String> raised(
      Set<HealthCondition> conditions, Integer age, Integer pregnancyWeeks, String medications) {
    Map<RedFlagQuestion, String> reasons = new LinkedHashMap<>();
    if (conditions.contains(HealthCondition.CANCER_HISTORY)) {
      reasons.put(RedFlagQuestion.CANCER_NEW_PAIN, "history of cancer on the health history");
    }
    if (age == null) {
      reasons.put(RedFlagQuestion.AGE_NEW_PAIN, "no date of birth on the record");
    } else if (age > 50) {
      reasons.put(RedFlagQuestion.AGE_NEW_PAIN, "aged " + age + " (over 50)");
    } else if (age < 20) {
      reasons.put(RedFlagQuestion.AGE_NEW_PAIN, "aged " + age + " (under 20)");
    }
    if (conditions.contains(HealthCondition.OSTEOPOROSIS)) {
      reasons.put(RedFlagQuestion.MINOR_FALL_WEAK_BONES, "osteoporosis on the health history");
    }
    if (takesSteroids(medications)) {
      reasons.put(RedFlagQuestion.INFECTION_RISK, "steroids in the medicines list");
    }
    if (conditions.contains(HealthCondition.HIGH_BLOOD_PRESSURE)) {
      reasons.put(RedFlagQuestion.HIGH_BLOOD_PRESSURE, "high blood pressure on the health history");
    }
    if (conditions.contains(HealthCondition.PREGNANCY)
        && (pregnancyWeeks == null || pregnancyWeeks >= PRE_ECLAMPSIA_FROM_WEEK)) {
      String why =
          pregnancyWeeks == null
              ? "pregnant, weeks not recorded"
              : pregnancyWeeks + " weeks pregnant";
      reasons.put(RedFlagQuestion.PREGNANCY_HEADACHE, why);
      reasons.put(RedFlagQuestion.PREGNANCY_VISION, why);
      reasons.put(RedFlagQuestion.PREGNANCY_SWELLING, why);
    }
    return reasons;
  }

  /** Every question asked at this session: those asked always, and those the record raises. */
  public static java.util.List<RedFlagQuestion> askedWith(Map<RedFlagQuestion, String> raised) {
    return RedFlagQuestion.asked().stream()
        .filter(q -> !q.onlyWhenPrompted() || raised.containsKey(q))
        .toList();
  }

  private static boolean takesSteroids(String medications) {
    if (medications == null) {
      return false;
    }
    String m = medications.toLowerCase(Locale.ROOT);
    for (String s : STEROIDS) {
      if (m.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
