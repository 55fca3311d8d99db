package org.knotwork.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.AuditEntry.Action;
import org.knotwork.audit.AuditRepository;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.handout.HandoutRef;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.outcome.PsfsItem;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionFixtures;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.SessionService;
import org.knotwork.session.Technique;
import org.knotwork.testing.MovableClock;

class PlanServiceTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 0);
  private static final LocalDate TODAY = NOW.toLocalDate();
  private Database db;
  private MovableClock clock;
  private PlanService plans;
  private OutcomeService outcomes;
  private long client;

  @BeforeEach
  void practice() {
    db = Database.inMemory();
    clock = new MovableClock(NOW);
    new PracticeService(new PracticeRepository(db.dsl()), clock)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    client =
        new ClientService(new ClientRepository(db.dsl()), clock)
            .save(Client.builder().fullName("Anna Berg").build())
            .id();
    SessionService sessions =
        new SessionService(
            new SessionRepository(db.dsl()),
            clock,
            () -> "anna",
            org.knotwork.practice.TestTherapist::signer);
    outcomes = new OutcomeService(new OutcomeRepository(db.dsl()), clock);
    ClientRepository clientRepository = new ClientRepository(db.dsl());
    plans =
        new PlanService(
            new PlanRepository(db.dsl()),
            sessions,
            outcomes,
            id -> clientRepository.find(id).orElseThrow(),
            clock,
            () -> "anna");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aNewDraftIsFilledFromTheLatestNoteAndPsfs() {
    signedNote(NOW.minusDays(7), 45);
    outcomes.recordPsfs(
        client,
        TODAY.minusDays(7),
        List.of(new PsfsItem("Sit at my desk for 2 hours", 4), new PsfsItem("Garden", 9)),
        null);

    TreatmentPlan draft = plans.proposeDraft(client);

    assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(draft.focus()).containsExactly(new FocusArea(BackRegion.LOWER_BACK, Side.RIGHT));
    assertThat(draft.modalities()).containsExactly(Technique.DEEP_TISSUE, Technique.STRETCHING);
    assertThat(draft.sessionMinutes()).isEqualTo(45);
    assertThat(draft.schedule()).isEqualTo("Weekly × 6 sessions of 45 minutes");
    assertThat(draft.reassessOn()).isEqualTo(TODAY.plusDays(28));
    assertThat(draft.goals())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.text()).isEqualTo("Sit at my desk for 2 hours");
              assertThat(g.measureName()).isEqualTo("PSFS");
              assertThat(g.baseline()).isEqualByComparingTo("4");
              assertThat(g.target()).isEqualByComparingTo("7");
              assertThat(g.higherIsBetter()).isTrue();
            }); // "Garden" at 9 leaves no room for a meaningful gain and is left out
    assertThat(draft.handouts())
        .containsExactly(
            HandoutRef.builtIn("staying-active"), HandoutRef.builtIn("lifting-carrying"));
  }

  @Test
  void aClientWithoutNotesGetsAnEmptyButSensibleDraft() {
    TreatmentPlan draft = plans.proposeDraft(client);
    assertThat(draft.focus()).isEmpty();
    assertThat(draft.goals()).isEmpty();
    assertThat(draft.sessionMinutes()).isEqualTo(60);
    assertThat(draft.handouts()).isEmpty();
  }

  @Test
  void draftsRoundTripWithEveryPart() {
    TreatmentPlan saved = plans.saveDraft(fullDraft());

    TreatmentPlan loaded = plans.load(saved.id());
    assertThat(loaded)
        .usingRecursiveComparison()
        .ignoringFields("id", "createdAt")
        .isEqualTo(fullDraft());
    assertThat(loaded.createdAt()).isEqualTo(NOW);
    assertThat(plans.plans(client)).extracting(TreatmentPlan::id).containsExactly(saved.id());
  }

  @Test
  void agreeingANewPlanSupersedesTheActiveOne() {
    TreatmentPlan first = plans.agree(fullDraft(), TODAY);
    clock.set(NOW.plusDays(30));
    TreatmentPlan second = plans.agree(plans.revise(first.id()), TODAY.plusDays(30));

    assertThat(plans.load(first.id()).status()).isEqualTo(PlanStatus.SUPERSEDED);
    assertThat(second.status()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(second.consentOn()).isEqualTo(TODAY.plusDays(30));
    assertThat(plans.active(client)).map(TreatmentPlan::id).contains(second.id());
    assertThat(new AuditRepository(db.dsl()).about(PlanRepository.ENTITY, first.id()))
        .extracting(e -> e.action())
        .containsExactly(Action.CREATE, Action.ACTIVATE, Action.SUPERSEDE);
  }

  @Test
  void agreementNeedsConsentAFocusAndAGoal() {
    TreatmentPlan bare = plans.proposeDraft(client);
    assertThatThrownBy(() -> plans.agree(bare, null))
        .isInstanceOfSatisfying(
            InvalidPlanException.class,
            e -> assertThat(e.problems()).containsKeys("consentOn", "focus", "goals"));
    assertThatThrownBy(() -> plans.agree(fullDraft(), TODAY.plusDays(1)))
        .isInstanceOfSatisfying(
            InvalidPlanException.class,
            e ->
                assertThat(e.problems())
                    .containsEntry("consentOn", "The day of consent cannot be in the future."));
    assertThat(plans.plans(client)).isEmpty();
  }

  @Test
  void anAgreedPlanIsNeverChangedOrDeleted() {
    TreatmentPlan active = plans.agree(fullDraft(), TODAY);
    TreatmentPlan edited = active.withImpression("Changed afterwards");
    assertThatThrownBy(() -> plans.saveDraft(edited)).isInstanceOf(PlanNotEditableException.class);
    assertThatThrownBy(() -> plans.deleteDraft(active.id()))
        .isInstanceOf(PlanNotEditableException.class);
    assertThat(plans.load(active.id()).impression()).isEqualTo(fullDraft().impression());
  }

  @Test
  void theDatabaseRefusesTwoActivePlansForOneClient() {
    TreatmentPlan active = plans.agree(fullDraft(), TODAY);
    TreatmentPlan other = plans.saveDraft(fullDraft());
    assertThatThrownBy(
            () ->
                db.dsl()
                    .update(org.knotwork.db.generated.Tables.TREATMENT_PLAN)
                    .set(org.knotwork.db.generated.Tables.TREATMENT_PLAN.STATUS, PlanStatus.ACTIVE)
                    .set(org.knotwork.db.generated.Tables.TREATMENT_PLAN.CONSENT_ON, TODAY)
                    .set(org.knotwork.db.generated.Tables.TREATMENT_PLAN.ACTIVATED_AT, NOW)
                    .where(org.knotwork.db.generated.Tables.TREATMENT_PLAN.ID.eq(other.id()))
                    .execute())
        .hasMessageContaining("TREATMENT_PLAN_ONE_ACTIVE");
    assertThat(plans.active(client)).map(TreatmentPlan::id).contains(active.id());
  }

  @Test
  void completingEndsTheActivePlanOnly() {
    TreatmentPlan draft = plans.saveDraft(fullDraft());
    assertThatThrownBy(() -> plans.complete(draft.id()))
        .isInstanceOf(PlanNotEditableException.class);
    TreatmentPlan active = plans.agree(draft, TODAY);
    assertThat(plans.complete(active.id()).status()).isEqualTo(PlanStatus.COMPLETED);
    assertThat(plans.active(client)).isEmpty();
  }

  @Test
  void revisingCopiesTheContentAsADraftStartingToday() {
    TreatmentPlan active = plans.agree(fullDraft(), TODAY);
    clock.set(NOW.plusDays(60)); // past the goal's date and the reassessment

    TreatmentPlan revision = plans.revise(active.id());

    assertThat(revision.id()).isNull();
    assertThat(revision.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(revision.startsOn()).isEqualTo(TODAY.plusDays(60));
    assertThat(revision.consentOn()).isNull();
    assertThat(revision.focus()).isEqualTo(active.focus());
    assertThat(revision.goals().get(0).byDate()).isNull();
    assertThat(revision.reassessOn()).isEqualTo(TODAY.plusDays(60 + 28));
  }

  @Test
  void discardingADraftRemovesIt() {
    TreatmentPlan draft = plans.saveDraft(fullDraft());
    plans.deleteDraft(draft.id());
    assertThat(plans.plans(client)).isEmpty();
  }

  @Test
  void aGoalAimingTheWrongWayIsRefusedWithTheFieldNamed() {
    TreatmentPlan wrong =
        fullDraft()
            .withGoals(
                List.of(
                    new PlanGoal(
                        "Sit through a film",
                        psfsId(),
                        "PSFS",
                        true,
                        new BigDecimal("6"),
                        new BigDecimal("4"),
                        TODAY.plusDays(30))));
    assertThatThrownBy(() -> plans.saveDraft(wrong))
        .isInstanceOfSatisfying(
            InvalidPlanException.class,
            e -> assertThat(e.problems()).containsOnlyKeys("goal.0.target"));
  }

  @Test
  void agreedPlansAppearOnTheTimelineWithTheirRegionsAndDraftsDoNot() {
    TreatmentPlan first = plans.agree(fullDraft(), TODAY);
    plans.complete(first.id());
    plans.saveDraft(fullDraft());

    var timeline = new org.knotwork.history.HistoryRepository(db.dsl()).timeline(client);

    assertThat(timeline)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(org.knotwork.history.EntryKind.PLAN);
              assertThat(e.refId()).isEqualTo(first.id());
              assertThat(e.at()).isEqualTo(NOW);
              assertThat(e.title()).isEqualTo("Treatment plan agreed · completed");
              assertThat(e.detail()).isEqualTo("Weekly × 6 · Lower back, Glutes (R)");
              assertThat(e.regions()).containsExactly(BackRegion.LOWER_BACK, BackRegion.GLUTES);
            });
  }

  private long psfsId() {
    return outcomes.instruments().stream()
        .filter(i -> i.code().equals("PSFS"))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private TreatmentPlan fullDraft() {
    return new TreatmentPlan(
        null,
        client,
        PlanStatus.DRAFT,
        TODAY,
        "Right-sided lower back muscle tension, worse after long sitting.",
        List.of(
            new PlanGoal(
                "Sit at my desk for 2 hours",
                psfsId(),
                "PSFS",
                true,
                new BigDecimal("4.00"),
                new BigDecimal("8.00"),
                TODAY.plusDays(42)),
            new PlanGoal("Sleep through the night", null, "", false, null, null, null)),
        List.of(
            new FocusArea(BackRegion.LOWER_BACK, Side.BILATERAL),
            new FocusArea(BackRegion.GLUTES, Side.RIGHT)),
        Set.of(Technique.SWEDISH, Technique.TRIGGER_POINT),
        60,
        Frequency.WEEKLY,
        6,
        List.of(HandoutRef.builtIn("hamstring-stretch"), HandoutRef.stored(3)),
        "Walk 20 minutes a day.",
        TODAY.plusDays(28),
        "GP if numbness appears",
        null,
        null,
        null);
  }

  private void signedNote(LocalDateTime at, int minutes) {
    new SessionRepository(db.dsl())
        .importNotes(List.of(SessionFixtures.signedNote(client, at, minutes)), "anna");
  }

  @Test
  void aNewDraftSuggestsNoStretchThatTheClientsHealthHistoryRulesOut() {
    long hip =
        new ClientService(new ClientRepository(db.dsl()), clock)
            .save(
                Client.builder()
                    .fullName("Ruth Okafor")
                    .conditions(
                        List.of(
                            new org.knotwork.client.ConditionEntry(
                                org.knotwork.client.HealthCondition.RECENT_SURGERY,
                                "Left hip replacement",
                                TODAY.minusMonths(2),
                                null),
                            org.knotwork.client.ConditionEntry.of(
                                org.knotwork.client.HealthCondition.OSTEOPOROSIS)))
                    .build())
            .id();
    SessionNote lowerBack = SessionFixtures.signedNote(hip, NOW.minusDays(7), 60);
    List<RegionFinding> findings =
        List.of(
            SessionFixtures.glutesBilateral(),
            RegionFinding.of(BackRegion.NECK, Side.BILATERAL),
            RegionFinding.of(BackRegion.HAMSTRINGS, Side.LEFT));
    new SessionRepository(db.dsl()).importNotes(List.of(withFindings(lowerBack, findings)), "anna");

    TreatmentPlan draft = plans.proposeDraft(hip);

    assertThat(draft.handouts())
        .doesNotContain(
            HandoutRef.builtIn("glute-piriformis-stretch"),
            HandoutRef.builtIn("upper-back-neck-stretch"))
        .contains(HandoutRef.builtIn("hamstring-stretch"));
  }

  private static SessionNote withFindings(SessionNote n, List<RegionFinding> findings) {
    SessionNote draft =
        new SessionNote(
            null,
            n.clientId(),
            n.serviceStart(),
            n.durationMinutes(),
            n.positions(),
            n.writtenAt(),
            n.subjective(),
            n.redFlags(),
            n.redFlagAdvice(),
            findings,
            n.response(),
            n.adverseReactions(),
            n.plan(),
            org.knotwork.session.NoteStatus.DRAFT,
            null,
            null,
            List.of());
    return draft.signedAs(n.signedAt(), org.knotwork.session.NoteHash.of(draft));
  }
}
