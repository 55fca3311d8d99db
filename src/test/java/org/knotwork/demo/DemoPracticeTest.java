package org.knotwork.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.db.generated.Tables.AUDIT_LOG;
import static org.knotwork.db.generated.Tables.CLIENT;
import static org.knotwork.db.generated.Tables.OUTCOME_ENTRY;
import static org.knotwork.db.generated.Tables.OUTCOME_ITEM;
import static org.knotwork.db.generated.Tables.SESSION;
import static org.knotwork.db.generated.Tables.SESSION_ADDENDUM;
import static org.knotwork.db.generated.Tables.SESSION_FINDING;
import static org.knotwork.db.generated.Tables.SESSION_RED_FLAG;
import static org.knotwork.db.generated.Tables.SESSION_TREATMENT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.appointment.AppointmentRepository;
import org.knotwork.client.ClientRepository;
import org.knotwork.db.Database;
import org.knotwork.demo.DemoPractice.DemoClient;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.outcome.Scoring;
import org.knotwork.plan.FocusArea;
import org.knotwork.plan.PlanRepository;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.session.Addendum;
import org.knotwork.session.NoteHash;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.SessionSummary;

class DemoPracticeTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-14T10:15:30.500Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
  private static final int CLIENTS = 40;

  private Database db;
  private PracticeService practices;
  private ClientRepository clients;
  private SessionRepository sessions;
  private OutcomeRepository outcomes;
  private DemoPractice demo;

  @BeforeEach
  void openDatabase() {
    db = Database.inMemory();
    practices = new PracticeService(new PracticeRepository(db.dsl()), CLOCK);
    clients = new ClientRepository(db.dsl());
    sessions = new SessionRepository(db.dsl());
    outcomes = new OutcomeRepository(db.dsl());
    demo =
        new DemoPractice(
            practices,
            clients,
            sessions,
            outcomes,
            new PlanRepository(db.dsl()),
            new AppointmentRepository(db.dsl()),
            CLOCK);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void storesFullNotesForEveryVisit() {
    demo.create(CLIENTS, 3, DemoPractice.DEFAULT_SEED);

    assertThat(practices.current()).hasValueSatisfying(p -> assertThat(p.demo()).isTrue());
    assertThat(clients.count()).isEqualTo(CLIENTS);
    List<DemoClient> generated =
        new DemoDataGenerator(DemoPractice.DEFAULT_SEED, TODAY).clients(CLIENTS, 3);
    int visits = generated.stream().mapToInt(d -> d.visits().size()).sum();
    assertThat(db.dsl().fetchCount(SESSION)).isEqualTo(visits);
    assertThat(db.dsl().fetchCount(SESSION_FINDING)).isGreaterThan(visits);
    assertThat(db.dsl().fetchCount(SESSION_TREATMENT))
        .isGreaterThan(db.dsl().fetchCount(SESSION_FINDING));
    assertThat(db.dsl().fetchCount(SESSION_RED_FLAG)).isGreaterThanOrEqualTo(visits * 4);
  }

  @Test
  void notesSurviveTheRoundTripWithTheirHashIntact() {
    demo.create(CLIENTS, 3, DemoPractice.DEFAULT_SEED);

    List<SessionNote> loaded = new ArrayList<>();
    List<Long> clientIds =
        db.dsl().select(CLIENT.ID).from(CLIENT).orderBy(CLIENT.ID).fetch(CLIENT.ID);
    for (long clientId : clientIds) {
      for (SessionSummary summary : sessions.summaries(clientId)) {
        loaded.add(sessions.find(summary.id()).orElseThrow());
      }
    }

    assertThat(loaded).hasSize(db.dsl().fetchCount(SESSION));
    List<SessionNote> signed = loaded.stream().filter(SessionNote::signed).toList();
    List<SessionNote> drafts = loaded.stream().filter(n -> n.status() == NoteStatus.DRAFT).toList();
    assertThat(signed).isNotEmpty().allSatisfy(n -> assertThat(n.contentHash()).isNotNull());
    assertThat(signed)
        .allSatisfy(n -> assertThat(NoteHash.intact(n)).as("note %d intact", n.id()).isTrue());
    assertThat(drafts).isNotEmpty();
    assertThat(drafts)
        .allSatisfy(
            n ->
                assertThat(n.serviceStart().toLocalDate())
                    .isAfterOrEqualTo(TODAY.minusDays(DemoNoteGenerator.DRAFT_WITHIN_DAYS)));
    assertThat(loaded.stream().filter(n -> !n.findings().isEmpty()))
        .hasSizeGreaterThan(loaded.size() * 9 / 10)
        .allSatisfy(
            n -> assertThat(n.findings()).allSatisfy(f -> assertThat(f.treatments()).isNotEmpty()));
    List<Addendum> addenda = loaded.stream().flatMap(n -> n.addenda().stream()).toList();
    assertThat(addenda).isNotEmpty().allSatisfy(a -> assertThat(a.id()).isNotNull());
    assertThat(addenda)
        .allSatisfy(a -> assertThat(a.signer()).isEqualTo(DemoPractice.THERAPIST.asSigner()));
    assertThat(signed)
        .allSatisfy(n -> assertThat(n.signer()).isEqualTo(DemoPractice.THERAPIST.asSigner()));
  }

  @Test
  void loadedNotesEqualTheGeneratedOnes() {
    demo.create(CLIENTS, 3, DemoPractice.DEFAULT_SEED);

    List<DemoClient> generated =
        new DemoDataGenerator(DemoPractice.DEFAULT_SEED, TODAY).clients(CLIENTS, 3);
    List<Long> clientIds =
        db.dsl().select(CLIENT.ID).from(CLIENT).orderBy(CLIENT.ID).fetch(CLIENT.ID);
    DemoNoteGenerator writer = new DemoNoteGenerator(DemoPractice.DEFAULT_SEED, TODAY);
    for (int i = 0; i < CLIENTS; i++) {
      long clientId = clientIds.get(i);
      List<SessionNote> expected =
          writer.notes(generated.get(i).client(), clientId, generated.get(i).visits());
      List<SessionNote> stored = new ArrayList<>();
      for (SessionSummary summary : sessions.summaries(clientId)) {
        stored.add(0, withoutIds(sessions.find(summary.id()).orElseThrow()));
      }
      assertThat(stored).as("client %d", clientId).isEqualTo(expected);
    }
  }

  @Test
  void discardingTheDemoRemovesEverything() {
    demo.create(CLIENTS, 3, DemoPractice.DEFAULT_SEED);
    assertThat(db.dsl().fetchCount(SESSION_ADDENDUM)).isPositive();

    practices.discardDemo();

    assertThat(practices.current()).isEmpty();
    assertThat(clients.count()).isZero();
    assertThat(db.dsl().fetchCount(SESSION)).isZero();
    assertThat(db.dsl().fetchCount(SESSION_FINDING)).isZero();
    assertThat(db.dsl().fetchCount(SESSION_TREATMENT)).isZero();
    assertThat(db.dsl().fetchCount(SESSION_RED_FLAG)).isZero();
    assertThat(db.dsl().fetchCount(SESSION_ADDENDUM)).isZero();
    assertThat(db.dsl().fetchCount(AUDIT_LOG)).isZero();
    assertThat(db.dsl().fetchCount(OUTCOME_ENTRY)).isZero();
    assertThat(db.dsl().fetchCount(OUTCOME_ITEM)).isZero();
  }

  @Test
  void clientsWithAFewVisitsHaveOneActivePlanAtMostAndPlansFollowTheirNotes() {
    demo.create(CLIENTS, 3, DemoPractice.DEFAULT_SEED);
    PlanRepository plans = new PlanRepository(db.dsl());
    int withPlans = 0;
    for (var c : clients.search(List.of(), true)) {
      List<TreatmentPlan> theirs = plans.forClient(c.id());
      if (theirs.isEmpty()) {
        continue;
      }
      withPlans++;
      assertThat(theirs.stream().filter(p -> p.status() == PlanStatus.ACTIVE).count())
          .isLessThanOrEqualTo(1);
      assertThat(theirs).allSatisfy(p -> assertThat(p.consentOn()).isNotNull());
      assertThat(theirs).allSatisfy(p -> assertThat(p.focus()).isNotEmpty());
      assertThat(theirs).allSatisfy(p -> assertThat(p.status()).isNotEqualTo(PlanStatus.DRAFT));
      // the regions planned are regions the notes of that day worked on
      var noteRegions =
          db.dsl()
              .selectDistinct(org.knotwork.db.generated.Tables.SESSION_FINDING.REGION)
              .from(org.knotwork.db.generated.Tables.SESSION_FINDING)
              .join(org.knotwork.db.generated.Tables.SESSION)
              .on(
                  org.knotwork.db.generated.Tables.SESSION.ID.eq(
                      org.knotwork.db.generated.Tables.SESSION_FINDING.SESSION_ID))
              .where(org.knotwork.db.generated.Tables.SESSION.CLIENT_ID.eq(c.id()))
              .fetch(r -> r.value1());
      assertThat(theirs)
          .allSatisfy(
              p ->
                  assertThat(noteRegions)
                      .containsAll(p.focus().stream().map(FocusArea::region).toList()));
    }
    assertThat(withPlans).isGreaterThan(CLIENTS / 3);
    assertThat(
            db.dsl()
                .fetchCount(
                    org.knotwork.db.generated.Tables.TREATMENT_PLAN,
                    org.knotwork.db.generated.Tables.TREATMENT_PLAN.STATUS.eq(
                        org.knotwork.plan.PlanStatus.SUPERSEDED)))
        .isPositive();
    assertThat(
            db.dsl()
                .fetchCount(
                    org.knotwork.db.generated.Tables.TREATMENT_PLAN,
                    org.knotwork.db.generated.Tables.TREATMENT_PLAN.STATUS.eq(
                        org.knotwork.plan.PlanStatus.COMPLETED)))
        .isPositive();
  }

  @Test
  void everyPlanNamesTheRegionsItWorksOnEvenAfterASessionWithoutFindings() {
    // on this day seed 7 gives a client whose first signed visit recorded no region
    Clock day = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
    new DemoPractice(
            new PracticeService(new PracticeRepository(db.dsl()), day),
            clients,
            sessions,
            outcomes,
            new PlanRepository(db.dsl()),
            new AppointmentRepository(db.dsl()),
            day)
        .create(60, 3, 7L);
    PlanRepository plans = new PlanRepository(db.dsl());
    for (var c : clients.search(List.of(), true)) {
      assertThat(plans.forClient(c.id()))
          .allSatisfy(
              p -> {
                assertThat(p.focus()).as(c.fullName()).isNotEmpty();
                assertThat(p.impression()).as(c.fullName()).doesNotContain("the ,");
              });
    }
  }

  @Test
  void storesOutcomeMeasuresWithinRangeForEveryClientWithNotes() {
    demo.create(CLIENTS, 3, DemoPractice.DEFAULT_SEED);

    List<Long> clientIds =
        db.dsl().select(CLIENT.ID).from(CLIENT).orderBy(CLIENT.ID).fetch(CLIENT.ID);
    List<OutcomeEntry> all = new ArrayList<>();
    for (long clientId : clientIds) {
      List<OutcomeEntry> entries = outcomes.entries(clientId);
      if (!sessions.summaries(clientId).isEmpty()) {
        assertThat(entries)
            .as("client %d", clientId)
            .extracting(e -> e.instrument().code())
            .contains(Instrument.NPRS, Instrument.PSFS);
      }
      all.addAll(entries);
    }

    assertThat(all).hasSize(db.dsl().fetchCount(OUTCOME_ENTRY));
    assertThat(all)
        .allSatisfy(
            e -> assertThat(Scoring.rangeProblem(e.instrument(), e.score())).as("%s", e).isEmpty());
    assertThat(all)
        .filteredOn(e -> e.instrument().code().equals(Instrument.PSFS))
        .allSatisfy(
            e -> {
              assertThat(e.items()).hasSizeBetween(2, 4);
              assertThat(e.score()).isEqualTo(Scoring.psfs(e.items()));
            });
    assertThat(all)
        .extracting(e -> e.instrument().code())
        .contains(Instrument.ODI, Instrument.RMDQ, Instrument.NDI);
    assertThat(all).allSatisfy(e -> assertThat(e.takenOn()).isBeforeOrEqualTo(TODAY));
  }

  /** The note as generated: no database ids on the note or its addenda. */
  private static SessionNote withoutIds(SessionNote n) {
    List<Addendum> addenda =
        n.addenda().stream()
            .map(
                a ->
                    new Addendum(null, a.writtenAt(), a.author(), a.reason(), a.text(), a.signer()))
            .toList();
    return new SessionNote(
        null,
        n.clientId(),
        n.serviceStart(),
        n.durationMinutes(),
        n.positions(),
        n.writtenAt(),
        n.subjective(),
        n.redFlags(),
        n.redFlagAdvice(),
        n.findings(),
        n.response(),
        n.adverseReactions(),
        n.plan(),
        n.status(),
        n.signedAt(),
        n.contentHash(),
        addenda,
        n.signer(),
        n.endedWithoutTreatment());
  }
}
