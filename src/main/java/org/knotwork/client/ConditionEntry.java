package org.knotwork.client;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One ticked line of the health history.
 *
 * @param since when it started, was diagnosed or (for surgery) took place; may be null
 * @param dueDate the expected date of birth; null for every other condition
 */
public record ConditionEntry(
    HealthCondition condition, String details, LocalDate since, LocalDate dueDate) {
  /** A pregnancy lasts about 40 weeks from the first day of the last period to the due date. */
  public static final int TERM_DAYS = 280;

  private static final Pattern HIP = Pattern.compile("\\bhips?\\b|\\bthr\\b|femur|acetabul");
  private static final Pattern SPINE =
      Pattern.compile(
          "spin|\\bback\\b|lumbar|thoracic|cervical|\\bneck\\b|disc|vertebr|lamin|fusion|sacr");

  /** Where an operation was, read from its details. */
  public enum Site {
    HIP,
    SPINE,
    ELSEWHERE,
    /** No details were given: it may have been anywhere. */
    NOT_RECORDED
  }

  public ConditionEntry {
    Objects.requireNonNull(condition, "condition");
    details = Text.blankToNull(details);
    if (dueDate != null && !condition.hasWeeks()) {
      throw new IllegalArgumentException(condition + " does not record a due date");
    }
  }

  public static ConditionEntry of(HealthCondition condition) {
    return new ConditionEntry(condition, null, null, null);
  }

  /** A pregnancy with the given due date. */
  public static ConditionEntry pregnancy(LocalDate dueDate) {
    return new ConditionEntry(HealthCondition.PREGNANCY, null, null, dueDate);
  }

  /** The due date of a pregnancy that is {@code weeks} weeks along on {@code day}. */
  public static LocalDate dueDateFor(int weeks, LocalDate day) {
    return day.plusDays(TERM_DAYS - 7L * weeks);
  }

  /** Completed weeks of pregnancy on a day, counted back from the due date; empty if unknown. */
  public Optional<Integer> weeksOn(LocalDate day) {
    if (dueDate == null) {
      return Optional.empty();
    }
    long gestationDays = TERM_DAYS - ChronoUnit.DAYS.between(day, dueDate);
    return Optional.of((int) Math.floorDiv(gestationDays, 7));
  }

  /** Whether the due date has passed on this day: the entry needs a look. */
  public boolean pastDueOn(LocalDate day) {
    return dueDate != null && day.isAfter(dueDate);
  }

  /**
   * Where an operation was, from words in its details ("left hip replacement" is the hip). Empty
   * details could mean anywhere, so cautions treat {@link Site#NOT_RECORDED} as possibly the hip or
   * the spine.
   */
  public Site site() {
    if (details == null) {
      return Site.NOT_RECORDED;
    }
    String d = details.toLowerCase(Locale.ROOT);
    if (HIP.matcher(d).find()) {
      return Site.HIP;
    }
    return SPINE.matcher(d).find() ? Site.SPINE : Site.ELSEWHERE;
  }
}
