package org.knotwork.client;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ticked line of the health history.
 *
 * @param since when it started, was diagnosed or (for surgery) took place; may be null
 * @param weeks weeks of pregnancy; null for every other condition
 */
public record ConditionEntry(
    HealthCondition condition, String details, LocalDate since, Integer weeks) {
  public ConditionEntry {
    Objects.requireNonNull(condition, "condition");
    details = Text.blankToNull(details);
    if (weeks != null && !condition.hasWeeks()) {
      throw new IllegalArgumentException(condition + " does not record weeks");
    }
  }

  public static ConditionEntry of(HealthCondition condition) {
    return new ConditionEntry(condition, null, null, null);
  }
}
