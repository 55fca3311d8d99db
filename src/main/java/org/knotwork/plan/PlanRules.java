package org.knotwork.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.ScoreUnit;

/**
 * What a plan must satisfy, as sentences keyed by the field they are about ("impression",
 * "goal.0.target", "reassessOn"). The editor shows them next to the fields; the service refuses a
 * plan that has any.
 */
public final class PlanRules {
  public static final int MAX_GOALS = 8;
  public static final int MAX_IMPRESSION = 4000;
  public static final int MAX_GOAL_TEXT = 300;
  public static final int MAX_NOTES = 2000;

  private PlanRules() {}

  /**
   * Problems with a draft as it would be saved today.
   *
   * @param instruments finds a goal's measure by id; may answer null
   */
  public static Map<String, String> draftProblems(
      TreatmentPlan plan, LocalDate today, LongFunction<Instrument> instruments) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (plan.impression().length() > MAX_IMPRESSION) {
      problems.put("impression", "Keep the impression under " + MAX_IMPRESSION + " characters.");
    }
    if (plan.goals().size() > MAX_GOALS) {
      problems.put(
          "goals", "A plan holds at most " + MAX_GOALS + " goals; keep the ones that matter.");
    }
    for (int i = 0; i < plan.goals().size(); i++) {
      int index = i;
      PlanGoal goal = plan.goals().get(i);
      Instrument instrument =
          goal.instrumentId() == null ? null : instruments.apply(goal.instrumentId());
      goalProblems(goal, instrument, today)
          .forEach((field, message) -> problems.put("goal." + index + "." + field, message));
    }
    if (plan.sessionMinutes() < 15 || plan.sessionMinutes() > 180) {
      problems.put("sessionMinutes", "A session lasts between 15 and 180 minutes.");
    }
    if (plan.sessionCount() < 1 || plan.sessionCount() > 52) {
      problems.put("sessionCount", "Plan between 1 and 52 sessions.");
    }
    if (plan.reassessOn() != null && !plan.reassessOn().isAfter(today)) {
      problems.put("reassessOn", "The reassessment date has to be after today.");
    }
    if (plan.homeCare().length() > 4000) {
      problems.put("homeCare", "Keep the home-care instructions under 4000 characters.");
    }
    if (plan.referrals().length() > MAX_NOTES) {
      problems.put("referrals", "Keep the referrals under " + MAX_NOTES + " characters.");
    }
    return problems;
  }

  /** What is still missing before the client can agree to the plan. */
  public static Map<String, String> agreementProblems(
      TreatmentPlan plan,
      LocalDate consentOn,
      LocalDate today,
      LongFunction<Instrument> instruments) {
    Map<String, String> problems = new LinkedHashMap<>(draftProblems(plan, today, instruments));
    if (plan.focus().isEmpty()) {
      problems.put("focus", "Choose at least one region to work on.");
    }
    if (plan.goals().isEmpty()) {
      problems.put("goals", "Agree at least one goal with the client.");
    }
    if (consentOn == null) {
      problems.put("consentOn", "Enter the day the client agreed to the plan.");
    } else if (consentOn.isAfter(today)) {
      problems.put("consentOn", "The day of consent cannot be in the future.");
    }
    return problems;
  }

  /**
   * Problems with one goal. With an instrument, the scores must lie in its range and the target on
   * the better side of the baseline for its direction (lower is better for Oswestry, higher for
   * PSFS).
   *
   * @param instrument the goal's measure when known; null to check only what the goal itself holds
   */
  public static Map<String, String> goalProblems(
      PlanGoal goal, Instrument instrument, LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (goal.text().isBlank()) {
      problems.put("text", "Say what the client wants to be able to do.");
    } else if (goal.text().length() > MAX_GOAL_TEXT) {
      problems.put("text", "Keep the goal under " + MAX_GOAL_TEXT + " characters.");
    }
    boolean measured = goal.instrumentId() != null;
    if (measured && goal.baseline() == null) {
      problems.put("baseline", "Enter where the client starts on this measure.");
    }
    if (measured && goal.target() == null) {
      problems.put("target", "Enter the score the client aims for.");
    }
    if (instrument != null && goal.baseline() != null) {
      outOfRange(goal.baseline(), instrument).ifPresent(m -> problems.put("baseline", m));
    }
    if (instrument != null && goal.target() != null) {
      outOfRange(goal.target(), instrument).ifPresent(m -> problems.put("target", m));
    }
    if (goal.baseline() != null && goal.target() != null) {
      int cmp = goal.target().compareTo(goal.baseline());
      boolean better = goal.higherIsBetter() ? cmp > 0 : cmp < 0;
      if (!problems.containsKey("target") && !better) {
        problems.put(
            "target",
            goal.higherIsBetter()
                ? "On this measure higher is better: aim above the starting score."
                : "On this measure lower is better: aim below the starting score.");
      }
    }
    if (goal.byDate() != null && !goal.byDate().isAfter(today)) {
      problems.put("byDate", "The target date has to be after today.");
    }
    return problems;
  }

  private static Optional<String> outOfRange(BigDecimal score, Instrument instrument) {
    double v = score.doubleValue();
    if (v < instrument.min() || v > instrument.max()) {
      if (instrument.takesRawOrPercent() && instrument.storedUnit() == ScoreUnit.RAW) {
        return Optional.of(
            instrument.code()
                + " goals are raw totals from "
                + Instrument.number(instrument.min())
                + " to "
                + Instrument.number(instrument.max())
                + " points; a percentage is twice the total.");
      }
      return Optional.of(
          instrument.code()
              + " scores run from "
              + instrument.format(instrument.min())
              + " to "
              + instrument.format(instrument.max())
              + ".");
    }
    if (instrument.wholeNumbersOnly() && score.stripTrailingZeros().scale() > 0) {
      return Optional.of(
          instrument.code()
              + (Instrument.RMDQ.equals(instrument.code())
                  ? " scores count statements: a whole number from "
                  : " scores are whole numbers from ")
              + Instrument.number(instrument.min())
              + " to "
              + Instrument.number(instrument.max())
              + ".");
    }
    return Optional.empty();
  }
}
