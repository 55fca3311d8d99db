package org.knotwork.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A measurable goal: what the client wants to be able to do, the measure that shows it, where they
 * start and where they aim to be by when. Example: PSFS "sit at my desk for 2 hours", 4 → 8.
 *
 * @param instrumentId the outcome measure; null when the goal is measured in words only
 * @param measureName the measure's short name as printed ("PSFS", "Pain 0–10"); empty for none
 * @param higherIsBetter the measure's direction, copied so the plan reads right on its own
 * @param baseline the score at the start; null when there is no measure
 * @param target the score aimed for; null when there is no measure
 * @param byDate when the target should be reached
 */
public record PlanGoal(
    String text,
    Long instrumentId,
    String measureName,
    boolean higherIsBetter,
    BigDecimal baseline,
    BigDecimal target,
    LocalDate byDate) {
  public PlanGoal {
    Objects.requireNonNull(text, "text");
    measureName = measureName == null ? "" : measureName;
  }
}
