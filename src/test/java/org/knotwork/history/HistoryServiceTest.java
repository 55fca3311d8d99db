package org.knotwork.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.knotwork.body.BackRegion.GLUTES;
import static org.knotwork.body.BackRegion.HAMSTRINGS;
import static org.knotwork.body.BackRegion.LOWER_BACK;
import static org.knotwork.body.BackRegion.MID_BACK;
import static org.knotwork.body.BackRegion.NECK;
import static org.knotwork.body.BackRegion.SHOULDERS;
import static org.knotwork.body.BackRegion.UPPER_BACK;
import static org.knotwork.body.Side.BILATERAL;
import static org.knotwork.body.Side.LEFT;
import static org.knotwork.body.Side.RIGHT;
import static org.knotwork.session.Technique.SWEDISH;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.db.Database;
import org.knotwork.session.RedFlagQuestion;

class HistoryServiceTest {
  private static final LocalDateTime MAR_3 = LocalDateTime.of(2025, 3, 3, 10, 0);
  private static final LocalDateTime MAR_10 = MAR_3.plusDays(7);
  private static final LocalDateTime MAR_17 = MAR_3.plusDays(14);

  private Database db;
  private HistoryFixture fx;
  private HistoryService service;

  @BeforeEach
  void openDatabase() {
    db = Database.inMemory();
    fx = new HistoryFixture(db, MAR_3.minusDays(30));
    service = new HistoryService(fx.repository, fx.clock);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  /** Lower back on 3 March (with red flag, referral and an addendum), glutes on 10 March, ODI. */
  private long[] twoRegionsAndAMeasure() {
    long back =
        fx.note(MAR_3)
            .finding(LOWER_BACK, RIGHT, 7, 3, SWEDISH)
            .yes(RedFlagQuestion.NIGHT_PAIN)
            .advice("GP")
            .referral("GP for the night pain")
            .sign();
    fx.addendum(back, MAR_3.plusDays(1), "Correction", "Pain after was 4, not 3.");
    long glutes = fx.note(MAR_10).finding(GLUTES, LEFT, 5, 2, SWEDISH).sign();
    long measure = fx.measure("ODI", MAR_10.toLocalDate().plusDays(2), "28");
    return new long[] {back, glutes, measure};
  }

  @Test
  void unfilteredTimelineHasEverything() {
    twoRegionsAndAMeasure();

    assertThat(service.timeline(fx.clientId, TimelineFilter.ALL))
        .hasSize(6)
        .isEqualTo(fx.repository.timeline(fx.clientId));
  }

  @Test
  void regionFilterKeepsMatchingSessionsWithTheirEntriesAndMeasures() {
    long[] ids = twoRegionsAndAMeasure();

    List<TimelineEntry> back =
        service.timeline(fx.clientId, new TimelineFilter(Set.of(LOWER_BACK), Set.of(), null, null));

    assertThat(back)
        .extracting(TimelineEntry::kind, TimelineEntry::sessionId)
        .containsExactly(
            tuple(EntryKind.MEASURE, 0L),
            tuple(EntryKind.ADDENDUM, ids[0]),
            tuple(EntryKind.SESSION, ids[0]),
            tuple(EntryKind.RED_FLAG, ids[0]),
            tuple(EntryKind.REFERRAL, ids[0]));
  }

  @Test
  void regionFilterWithSeveralRegionsKeepsAnyOfThem() {
    long[] ids = twoRegionsAndAMeasure();

    List<TimelineEntry> entries =
        service.timeline(
            fx.clientId,
            new TimelineFilter(Set.of(GLUTES, NECK), Set.of(EntryKind.SESSION), null, null));

    assertThat(entries).extracting(TimelineEntry::sessionId).containsExactly(ids[1]);
  }

  @Test
  void kindFilterKeepsOnlyTheChosenKinds() {
    long[] ids = twoRegionsAndAMeasure();

    List<TimelineEntry> entries =
        service.timeline(
            fx.clientId,
            new TimelineFilter(
                Set.of(), Set.of(EntryKind.RED_FLAG, EntryKind.MEASURE), null, null));

    assertThat(entries)
        .extracting(TimelineEntry::kind, TimelineEntry::refId)
        .containsExactly(tuple(EntryKind.MEASURE, ids[2]), tuple(EntryKind.RED_FLAG, ids[0]));
  }

  @Test
  void kindFilterCanLeaveOutMeasuresEvenWithARegionFilter() {
    twoRegionsAndAMeasure();

    List<TimelineEntry> entries =
        service.timeline(
            fx.clientId, new TimelineFilter(Set.of(GLUTES), Set.of(EntryKind.SESSION), null, null));

    assertThat(entries).extracting(TimelineEntry::kind).containsExactly(EntryKind.SESSION);
  }

  @Test
  void dateRangeIncludesBothBounds() {
    long onFrom = fx.note(MAR_3.withHour(8)).sign();
    fx.note(MAR_3.minusDays(1).withHour(20)).sign();
    long onTo = fx.note(MAR_10.withHour(19)).sign();
    fx.note(MAR_10.plusDays(1).withHour(7)).sign();
    long measureOnTo = fx.measure("NPRS", MAR_10.toLocalDate(), "5");

    List<TimelineEntry> entries =
        service.timeline(
            fx.clientId,
            new TimelineFilter(Set.of(), Set.of(), MAR_3.toLocalDate(), MAR_10.toLocalDate()));

    assertThat(entries).extracting(TimelineEntry::refId).containsExactly(onTo, measureOnTo, onFrom);
  }

  @Test
  void openDateBoundsKeepEverythingOnThatSide() {
    long early = fx.note(MAR_3).sign();
    long late = fx.note(MAR_17).sign();

    assertThat(
            service.timeline(
                fx.clientId, new TimelineFilter(Set.of(), Set.of(), null, MAR_3.toLocalDate())))
        .extracting(TimelineEntry::refId)
        .containsExactly(early);
    assertThat(
            service.timeline(
                fx.clientId, new TimelineFilter(Set.of(), Set.of(), MAR_10.toLocalDate(), null)))
        .extracting(TimelineEntry::refId)
        .containsExactly(late);
  }

  @Test
  void painSeriesForOneRegionLeavesTheOthersOut() {
    long first =
        fx.note(MAR_3)
            .finding(LOWER_BACK, RIGHT, 7, 3, SWEDISH)
            .finding(GLUTES, LEFT, 4, 2, SWEDISH)
            .sign();
    long second = fx.note(MAR_10).finding(LOWER_BACK, LEFT, 5, 2, SWEDISH).sign();

    assertThat(service.painSeries(fx.clientId, LOWER_BACK))
        .extracting(PainPoint::sessionId, PainPoint::side, PainPoint::before)
        .containsExactly(tuple(first, RIGHT, 7), tuple(second, LEFT, 5));
    assertThat(service.painSeries(fx.clientId, null)).hasSize(3);
  }

  @Test
  void trendNeedsAChangeOfAtLeastTwoPoints() {
    fx.note(MAR_3)
        .finding(LOWER_BACK, RIGHT, 7, 3, SWEDISH)
        .finding(GLUTES, LEFT, 4, 2, SWEDISH)
        .finding(NECK, BILATERAL, 5, 3, SWEDISH)
        .finding(HAMSTRINGS, LEFT, 5, 3, SWEDISH)
        .sign();
    fx.note(MAR_10)
        .finding(LOWER_BACK, RIGHT, 5, 3, SWEDISH)
        .finding(GLUTES, LEFT, 6, 2, SWEDISH)
        .finding(NECK, BILATERAL, 4, 3, SWEDISH)
        .finding(HAMSTRINGS, LEFT, 6, 3, SWEDISH)
        .sign();

    assertThat(service.overview(fx.clientId).regions())
        .extracting(RegionProgress::region, RegionProgress::trend)
        .containsExactlyInAnyOrder(
            tuple(LOWER_BACK, Trend.IMPROVING),
            tuple(GLUTES, Trend.WORSE),
            tuple(NECK, Trend.UNCHANGED),
            tuple(HAMSTRINGS, Trend.UNCHANGED));
  }

  @Test
  void trendComparesFirstWithLatestNotTheStepsBetween() {
    fx.note(MAR_3).finding(LOWER_BACK, RIGHT, 6, 3, SWEDISH).sign();
    fx.note(MAR_10).finding(LOWER_BACK, RIGHT, 2, 1, SWEDISH).sign();
    fx.note(MAR_17).finding(LOWER_BACK, RIGHT, 5, 2, SWEDISH).sign();

    assertThat(service.overview(fx.clientId).regions())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.firstPain()).isEqualTo(6);
              assertThat(p.latestPain()).isEqualTo(5);
              assertThat(p.sessions()).isEqualTo(3);
              assertThat(p.trend()).isEqualTo(Trend.UNCHANGED);
            });
  }

  @Test
  void trendBoundariesAndLabels() {
    assertThat(Trend.between(7, 5)).isEqualTo(Trend.IMPROVING);
    assertThat(Trend.between(7, 6)).isEqualTo(Trend.UNCHANGED);
    assertThat(Trend.between(7, 7)).isEqualTo(Trend.UNCHANGED);
    assertThat(Trend.between(7, 8)).isEqualTo(Trend.UNCHANGED);
    assertThat(Trend.between(7, 9)).isEqualTo(Trend.WORSE);
    assertThat(Trend.between(0, 10)).isEqualTo(Trend.WORSE);
    assertThat(Trend.IMPROVING.label()).isEqualTo("Improving");
    assertThat(Trend.UNCHANGED.label()).isEqualTo("No meaningful change");
    assertThat(Trend.WORSE.label()).isEqualTo("Worse");
  }

  @Test
  void regionTreatedOnceIsUnchangedWithOneSession() {
    fx.note(MAR_3).finding(LOWER_BACK, RIGHT, 7, 3, SWEDISH).sign();
    fx.note(MAR_10)
        .finding(LOWER_BACK, RIGHT, 6, 3, SWEDISH)
        .finding(MID_BACK, LEFT, 8, 4, SWEDISH)
        .sign();

    assertThat(service.overview(fx.clientId).regions())
        .contains(
            new RegionProgress(
                MID_BACK, 8, 8, MAR_10.toLocalDate(), MAR_10.toLocalDate(), 1, Trend.UNCHANGED));
  }

  @Test
  void regionsAreListedMostRecentlyTreatedFirst() {
    fx.note(MAR_3)
        .finding(SHOULDERS, LEFT, 5, 3, SWEDISH)
        .finding(UPPER_BACK, LEFT, 5, 3, SWEDISH)
        .sign();
    fx.note(MAR_10).finding(NECK, LEFT, 5, 3, SWEDISH).sign();
    fx.note(MAR_17).finding(UPPER_BACK, LEFT, 4, 3, SWEDISH).sign();

    assertThat(service.overview(fx.clientId).regions())
        .extracting(RegionProgress::region)
        .containsExactly(UPPER_BACK, NECK, SHOULDERS);
  }

  @Test
  void draftsDoNotCountTowardsProgressOrPainSeries() {
    fx.note(MAR_3).finding(LOWER_BACK, RIGHT, 7, 3, SWEDISH).sign();
    long draft = fx.note(MAR_10).finding(LOWER_BACK, RIGHT, 2, 1, SWEDISH).saveDraft();
    fx.clock.set(MAR_17);

    ClientOverview overview = service.overview(fx.clientId);

    assertThat(overview.regions())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.sessions()).isEqualTo(1);
              assertThat(p.trend()).isEqualTo(Trend.UNCHANGED);
            });
    assertThat(overview.drafts()).isEqualTo(1);
    assertThat(service.painSeries(fx.clientId, LOWER_BACK)).hasSize(1);
    assertThat(service.overallPain(fx.clientId)).hasSize(1);
    assertThat(service.timeline(fx.clientId, TimelineFilter.ALL))
        .filteredOn(TimelineEntry::draft)
        .extracting(TimelineEntry::sessionId, TimelineEntry::title)
        .containsExactly(tuple(draft, "Session · 60 min · draft"));
  }

  @Test
  void overviewCountsFromTheServiceClock() {
    fx.note(MAR_3).finding(LOWER_BACK, RIGHT, 7, 3, SWEDISH).sign();
    fx.note(MAR_10).sign();
    fx.clock.set(MAR_17.plusHours(5));

    ClientOverview overview = service.overview(fx.clientId);

    assertThat(overview.lastVisit()).isEqualTo(MAR_10.toLocalDate());
    assertThat(overview.daysSinceLastVisit()).isEqualTo(7L);
    assertThat(overview.signedSessions()).isEqualTo(2);
    assertThat(overview.drafts()).isZero();
    assertThat(overview.lastRedFlag()).isEmpty();
  }

  @Test
  void overallPainUsesPainNowAndFallsBackToTheHighestPainBefore() {
    long told = fx.note(MAR_3).painNow(6).finding(LOWER_BACK, RIGHT, 8, 3, SWEDISH).sign();
    long fallback =
        fx.note(MAR_10)
            .finding(LOWER_BACK, RIGHT, 4, 2, SWEDISH)
            .finding(GLUTES, LEFT, 7, 5, SWEDISH)
            .sign();
    fx.note(MAR_17).sign(); // neither pain now nor findings: skipped
    fx.note(MAR_17.plusDays(1)).painNow(2).saveDraft(); // a draft: skipped

    List<PainPoint> overall = service.overallPain(fx.clientId);

    assertThat(overall)
        .containsExactly(
            new PainPoint(told, MAR_3, null, null, 6, 3),
            new PainPoint(fallback, MAR_10, null, null, 7, 5));
  }

  @Test
  void entryKindLabels() {
    assertThat(EntryKind.values())
        .extracting(EntryKind::label)
        .containsExactly(
            "Session",
            "Addendum",
            "Red flag",
            "Referral",
            "Outcome measure",
            "Treatment plan",
            "Appointment");
  }
}
