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
import org.knotwork.ui.OpenEditors;
import org.knotwork.ui.RecordingDialogService;

class PlansViewModelTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 0);
  private static final LocalDate TODAY = NOW.toLocalDate();
  private Database db;
  private PlanService plans;
  private OutcomeService outcomes;
  private PlansViewModel vm;
  private PlanEditorViewModel editor;
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
    editor = vm.editor();
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

    editor.showProblemsProperty().set(true);

    assertThat(oswestry.problems(TODAY))
        .containsEntry("target", "On this measure lower is better: aim below the starting score.");
    assertThat(psfs.problems(TODAY))
        .containsEntry("target", "On this measure higher is better: aim above the starting score.");
    assertThat(editor.problemsProperty().get()).containsKeys("goal.0.target", "goal.1.target");
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
    editor.reassessOnProperty().set(TODAY.minusDays(1));

    assertThat(row.problems(TODAY))
        .containsEntry("byDate", "The target date has to be after today.");
    assertThat(editor.problemsProperty().get())
        .containsEntry("reassessOn", "The reassessment date has to be after today.");
  }

  @Test
  void aDraftWithProblemsIsNotSavedAndTheProblemsShow() {
    goal("", null, "", "");

    editor.saveDraft();

    assertThat(editor.showProblemsProperty().get()).isTrue();
    assertThat(vm.statusProperty().get())
        .isEqualTo("Check the marked fields; nothing was saved yet.");
    assertThat(plans.plans(anna)).isEmpty();
  }

  @Test
  void agreeingWithConsentMakesTheActivePlanAndDecliningTheReplacementKeepsIt() {
    editor.setFocus(BackRegion.LOWER_BACK, Side.BILATERAL);
    goal("Carry the shopping", Instrument.PSFS, "4", "8");
    editor.agree();
    assertThat(plans.active(anna)).map(p -> p.consentOn()).contains(TODAY);
    assertThat(editor.editingProperty().get()).isNull();
    assertThat(vm.revisionProperty().get()).isEqualTo(1);

    vm.revise();
    editor.impressionProperty().set("A second opinion");
    dialogs.answerConfirmWith(false);
    editor.agree();

    assertThat(dialogs.confirmations()).containsExactly("Replace the active plan?");
    assertThat(plans.plans(anna)).extracting(p -> p.status()).containsExactly(PlanStatus.ACTIVE);
    assertThat(editor.editingProperty().get()).isNotNull(); // still editing the revision
  }

  @Test
  void agreeingWithoutARegionOrGoalSaysWhatIsMissing() {
    editor.agree();
    assertThat(vm.statusProperty().get()).isEqualTo("Choose at least one region to work on.");
    assertThat(plans.plans(anna)).isEmpty();
  }

  @Test
  void openingAnotherClientKeepsAValidUnsavedDraft() {
    editor.impressionProperty().set("Tight lower back after long drives");
    assertThat(editor.dirtyProperty().get()).isTrue();

    vm.load(ben);

    assertThat(plans.plans(anna))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(PlanStatus.DRAFT);
              assertThat(p.impression()).isEqualTo("Tight lower back after long drives");
            });
    assertThat(editor.editingProperty().get()).isNull();
    assertThat(vm.plans()).isEmpty();
  }

  @Test
  void leavingWithAnUnsavedDraftAsksAndSaveStoresItBeforeGoingOn() {
    editor.setFocus(BackRegion.LOWER_BACK, Side.LEFT_GREATER);
    editor.homeCareProperty().set("Walk after lunch");
    dialogs.answerUnsavedChangesWith(UnsavedChoice.SAVE);
    List<String> done = new ArrayList<>();

    leaving().leave(() -> done.add("left"));

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
    editor.homeCareProperty().set("Walk after lunch");
    assertThat(leaving().leave(() -> {})).isFalse(); // Keep editing is the preset answer
    assertThat(editor.editingProperty().get()).isNotNull();

    dialogs.answerUnsavedChangesWith(UnsavedChoice.DISCARD);
    List<String> done = new ArrayList<>();
    leaving().leave(() -> done.add("left"));

    assertThat(done).containsExactly("left");
    assertThat(editor.editingProperty().get()).isNull();
    assertThat(plans.plans(anna)).isEmpty();
  }

  @Test
  void nothingIsAskedWhenTheDraftHasNoChanges() {
    editor.stopEditing();
    assertThat(editor.hasUnsavedChanges()).isFalse();
    assertThat(leaving().leave(() -> {})).isTrue();
    assertThat(dialogs.unsavedQuestions()).isEmpty();
  }

  @Test
  void beforeALockAChangedDraftIsSavedWithoutAsking() {
    editor.setFocus(BackRegion.NECK, Side.RIGHT);
    editor.homeCareProperty().set("Heat in the evening");

    editor.saveQuietly();

    assertThat(dialogs.unsavedQuestions()).isEmpty();
    assertThat(plans.plans(anna))
        .singleElement()
        .satisfies(p -> assertThat(p.homeCare()).isEqualTo("Heat in the evening"));
    assertThat(editor.dirtyProperty().get()).isFalse();
    assertThat(editor.editingProperty().get()).isNotNull();
  }

  @Test
  void deletingADraftAsksOnceInWordsAndSaysItIsDeleted() {
    editor.saveDraft();
    dialogs.answerConfirmWith(true);

    editor.discardDraft();

    assertThat(dialogs.confirmations()).containsExactly("Delete this draft?");
    assertThat(plans.plans(anna)).isEmpty();
    assertThat(vm.statusProperty().get()).isEqualTo("Draft deleted");
  }

  @Test
  void aNewPlanNeverSavedIsThrownAwayOnlyAfterAsking() {
    editor.discardDraft(); // declined
    assertThat(dialogs.confirmations()).containsExactly("Delete this draft?");
    assertThat(editor.editingProperty().get()).isNotNull();
  }

  @Test
  void saveAndCloseSavesTheChangesThenCloses() {
    editor.homeCareProperty().set("Stretch twice a day");

    editor.saveAndClose();

    assertThat(editor.editingProperty().get()).isNull();
    assertThat(plans.plans(anna))
        .singleElement()
        .satisfies(p -> assertThat(p.homeCare()).isEqualTo("Stretch twice a day"));
  }

  /** The leaving paths as the window has them, with only this editor registered. */
  private OpenEditors leaving() {
    OpenEditors editors = new OpenEditors(dialogs);
    editors.register(editor);
    return editors;
  }

  private GoalRow goal(String text, String measureCode, String baseline, String target) {
    editor.addGoal();
    GoalRow row = editor.goals().get(editor.goals().size() - 1);
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
