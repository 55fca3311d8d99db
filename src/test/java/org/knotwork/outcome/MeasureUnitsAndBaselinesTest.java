package org.knotwork.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.outcome.OutcomeFixtures.CLOCK;
import static org.knotwork.outcome.OutcomeFixtures.TODAY;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.db.Database;
import org.knotwork.outcome.OutcomeService.Progress;

/**
 * Scores that cannot be misread: Oswestry and NDI in the unit their paper forms use, Roland-Morris
 * as a count, and progress measured from the current plan rather than the first score ever taken.
 */
class MeasureUnitsAndBaselinesTest {
  private Database db;
  private OutcomeService service;
  private long clientId;

  @BeforeEach
  void openDatabase() {
    db = Database.inMemory();
    service = new OutcomeService(new OutcomeRepository(db.dsl()), CLOCK);
    clientId = OutcomeFixtures.practiceWithClient(db);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void ndiShowsItsRawTotalOutOfFiftyAndThePercentage() {
    OutcomeEntry stored = service.recordScore(clientId, "NDI", TODAY, 22, null);

    assertThat(stored.formattedScore()).isEqualTo("22/50 (44%)");
    assertThat(service.entries(clientId).get(0).formattedScore()).isEqualTo("22/50 (44%)");
  }

  @Test
  void rolandMorrisTakesWholeNumbersOnly() {
    assertThatThrownBy(() -> service.recordScore(clientId, "RMDQ", TODAY, 7.5, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A Roland-Morris score is a whole number between 0 and 24.");
    assertThat(service.entries(clientId)).isEmpty();
    assertThat(service.recordScore(clientId, "RMDQ", TODAY, 7, null).score()).isEqualTo(7);
  }

  @Test
  void progressStartsFromTheFirstScoreOfTheCurrentPlan() {
    service.recordScore(clientId, "ODI", LocalDate.of(2022, 1, 10), 60, null);
    service.recordScore(clientId, "ODI", LocalDate.of(2022, 3, 1), 20, null);
    activePlan(LocalDate.of(2025, 1, 6));
    service.recordScore(clientId, "ODI", LocalDate.of(2025, 1, 6), 40, null);
    service.recordScore(clientId, "ODI", LocalDate.of(2025, 2, 20), 36, null);

    Progress odi = service.progress(clientId).get(0);

    assertThat(odi.first().takenOn()).isEqualTo(LocalDate.of(2025, 1, 6));
    assertThat(odi.first().score()).isEqualTo(40);
    assertThat(odi.latest().score()).isEqualTo(36);
    assertThat(odi.change()).isEqualTo(Change.UNCHANGED);
    assertThat(odi.since().label()).isEqualTo("since the plan of 6 January 2025");
  }

  @Test
  void aScoreMarkedAsANewBaselineIsComparedFromWithinThePlan() {
    activePlan(LocalDate.of(2025, 1, 6));
    service.recordScore(clientId, "NDI", LocalDate.of(2025, 1, 6), 30, null);
    OutcomeEntry flareUp = service.recordScore(clientId, "NDI", LocalDate.of(2025, 2, 1), 34, null);
    service.recordScore(clientId, "NDI", LocalDate.of(2025, 3, 1), 26, null);

    service.markBaseline(flareUp.id(), true);
    Progress ndi = service.progress(clientId).get(0);

    assertThat(ndi.first().id()).isEqualTo(flareUp.id());
    assertThat(ndi.change()).isEqualTo(Change.IMPROVED);
    assertThat(ndi.since().label()).isEqualTo("since the new baseline of 1 February 2025");
    assertThat(service.entries(clientId)).extracting(OutcomeEntry::score).contains(34.0);

    service.markBaseline(flareUp.id(), false);
    assertThat(service.progress(clientId).get(0).first().score()).isEqualTo(30);
  }

  @Test
  void aPlanWithOneScoreSoFarHasNothingToCompareYet() {
    service.recordScore(clientId, "RMDQ", LocalDate.of(2023, 5, 1), 18, null);
    activePlan(LocalDate.of(2025, 1, 6));
    service.recordScore(clientId, "RMDQ", LocalDate.of(2025, 1, 6), 9, null);

    Progress rmdq = service.progress(clientId).get(0);

    assertThat(rmdq.change()).isEqualTo(Change.ONE_SCORE);
    assertThat(rmdq.first()).isEqualTo(rmdq.latest());
  }

  @Test
  void ndiEnteredAsAPercentageIsStoredAsItsRawTotal() {
    OutcomeEntry stored = service.recordScore(clientId, "NDI", TODAY, 30, ScoreUnit.PERCENT, null);

    assertThat(stored.score()).isEqualTo(15);
    assertThat(stored.formattedScore()).isEqualTo("15/50 (30%)");
    assertThatThrownBy(() -> service.recordScore(clientId, "NDI", TODAY, 60, ScoreUnit.RAW, null))
        .hasMessage("A Neck Disability Index score is between 0 and 50 points.");
    assertThatThrownBy(
            () -> service.recordScore(clientId, "NDI", TODAY, 120, ScoreUnit.PERCENT, null))
        .hasMessage("A Neck Disability Index score is between 0 and 100%.");
  }

  @Test
  void oswestryEnteredAsARawTotalIsStoredAsItsPercentage() {
    OutcomeEntry stored = service.recordScore(clientId, "ODI", TODAY, 16, ScoreUnit.RAW, null);

    assertThat(stored.score()).isEqualTo(32);
    assertThat(stored.formattedScore()).isEqualTo("32%");
    assertThat(service.recordScore(clientId, "ODI", TODAY, 32, ScoreUnit.PERCENT, null).score())
        .isEqualTo(32);
  }

  @Test
  void theUnitChoiceIsIgnoredForMeasuresWithOneUnit() {
    assertThat(service.recordScore(clientId, "RMDQ", TODAY, 12, ScoreUnit.PERCENT, null).score())
        .isEqualTo(12);
  }

  @Test
  void withoutAPlanProgressStartsFromTheFirstScoreRecorded() {
    service.recordScore(clientId, "ODI", LocalDate.of(2022, 1, 10), 60, null);
    service.recordScore(clientId, "ODI", LocalDate.of(2025, 2, 20), 36, null);

    Progress odi = service.progress(clientId).get(0);

    assertThat(odi.first().score()).isEqualTo(60);
    assertThat(odi.change()).isEqualTo(Change.IMPROVED);
  }

  @Test
  void theNextReassessmentIsTheActivePlansDateWhenItComesBeforeTheMeasuresAreDue() {
    service.recordScore(clientId, "ODI", TODAY.minusDays(10), 40, null); // due again in 28 days
    assertThat(service.nextReassessment(clientId)).contains(TODAY.plusDays(18));

    activePlan(LocalDate.of(2025, 1, 6));
    db.dsl().execute("UPDATE treatment_plan SET reassess_on = ?", TODAY.plusDays(4));

    assertThat(service.nextReassessment(clientId))
        .as("the plan's reassessment, the one the Plans tab shows")
        .contains(TODAY.plusDays(4));
  }

  /** An agreed plan starting on {@code startsOn}, stored as the plan editor would. */
  private void activePlan(LocalDate startsOn) {
    LocalDateTime at = startsOn.atTime(9, 0);
    db.dsl()
        .execute(
            "INSERT INTO treatment_plan (client_id, status, starts_on, session_minutes, frequency,"
                + " session_count, consent_on, created_at, updated_at, activated_at)"
                + " VALUES (?, 'ACTIVE', ?, 60, 'WEEKLY', 6, ?, ?, ?, ?)",
            clientId,
            startsOn,
            startsOn,
            at,
            at,
            at);
  }
}
