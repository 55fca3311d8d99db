package org.knotwork.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.handout.HandoutLibrary;
import org.knotwork.handout.HandoutRepository;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.plan.FocusArea;
import org.knotwork.plan.PlanRepository;
import org.knotwork.plan.PlanService;
import org.knotwork.plan.PlanStatus;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.SessionService;
import org.knotwork.testing.MovableClock;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.DialogService.UnsavedChoice;
import org.knotwork.ui.RecordingDialogService;

class PlansViewModelTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 0);
  private static final LocalDate TODAY = NOW.toLocalDate();
  private Database db;
  private PlanService plans;
  private OutcomeService outcomes;
  private PlansViewModel vm;
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private long anna;
  private long ben;

  @BeforeEach
  void open() {
    db = Database.inMemory();
    MovableClock clock = new MovableClock(NOW);
    new PracticeService(new PracticeRepository(db.dsl()), clock)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    ClientService clients = new ClientService(new ClientRepository(db.dsl()), clock);
    anna = clients.save(Client.builder().fullName("Anna Berg").build()).id();
    ben = clients.save(Client.builder().fullName("Ben Ode").build()).id();
    outcomes = new OutcomeService(new OutcomeRepository(db.dsl()), clock);
    plans =
        new PlanService(
            new PlanRepository(db.dsl()),
            new SessionService(
                new SessionRepository(db.dsl()),
                clock,
                () -> "anna",
                org.knotwork.practice.TestTherapist::signer),
            outcomes,
            clients::load,
            clock,
            () -> "anna");
    vm =
        new PlansViewModel(
            plans,
            outcomes,
            new HandoutLibrary(new HandoutRepository(db.dsl()), clock),
            new CurrentThreadTaskExecutor(),
            dialogs,
            clock);
    vm.load(anna);
    vm.newPlan();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aTargetOnTheWrongSideOfTheBaselineIsNamedForTheMeasuresDirection() {
    GoalRow oswestry = goal("Walk to the shops", Instrument.ODI, "40", "60");
    GoalRow psfs = goal("Sit through a film", Instrument.PSFS, "6", "4");

    vm.showProblemsProperty().set(true);

    assertThat(oswestry.problems(TODAY))
        .containsEntry("target", "On this measure lower is better: aim below the starting score.");
    assertThat(psfs.problems(TODAY))
        .containsEntry("target", "On this measure higher is better: aim above the starting score.");
    assertThat(vm.problemsProperty().get()).containsKeys("goal.0.target", "goal.1.target");
  }

  @Test
  void scoresOutsideTheRangeAndUnreadableNumbersAreRefusedInWords() {
    GoalRow row = goal("Garden for an hour", Instrument.PSFS, "four", "12");
    assertThat(row.problems(TODAY))
        .containsEntry("baseline", "Enter the starting score as a number, e.g. 4 or 4.5.")
        .containsEntry("target", "PSFS scores run from 0/10 to 10/10.");
  }

  @Test
  void datesMustLieAfterToday() {
    GoalRow row = goal("Sleep through the night", null, "", "");
    row.byDateProperty().set(TODAY);
    vm.reassessOnProperty().set(TODAY.minusDays(1));

    assertThat(row.problems(TODAY))
        .containsEntry("byDate", "The target date has to be after today.");
    assertThat(vm.problemsProperty().get())
        .containsEntry("reassessOn", "The reassessment date has to be after today.");
  }

  @Test
  void aDraftWithProblemsIsNotSavedAndTheProblemsShow() {
    goal("", null, "", "");

    vm.saveDraft();

    assertThat(vm.showProblemsProperty().get()).isTrue();
    assertThat(vm.statusProperty().get())
        .isEqualTo("Check the marked fields; nothing was saved yet.");
    assertThat(plans.plans(anna)).isEmpty();
  }

  @Test
  void agreeingWithConsentMakesTheActivePlanAndDecliningTheReplacementKeepsIt() {
    vm.setFocus(BackRegion.LOWER_BACK, Side.BILATERAL);
    goal("Carry the shopping", Instrument.PSFS, "4", "8");
    vm.agree();
    assertThat(plans.active(anna)).map(p -> p.consentOn()).contains(TODAY);
    assertThat(vm.editingProperty().get()).isNull();
    assertThat(vm.revisionProperty().get()).isEqualTo(1);

    vm.revise();
    vm.impressionProperty().set("A second opinion");
    dialogs.answerConfirmWith(false);
    vm.agree();

    assertThat(dialogs.confirmations()).containsExactly("Replace the active plan?");
    assertThat(plans.plans(anna)).extracting(p -> p.status()).containsExactly(PlanStatus.ACTIVE);
    assertThat(vm.editingProperty().get()).isNotNull(); // still editing the revision
  }

  @Test
  void agreeingWithoutARegionOrGoalSaysWhatIsMissing() {
    vm.agree();
    assertThat(vm.statusProperty().get()).isEqualTo("Choose at least one region to work on.");
    assertThat(plans.plans(anna)).isEmpty();
  }

  @Test
  void openingAnotherClientKeepsAValidUnsavedDraft() {
    vm.impressionProperty().set("Tight lower back after long drives");
    assertThat(vm.dirtyProperty().get()).isTrue();

    vm.load(ben);

    assertThat(plans.plans(anna))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(PlanStatus.DRAFT);
              assertThat(p.impression()).isEqualTo("Tight lower back after long drives");
            });
    assertThat(vm.editingProperty().get()).isNull();
    assertThat(vm.plans()).isEmpty();
  }

  @Test
  void leavingWithAnUnsavedDraftAsksAndSaveStoresItBeforeGoingOn() {
    vm.setFocus(BackRegion.LOWER_BACK, Side.LEFT_GREATER);
    vm.homeCareProperty().set("Walk after lunch");
    dialogs.answerUnsavedChangesWith(UnsavedChoice.SAVE);
    List<String> done = new ArrayList<>();

    vm.askToLeave().orElseThrow().accept(() -> done.add("left"));

    assertThat(dialogs.unsavedQuestions()).containsExactly("the draft treatment plan");
    assertThat(done).containsExactly("left");
    assertThat(plans.plans(anna))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.homeCare()).isEqualTo("Walk after lunch");
              assertThat(p.focus())
                  .containsExactly(new FocusArea(BackRegion.LOWER_BACK, Side.LEFT_GREATER));
            });
  }

  @Test
  void keepEditingStaysAndDiscardLeavesNothingStored() {
    vm.homeCareProperty().set("Walk after lunch");
    assertThat(vm.askToLeave()).isEmpty(); // Keep editing is the preset answer
    assertThat(vm.editingProperty().get()).isNotNull();

    dialogs.answerUnsavedChangesWith(UnsavedChoice.DISCARD);
    List<String> done = new ArrayList<>();
    vm.askToLeave().orElseThrow().accept(() -> done.add("left"));

    assertThat(done).containsExactly("left");
    assertThat(vm.editingProperty().get()).isNull();
    assertThat(plans.plans(anna)).isEmpty();
  }

  @Test
  void nothingIsAskedWhenTheDraftHasNoChanges() {
    vm.stopEditing();
    assertThat(vm.askToLeave()).isPresent();
    assertThat(dialogs.unsavedQuestions()).isEmpty();
  }

  @Test
  void beforeALockAChangedDraftIsSavedWithoutAsking() {
    vm.setFocus(BackRegion.NECK, Side.RIGHT);
    vm.homeCareProperty().set("Heat in the evening");

    vm.flush();

    assertThat(dialogs.unsavedQuestions()).isEmpty();
    assertThat(plans.plans(anna))
        .singleElement()
        .satisfies(p -> assertThat(p.homeCare()).isEqualTo("Heat in the evening"));
    assertThat(vm.dirtyProperty().get()).isFalse();
    assertThat(vm.editingProperty().get()).isNotNull();
  }

  @Test
  void deletingADraftAsksOnceInWordsAndSaysItIsDeleted() {
    vm.saveDraft();
    dialogs.answerConfirmWith(true);

    vm.discardDraft();

    assertThat(dialogs.confirmations()).containsExactly("Delete this draft?");
    assertThat(plans.plans(anna)).isEmpty();
    assertThat(vm.statusProperty().get()).isEqualTo("Draft deleted");
  }

  @Test
  void aNewPlanNeverSavedIsThrownAwayOnlyAfterAsking() {
    vm.discardDraft(); // declined
    assertThat(dialogs.confirmations()).containsExactly("Delete this draft?");
    assertThat(vm.editingProperty().get()).isNotNull();
  }

  @Test
  void saveAndCloseSavesTheChangesThenCloses() {
    vm.homeCareProperty().set("Stretch twice a day");

    vm.saveAndClose();

    assertThat(vm.editingProperty().get()).isNull();
    assertThat(plans.plans(anna))
        .singleElement()
        .satisfies(p -> assertThat(p.homeCare()).isEqualTo("Stretch twice a day"));
  }

  private GoalRow goal(String text, String measureCode, String baseline, String target) {
    vm.addGoal();
    GoalRow row = vm.goals().get(vm.goals().size() - 1);
    row.textProperty().set(text);
    if (measureCode != null) {
      row.measureProperty()
          .set(
              vm.instruments().stream()
                  .filter(i -> i.code().equals(measureCode))
                  .findFirst()
                  .orElseThrow());
    }
    row.baselineProperty().set(baseline);
    row.targetProperty().set(target);
    row.byDateProperty().set(TODAY.plusDays(30));
    return row;
  }
}
