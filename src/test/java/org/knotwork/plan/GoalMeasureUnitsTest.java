package org.knotwork.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.knotwork.outcome.EntryKind;
import org.knotwork.outcome.Instrument;

/** A plan's goal on a measure takes scores the measure can have, in the unit it is stored in. */
class GoalMeasureUnitsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 5, 16);
  private static final Instrument RMDQ =
      new Instrument(
          4, "RMDQ", "Roland-Morris", 0, 24, false, 3, 28, EntryKind.SCORE, true, "/24", null);
  private static final Instrument NDI =
      new Instrument(5, "NDI", "NDI", 0, 50, false, 5, 14, EntryKind.SCORE, true, "/50", null);

  private static PlanGoal goal(Instrument on, String baseline, String target) {
    return new PlanGoal(
        "Sleep through the night",
        on.id(),
        on.code(),
        on.higherIsBetter(),
        new BigDecimal(baseline),
        new BigDecimal(target),
        TODAY.plusWeeks(6));
  }

  @Test
  void aRolandMorrisGoalCountsWholeStatements() {
    assertThat(PlanRules.goalProblems(goal(RMDQ, "12.5", "8"), RMDQ, TODAY))
        .containsEntry("baseline", "RMDQ scores count statements: a whole number from 0 to 24.");
    assertThat(PlanRules.goalProblems(goal(RMDQ, "12", "8"), RMDQ, TODAY)).isEmpty();
  }

  @Test
  void anNdiGoalIsInPointsOutOfFiftyNotPercent() {
    assertThat(PlanRules.goalProblems(goal(NDI, "60", "30"), NDI, TODAY))
        .containsEntry(
            "baseline",
            "NDI goals are raw totals from 0 to 50 points; a percentage is twice the total.");
  }
}
