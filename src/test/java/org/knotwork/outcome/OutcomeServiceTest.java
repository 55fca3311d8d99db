package org.knotwork.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.outcome.OutcomeFixtures.CLOCK;
import static org.knotwork.outcome.OutcomeFixtures.TODAY;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.db.Database;
import org.knotwork.outcome.OutcomeService.Progress;

class OutcomeServiceTest {
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

  private static List<PsfsItem> psfs(int sitting, int lifting) {
    return List.of(
        new PsfsItem(" Sitting through a work day ", sitting),
        new PsfsItem("Lifting my toddler", lifting));
  }

  @Test
  void recordsAPsfsWithItsMeanAndActivities() {
    OutcomeEntry stored = service.recordPsfs(clientId, TODAY, psfs(3, 4), "  ");

    assertThat(stored.id()).isNotNull();
    assertThat(stored.score()).isEqualTo(3.5);
    assertThat(stored.note()).isNull();
    assertThat(service.entries(clientId)).containsExactly(stored);
    assertThat(stored.items())
        .extracting(PsfsItem::activity)
        .containsExactly("Sitting through a work day", "Lifting my toddler");
  }

  @Test
  void recordsAnEnteredTotal() {
    OutcomeEntry stored = service.recordScore(clientId, "ODI", TODAY, 32, "Paper form v2.1a");

    assertThat(stored.instrument().code()).isEqualTo("ODI");
    assertThat(stored.formattedScore()).isEqualTo("32%");
    assertThat(service.entries(clientId)).containsExactly(stored);
  }

  @Test
  void refusesAFutureDate() {
    assertThatThrownBy(() -> service.recordScore(clientId, "NPRS", TODAY.plusDays(1), 4, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The date is in the future.");
    assertThatThrownBy(() -> service.recordPsfs(clientId, TODAY.plusDays(1), psfs(3, 4), null))
        .hasMessage("The date is in the future.");
  }

  @Test
  void refusesAScoreOutsideTheRange() {
    assertThatThrownBy(() -> service.recordScore(clientId, "ODI", TODAY, 120, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An Oswestry score is between 0 and 100%.");
    assertThat(service.entries(clientId)).isEmpty();
  }

  @Test
  void painRatingTakesWholeNumbersOnly() {
    assertThatThrownBy(() -> service.recordScore(clientId, "NPRS", TODAY, 4.5, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole number");
    assertThat(service.recordScore(clientId, "NPRS", TODAY, 4, null).score()).isEqualTo(4.0);
  }

  @Test
  void psfsIsNotEnteredAsATotal() {
    assertThatThrownBy(() -> service.recordScore(clientId, "PSFS", TODAY, 4, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("activity by activity");
    assertThatThrownBy(() -> service.recordScore(clientId, "NOPE", TODAY, 4, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no measure");
  }

  @Test
  void psfsProblemsComeFromScoring() {
    assertThatThrownBy(() -> service.recordPsfs(clientId, TODAY, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one activity");
    assertThatThrownBy(() -> service.recordPsfs(clientId, TODAY, psfs(3, 11), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Lifting my toddler");
  }

  @Test
  void deletesAMistake() {
    OutcomeEntry wrong = service.recordPsfs(clientId, TODAY, psfs(3, 4), null);

    service.deleteEntry(wrong.id());

    assertThat(service.entries(clientId)).isEmpty();
  }

  @Test
  void recordingAndDeletingAScoreAreInTheAuditLogWithTheClientAndWhoDidIt() {
    OutcomeService audited =
        new OutcomeService(new OutcomeRepository(db.dsl()), CLOCK, () -> "Maya Lindqvist");
    OutcomeEntry wrong = audited.recordScore(clientId, "NPRS", TODAY, 6, null);
    List<org.knotwork.audit.AuditLine> recorded =
        new org.knotwork.audit.AuditRepository(db.dsl())
            .lines(new org.knotwork.audit.AuditQuery(java.util.Set.of(), null, null, clientId), 10);
    assertThat(recorded)
        .filteredOn(l -> l.entry().entity().equals("outcome_entry"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.entry().action()).isEqualTo(org.knotwork.audit.AuditEntry.Action.CREATE);
              assertThat(l.entry().actor()).isEqualTo("Maya Lindqvist");
              assertThat(l.entry().entityId()).isEqualTo(wrong.id());
              assertThat(l.clientName()).isEqualTo("Anna Berg");
            });

    audited.deleteEntry(wrong.id());

    assertThat(
            new org.knotwork.audit.AuditRepository(db.dsl())
                .about("outcome_entry", wrong.id()).stream()
                    .map(org.knotwork.audit.AuditEntry::action))
        .containsExactly(
            org.knotwork.audit.AuditEntry.Action.CREATE,
            org.knotwork.audit.AuditEntry.Action.DELETE);
  }

  @Test
  void aDefinedInstrumentCanBeUsedLikeABuiltInOne() {
    Instrument fabq =
        service.defineInstrument(
            " fabq ", "Fear-avoidance beliefs", 0, 96, false, 13, 28, " points ");

    assertThat(fabq.code()).isEqualTo("FABQ");
    assertThat(fabq.builtIn()).isFalse();
    assertThat(fabq.kind()).isEqualTo(EntryKind.SCORE);
    assertThat(fabq.unit()).isEqualTo("points");
    assertThat(service.instruments()).last().isEqualTo(fabq);

    service.recordScore(clientId, "FABQ", TODAY.minusDays(28), 60, null);
    service.recordScore(clientId, "fabq", TODAY, 45, null);
    assertThatThrownBy(() -> service.recordScore(clientId, "FABQ", TODAY, 97, null))
        .hasMessage("A Fear-avoidance beliefs score is between 0 and 96 points.");

    assertThat(service.progress(clientId))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.instrument()).isEqualTo(fabq);
              assertThat(p.change()).isEqualTo(Change.IMPROVED);
            });
  }

  @Test
  void defineInstrumentChecksEveryField() {
    assertThatThrownBy(() -> service.defineInstrument("", "Name", 0, 10, true, 1, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("letters or digits");
    assertThatThrownBy(() -> service.defineInstrument("A-B", "Name", 0, 10, true, 1, null, null))
        .hasMessageContaining("letters or digits");
    assertThatThrownBy(() -> service.defineInstrument("odi", "Name", 0, 10, true, 1, null, null))
        .hasMessageContaining("already in use");
    assertThatThrownBy(() -> service.defineInstrument("X", " ", 0, 10, true, 1, null, null))
        .hasMessageContaining("name");
    assertThatThrownBy(
            () -> service.defineInstrument("X", "n".repeat(121), 0, 10, true, 1, null, null))
        .hasMessageContaining("120");
    assertThat(service.defineInstrument("X120", "n".repeat(120), 0, 10, true, 1, null, null))
        .isNotNull();
    assertThatThrownBy(() -> service.defineInstrument("X", "Name", 10, 10, true, 1, null, null))
        .hasMessage("The lowest score must be below the highest.");
    assertThatThrownBy(() -> service.defineInstrument("X", "Name", 0, 10, true, 0, null, null))
        .hasMessageContaining("meaningful change");
    assertThatThrownBy(() -> service.defineInstrument("X", "Name", 0, 10, true, 10.5, null, null))
        .hasMessageContaining("at most 10");
    assertThatThrownBy(() -> service.defineInstrument("X", "Name", 0, 10, true, 1, 0, null))
        .hasMessageContaining("1 to 365 days");
    assertThatThrownBy(() -> service.defineInstrument("X", "Name", 0, 10, true, 1, 366, null))
        .hasMessageContaining("1 to 365 days");
    assertThat(service.defineInstrument("Y", "Name", 0, 10, true, 10, 365, null).reassessDays())
        .isEqualTo(365);
  }

  @Test
  void progressComparesFirstAndLatestPerInstrumentInItsDirection() {
    service.recordScore(clientId, "ODI", TODAY.minusDays(56), 40, null);
    service.recordScore(clientId, "ODI", TODAY.minusDays(28), 34, null);
    service.recordScore(clientId, "ODI", TODAY, 28, null);
    service.recordPsfs(clientId, TODAY.minusDays(56), psfs(6, 6), null);
    service.recordPsfs(clientId, TODAY, psfs(3, 3), null);
    service.recordScore(clientId, "NPRS", TODAY.minusDays(56), 6, null);
    service.recordScore(clientId, "NPRS", TODAY, 5, null);
    service.recordScore(clientId, "NDI", TODAY, 20, null);

    List<Progress> progress = service.progress(clientId);

    assertThat(progress)
        .extracting(p -> p.instrument().code(), Progress::change)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ODI", Change.IMPROVED),
            org.assertj.core.groups.Tuple.tuple("PSFS", Change.WORSE),
            org.assertj.core.groups.Tuple.tuple("NPRS", Change.UNCHANGED));
    Progress odi =
        progress.stream().filter(p -> p.instrument().code().equals("ODI")).findFirst().get();
    assertThat(odi.first().score()).isEqualTo(40.0);
    assertThat(odi.latest().score()).isEqualTo(28.0);
  }

  @Test
  void noProgressWithoutTwoEntries() {
    service.recordScore(clientId, "ODI", TODAY, 40, null);

    assertThat(service.progress(clientId)).isEmpty();
  }

  @Test
  void nextReassessmentIsTheEarliestDueDate() {
    assertThat(service.nextReassessment(clientId)).isEmpty();
    service.recordScore(clientId, "NPRS", TODAY, 5, null);
    assertThat(service.nextReassessment(clientId)).as("NPRS has no interval").isEmpty();

    service.recordScore(clientId, "ODI", TODAY.minusDays(10), 40, null);
    assertThat(service.nextReassessment(clientId)).hasValue(TODAY.plusDays(18));

    service.recordPsfs(clientId, TODAY.minusDays(20), psfs(3, 4), null);
    service.recordPsfs(clientId, TODAY.minusDays(10), psfs(4, 4), null);
    assertThat(service.nextReassessment(clientId))
        .as("PSFS every 14 days, from its latest entry")
        .hasValue(TODAY.plusDays(4));
  }

  @Test
  void nextReassessmentsForManyClientsFollowTheSameRule() {
    service.recordScore(clientId, "ODI", TODAY.minusDays(10), 40, null);
    service.recordPsfs(clientId, TODAY.minusDays(20), psfs(3, 4), null);
    service.recordPsfs(clientId, TODAY.minusDays(10), psfs(4, 4), null);
    service.recordScore(clientId, "NPRS", TODAY, 5, null);

    assertThat(service.nextReassessments(java.util.List.of(clientId, clientId + 1000)))
        .as("the earliest date, from each measure's latest entry; none for a client without")
        .containsExactly(java.util.Map.entry(clientId, TODAY.plusDays(4)))
        .containsEntry(clientId, service.nextReassessment(clientId).orElseThrow());
  }
}
