package org.knotwork.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.knotwork.body.BackRegion.GLUTES;
import static org.knotwork.body.BackRegion.HAMSTRINGS;
import static org.knotwork.body.BackRegion.LOWER_BACK;
import static org.knotwork.body.BackRegion.NECK;
import static org.knotwork.body.Side.BILATERAL;
import static org.knotwork.body.Side.LEFT;
import static org.knotwork.body.Side.RIGHT;
import static org.knotwork.body.Side.RIGHT_GREATER;
import static org.knotwork.session.Technique.DEEP_TISSUE;
import static org.knotwork.session.Technique.SWEDISH;
import static org.knotwork.session.Technique.TRIGGER_POINT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.db.Database;
import org.knotwork.session.RedFlagQuestion;

class HistoryRepositoryTest {
  private static final LocalDateTime JAN_10 = LocalDateTime.of(2025, 1, 10, 9, 0);

  private Database db;
  private HistoryFixture fx;
  private HistoryRepository repository;

  @BeforeEach
  void openDatabase() {
    db = Database.inMemory();
    fx = new HistoryFixture(db, JAN_10.minusDays(30));
    repository = fx.repository;
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void timelineListsEveryKindNewestFirst() {
    long first =
        fx.note(JAN_10)
            .finding(LOWER_BACK, RIGHT, 6, 3, DEEP_TISSUE)
            .yes(RedFlagQuestion.NIGHT_PAIN)
            .advice("See the GP about the night pain")
            .referral("GP for the night pain")
            .sign();
    long addendum =
        fx.addendum(first, JAN_10.plusDays(2), "Late detail", "Client called: pain eased.");
    long measure = fx.measure("ODI", LocalDate.of(2025, 1, 15), "32.00");
    long draft = fx.note(JAN_10.plusDays(10)).minutes(45).saveDraft();

    List<TimelineEntry> timeline = repository.timeline(fx.clientId);

    assertThat(timeline)
        .extracting(
            TimelineEntry::kind, TimelineEntry::at, TimelineEntry::sessionId, TimelineEntry::refId)
        .containsExactly(
            tuple(EntryKind.SESSION, JAN_10.plusDays(10), draft, draft),
            tuple(EntryKind.MEASURE, LocalDateTime.of(2025, 1, 15, 12, 0), 0L, measure),
            tuple(EntryKind.ADDENDUM, JAN_10.plusDays(2), first, addendum),
            tuple(EntryKind.SESSION, JAN_10, first, first),
            tuple(EntryKind.RED_FLAG, JAN_10, first, first),
            tuple(EntryKind.REFERRAL, JAN_10, first, first));
    assertThat(timeline)
        .extracting(TimelineEntry::title, TimelineEntry::detail)
        .containsExactly(
            tuple("Session · 45 min · draft", "No regions recorded"),
            tuple("Oswestry Disability Index (entered score)", "32%"),
            tuple("Addendum: Late detail", "Client called: pain eased."),
            tuple("Session · 60 min", "Lower back R 6→3 · Deep tissue"),
            tuple("Red flag: doctor soon", "Night pain. Advice: See the GP about the night pain"),
            tuple("Referral", "GP for the night pain"));
  }

  @Test
  void sessionLineNamesRegionsWithPainAndEachTechniqueOnce() {
    fx.note(JAN_10)
        .finding(LOWER_BACK, RIGHT_GREATER, 7, 3, DEEP_TISSUE, TRIGGER_POINT)
        .finding(GLUTES, LEFT, 5, 2, TRIGGER_POINT)
        .finding(NECK, BILATERAL, null, null, DEEP_TISSUE)
        .sign();

    TimelineEntry session = repository.timeline(fx.clientId).get(0);

    assertThat(session.title()).isEqualTo("Session · 60 min");
    assertThat(session.detail())
        .isEqualTo("Lower back R>L 7→3, Glutes L 5→2, Neck bilateral · Deep tissue, Trigger point");
    assertThat(session.regions()).containsExactlyInAnyOrder(LOWER_BACK, GLUTES, NECK);
    assertThat(session.draft()).isFalse();
  }

  @Test
  void sessionWithoutFindingsHasNoRegionsAndNoPainPoints() {
    long id = fx.note(JAN_10).sign();

    List<TimelineEntry> timeline = repository.timeline(fx.clientId);

    assertThat(timeline)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.sessionId()).isEqualTo(id);
              assertThat(e.regions()).isEmpty();
              assertThat(e.detail()).isEqualTo("No regions recorded");
            });
    assertThat(repository.painSeries(fx.clientId)).isEmpty();
    ClientOverview overview = repository.overview(fx.clientId, JAN_10.toLocalDate());
    assertThat(overview.signedSessions()).isEqualTo(1);
    assertThat(overview.regions()).isEmpty();
  }

  @Test
  void anEmergencyYesMakesTheRedFlagUrgent() {
    fx.note(JAN_10)
        .yes(RedFlagQuestion.NIGHT_PAIN)
        .yes(RedFlagQuestion.BLADDER_CONTROL)
        .advice("Sent to the emergency department")
        .sign();

    TimelineEntry flag =
        repository.timeline(fx.clientId).stream()
            .filter(e -> e.kind() == EntryKind.RED_FLAG)
            .findFirst()
            .orElseThrow();

    assertThat(flag.title()).isEqualTo("Red flag: emergency");
    assertThat(flag.urgent()).isTrue();
    assertThat(flag.detail())
        .isEqualTo(
            "Bladder difficulty or leaking, night pain. Advice: Sent to the emergency department");
  }

  @Test
  void aFirstReleaseNoteKeepsItsWordsAndSaysWhichQuestionsWereNotAsked() {
    fx.note(JAN_10)
        .firstReleaseScreen()
        .yes(RedFlagQuestion.NIGHT_PAIN)
        .yes(RedFlagQuestion.BLADDER_CHANGE)
        .advice("Sent to A&E")
        .sign();

    TimelineEntry flag =
        repository.timeline(fx.clientId).stream()
            .filter(e -> e.kind() == EntryKind.RED_FLAG)
            .findFirst()
            .orElseThrow();

    assertThat(flag.title()).isEqualTo("Red flag: urgent");
    assertThat(flag.urgent()).isTrue();
    assertThat(flag.detail())
        .isEqualTo(
            "Bladder change, night pain. Advice: Sent to A&E Not asked: Recent trauma, fever or"
                + " weight loss, signs of a clot, infection or low immunity, unexplained severe pain.");
  }

  @Test
  void aSessionThatEndedWithoutTreatmentSaysSo() {
    fx.note(JAN_10).yes(RedFlagQuestion.CLOT_LUNGS).advice("Called the emergency number").sign();

    assertThat(repository.timeline(fx.clientId))
        .filteredOn(e -> e.kind() == EntryKind.SESSION)
        .singleElement()
        .extracting(TimelineEntry::detail)
        .asString()
        .endsWith("Session ended without treatment (red flag answered yes)");
  }

  @Test
  void sessionWithoutYesAnswersOrReferralHasOnlyItsOwnLine() {
    fx.note(JAN_10).finding(LOWER_BACK, RIGHT, 5, 4, SWEDISH).referral("   ").sign();

    assertThat(repository.timeline(fx.clientId))
        .extracting(TimelineEntry::kind)
        .containsExactly(EntryKind.SESSION);
  }

  @Test
  void addendumLineShowsTheFirst120Characters() {
    long id = fx.note(JAN_10).finding(LOWER_BACK, RIGHT, 5, 4, SWEDISH).sign();
    String text = "x".repeat(100) + "y".repeat(100);
    fx.addendum(id, JAN_10.plusHours(3), "Missing detail", text);

    TimelineEntry addendum =
        repository.timeline(fx.clientId).stream()
            .filter(e -> e.kind() == EntryKind.ADDENDUM)
            .findFirst()
            .orElseThrow();

    assertThat(addendum.detail()).isEqualTo(text.substring(0, 120) + "…");
    assertThat(addendum.at()).isEqualTo(JAN_10.plusHours(3));
    assertThat(addendum.regions()).containsExactly(LOWER_BACK);
  }

  @Test
  void measuresShowTheScoreWithTheInstrumentsUnitAtMidday() {
    long nprs = fx.measure("NPRS", LocalDate.of(2025, 2, 1), "4.50");
    fx.measure("RMDQ", LocalDate.of(2025, 2, 3), "11");
    long otherClient = fx.client("Ben Ode");
    fx.measure(otherClient, "ODI", LocalDate.of(2025, 2, 2), "40");

    List<TimelineEntry> timeline = repository.timeline(fx.clientId);

    assertThat(timeline)
        .extracting(TimelineEntry::title, TimelineEntry::detail, TimelineEntry::at)
        .containsExactly(
            tuple(
                "Roland-Morris Disability Questionnaire (entered score)",
                "11/24",
                LocalDateTime.of(2025, 2, 3, 12, 0)),
            tuple("Numeric pain rating (NPRS)", "4.5/10", LocalDateTime.of(2025, 2, 1, 12, 0)));
    assertThat(timeline.get(1).refId()).isEqualTo(nprs);
    assertThat(timeline.get(1).sessionId()).isZero();
    assertThat(timeline.get(1).regions()).isEmpty();
  }

  @Test
  void draftsAppearInTheTimelineButNotInThePainSeries() {
    long signed = fx.note(JAN_10).finding(LOWER_BACK, RIGHT, 7, 4, SWEDISH).sign();
    long draft = fx.note(JAN_10.plusDays(7)).finding(LOWER_BACK, RIGHT, 2, 1, SWEDISH).saveDraft();

    assertThat(repository.timeline(fx.clientId))
        .extracting(TimelineEntry::sessionId, TimelineEntry::draft)
        .containsExactly(tuple(draft, true), tuple(signed, false));
    assertThat(repository.painSeries(fx.clientId))
        .extracting(PainPoint::sessionId)
        .containsExactly(signed);
    assertThat(repository.overview(fx.clientId, JAN_10.toLocalDate().plusDays(8)).regions())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.latestPain()).isEqualTo(7);
              assertThat(p.sessions()).isEqualTo(1);
            });
  }

  @Test
  void painSeriesHasOnePointPerFindingOldestFirst() {
    long second =
        fx.note(JAN_10.plusDays(7))
            .finding(GLUTES, LEFT, 4, 2, SWEDISH)
            .finding(LOWER_BACK, RIGHT, 5, null, SWEDISH)
            .sign();
    long first = fx.note(JAN_10).finding(LOWER_BACK, RIGHT, 7, 3, SWEDISH).sign();

    assertThat(repository.painSeries(fx.clientId))
        .containsExactly(
            new PainPoint(first, JAN_10, LOWER_BACK, RIGHT, 7, 3),
            new PainPoint(second, JAN_10.plusDays(7), GLUTES, LEFT, 4, 2),
            new PainPoint(second, JAN_10.plusDays(7), LOWER_BACK, RIGHT, 5, null));
  }

  @Test
  void historyOfAnotherClientIsNotIncluded() {
    long other = fx.client("Ben Ode");
    fx.note(JAN_10)
        .forClient(other)
        .finding(NECK, LEFT, 6, 2, SWEDISH)
        .yes(RedFlagQuestion.NIGHT_PAIN)
        .advice("GP")
        .sign();

    assertThat(repository.timeline(fx.clientId)).isEmpty();
    assertThat(repository.painSeries(fx.clientId)).isEmpty();
    ClientOverview overview = repository.overview(fx.clientId, JAN_10.toLocalDate());
    assertThat(overview.signedSessions()).isZero();
    assertThat(overview.lastRedFlag()).isEmpty();
  }

  @Test
  void overviewCountsSessionsAndDaysSinceTheLastVisit() {
    fx.note(LocalDateTime.of(2025, 3, 1, 9, 0)).finding(LOWER_BACK, RIGHT, 7, 3, SWEDISH).sign();
    fx.note(LocalDateTime.of(2025, 3, 8, 9, 0))
        .finding(HAMSTRINGS, LEFT, 3, 1, SWEDISH)
        .yes(RedFlagQuestion.RECENT_TRAUMA)
        .advice("See GP after the fall")
        .sign();
    fx.note(LocalDateTime.of(2025, 3, 10, 16, 30)).saveDraft();

    ClientOverview overview = repository.overview(fx.clientId, LocalDate.of(2025, 3, 14));

    assertThat(overview.lastVisit())
        .as("the draft of 10 March is no visit until it is signed")
        .isEqualTo(LocalDate.of(2025, 3, 8));
    assertThat(overview.daysSinceLastVisit()).isEqualTo(6L);
    assertThat(overview.signedSessions()).isEqualTo(2);
    assertThat(overview.drafts()).isEqualTo(1);
    assertThat(overview.lastRedFlag()).contains(LocalDate.of(2025, 3, 8));
    assertThat(overview.regions())
        .extracting(RegionProgress::region)
        .containsExactly(HAMSTRINGS, LOWER_BACK);
  }

  @Test
  void lastVisitIgnoresSessionsAfterToday() {
    fx.note(LocalDateTime.of(2025, 3, 1, 9, 0)).sign();
    fx.note(LocalDateTime.of(2025, 3, 8, 9, 0)).sign();

    ClientOverview overview = repository.overview(fx.clientId, LocalDate.of(2025, 3, 7));

    assertThat(overview.lastVisit()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(overview.daysSinceLastVisit()).isEqualTo(6L);
  }

  @Test
  void overviewOfANewClientIsEmpty() {
    ClientOverview overview = repository.overview(fx.clientId, LocalDate.of(2025, 3, 14));

    assertThat(overview)
        .isEqualTo(new ClientOverview(null, null, 0, 0, List.of(), Optional.empty()));
  }

  @Test
  void regionProgressTakesTheHighestSideOfEachSession() {
    fx.note(JAN_10)
        .finding(LOWER_BACK, LEFT, 4, 2, SWEDISH)
        .finding(LOWER_BACK, RIGHT, 8, 3, SWEDISH)
        .sign();
    fx.note(JAN_10.plusDays(14))
        .finding(LOWER_BACK, LEFT, 5, 2, SWEDISH)
        .finding(LOWER_BACK, RIGHT, 3, 1, SWEDISH)
        .sign();

    assertThat(repository.overview(fx.clientId, JAN_10.toLocalDate().plusDays(20)).regions())
        .containsExactly(
            new RegionProgress(
                LOWER_BACK,
                8,
                5,
                JAN_10.toLocalDate(),
                JAN_10.toLocalDate().plusDays(14),
                2,
                Trend.IMPROVING));
  }

  @Test
  void timelineEntriesCannotBeChangedByTheScreens() {
    fx.note(JAN_10).finding(LOWER_BACK, RIGHT, 5, 4, SWEDISH).sign();

    List<TimelineEntry> timeline = repository.timeline(fx.clientId);

    assertThat(timeline).isUnmodifiable();
    assertThat(timeline.get(0).regions()).isUnmodifiable().isEqualTo(Set.of(LOWER_BACK));
  }
}
