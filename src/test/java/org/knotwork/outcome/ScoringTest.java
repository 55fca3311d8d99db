package org.knotwork.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.outcome.OutcomeFixtures.NDI;
import static org.knotwork.outcome.OutcomeFixtures.NPRS;
import static org.knotwork.outcome.OutcomeFixtures.ODI;
import static org.knotwork.outcome.OutcomeFixtures.PSFS;
import static org.knotwork.outcome.OutcomeFixtures.RMDQ;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {
  private static PsfsItem item(int score) {
    return new PsfsItem("Activity " + score, score);
  }

  @Test
  void psfsIsTheMeanOfTheRatingsToOneDecimal() {
    assertThat(Scoring.psfs(List.of(item(3), item(4)))).isEqualTo(3.5);
    assertThat(Scoring.psfs(List.of(item(3), item(4), item(4)))).isEqualTo(3.7);
    assertThat(Scoring.psfs(List.of(item(1), item(1), item(2)))).isEqualTo(1.3);
  }

  @Test
  void psfsTakesOneToFiveActivities() {
    assertThat(Scoring.psfs(List.of(item(7)))).isEqualTo(7.0);
    assertThat(Scoring.psfs(List.of(item(1), item(2), item(3), item(4), item(6)))).isEqualTo(3.2);
  }

  @Test
  void psfsRatingsZeroAndTenAreAllowed() {
    assertThat(Scoring.psfs(List.of(item(0), item(0)))).isZero();
    assertThat(Scoring.psfs(List.of(item(10), item(10)))).isEqualTo(10.0);
    assertThat(Scoring.psfs(List.of(item(0), item(10)))).isEqualTo(5.0);
  }

  @Test
  void psfsRefusesNoActivitiesOrMoreThanFive() {
    assertThatThrownBy(() -> Scoring.psfs(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one activity");
    assertThatThrownBy(() -> Scoring.psfs(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Scoring.psfs(List.of(item(1), item(2), item(3), item(4), item(5), item(6))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 5 activities");
  }

  @Test
  void psfsRefusesRatingsOutsideZeroToTen() {
    assertThatThrownBy(() -> Scoring.psfs(List.of(new PsfsItem("Driving", 11))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Rate “Driving” from 0");
    assertThatThrownBy(() -> Scoring.psfs(List.of(new PsfsItem("Driving", -1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void psfsRefusesABlankActivity() {
    assertThatThrownBy(() -> Scoring.psfs(List.of(item(3), new PsfsItem("  ", 4))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Name every activity you rate.");
    assertThatThrownBy(() -> Scoring.psfs(List.of(new PsfsItem(null, 4))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lowerIsBetterImprovesWhenTheScoreFalls() {
    assertThat(Scoring.change(ODI, 40, 28)).isEqualTo(Change.IMPROVED);
    assertThat(Scoring.change(ODI, 40, 35)).isEqualTo(Change.UNCHANGED);
    assertThat(Scoring.change(ODI, 30, 42)).isEqualTo(Change.WORSE);
  }

  @Test
  void higherIsBetterImprovesWhenTheScoreRises() {
    assertThat(Scoring.change(PSFS, 3, 5)).isEqualTo(Change.IMPROVED);
    assertThat(Scoring.change(PSFS, 3, 4.5)).isEqualTo(Change.UNCHANGED);
    assertThat(Scoring.change(PSFS, 6, 3)).isEqualTo(Change.WORSE);
  }

  @Test
  void aChangeExactlyAtTheThresholdCounts() {
    assertThat(Scoring.change(ODI, 40, 30)).isEqualTo(Change.IMPROVED);
    assertThat(Scoring.change(ODI, 30, 40)).isEqualTo(Change.WORSE);
    assertThat(Scoring.change(NPRS, 6, 4)).isEqualTo(Change.IMPROVED);
    assertThat(Scoring.change(PSFS, 4.2, 6.2)).isEqualTo(Change.IMPROVED);
    assertThat(Scoring.change(PSFS, 6.2, 4.2)).isEqualTo(Change.WORSE);
    assertThat(Scoring.change(PSFS, 4.2, 6.1)).isEqualTo(Change.UNCHANGED);
    assertThat(Scoring.change(NDI, 20, 20)).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void changeLabelsAreWordsForTheTherapist() {
    assertThat(Change.IMPROVED.label()).isEqualTo("Improving");
    assertThat(Change.UNCHANGED.label()).isEqualTo("No meaningful change");
    assertThat(Change.WORSE.label()).isEqualTo("Worse");
  }

  @Test
  void rangeProblemNamesTheRangeOfEveryBuiltInInstrument() {
    assertThat(Scoring.rangeProblem(ODI, 101)).hasValue("An Oswestry score is between 0 and 100%.");
    assertThat(Scoring.rangeProblem(ODI, -1)).isPresent();
    assertThat(Scoring.rangeProblem(ODI, 0)).isEmpty();
    assertThat(Scoring.rangeProblem(ODI, 100)).isEmpty();
    assertThat(Scoring.rangeProblem(ODI, 35.5)).isEmpty();

    assertThat(Scoring.rangeProblem(NPRS, 11)).hasValue("A pain rating is between 0 and 10.");
    assertThat(Scoring.rangeProblem(NPRS, 10)).isEmpty();
    assertThat(Scoring.rangeProblem(NPRS, 0)).isEmpty();
    assertThat(Scoring.rangeProblem(NPRS, 4.5))
        .hasValue("A pain rating is a whole number between 0 and 10.");

    assertThat(Scoring.rangeProblem(PSFS, 10.5)).hasValue("A PSFS score is between 0 and 10.");
    assertThat(Scoring.rangeProblem(PSFS, 4.5)).isEmpty();

    assertThat(Scoring.rangeProblem(RMDQ, 25))
        .hasValue("A Roland-Morris score is between 0 and 24.");
    assertThat(Scoring.rangeProblem(RMDQ, 24)).isEmpty();

    assertThat(Scoring.rangeProblem(NDI, 51))
        .hasValue("A Neck Disability Index score is between 0 and 50.");
    assertThat(Scoring.rangeProblem(NDI, -0.5)).isPresent();
    assertThat(Scoring.rangeProblem(NDI, 50)).isEmpty();
    assertThat(Scoring.rangeProblem(NDI, Double.NaN)).isPresent();
  }

  @Test
  void rangeProblemForATherapistDefinedInstrumentUsesItsName() {
    Instrument fabq =
        new Instrument(
            9,
            "FABQ",
            "Fear-avoidance beliefs",
            0,
            96,
            false,
            13,
            null,
            EntryKind.SCORE,
            false,
            "points",
            null);

    assertThat(Scoring.rangeProblem(fabq, 97))
        .hasValue("A Fear-avoidance beliefs score is between 0 and 96 points.");
    assertThat(Scoring.rangeProblem(fabq, 40.5)).isEmpty();
  }

  @Test
  void normalisedRisesForAnImprovementInEitherDirection() {
    assertThat(Scoring.normalised(ODI, 28)).isGreaterThan(Scoring.normalised(ODI, 40));
    assertThat(Scoring.normalised(PSFS, 5)).isGreaterThan(Scoring.normalised(PSFS, 3));
    assertThat(Scoring.normalised(NPRS, 10)).isZero();
    assertThat(Scoring.normalised(NPRS, 0)).isEqualTo(1.0);
    assertThat(Scoring.normalised(PSFS, 0)).isZero();
    assertThat(Scoring.normalised(PSFS, 10)).isEqualTo(1.0);
    assertThat(Scoring.normalised(ODI, 40)).isEqualTo(0.6);
  }

  @Test
  void formatShowsTheUnit() {
    assertThat(ODI.format(32)).isEqualTo("32%");
    assertThat(PSFS.format(4.5)).isEqualTo("4.5/10");
    assertThat(ODI.format(35.56)).isEqualTo("35.56%");
    assertThat(
            new Instrument(9, "X", "X", 0, 5, true, 1, null, EntryKind.SCORE, false, null, null)
                .format(3))
        .isEqualTo("3");
  }
}
