package org.knotwork.session.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.session.ui.NoteViewModelFixtures.CLOCK;
import static org.knotwork.session.ui.NoteViewModelFixtures.NOW;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.HealthCondition;
import org.knotwork.db.Database;
import org.knotwork.session.QuickPhrases;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.SessionService;
import org.knotwork.session.Technique;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.ManualScheduler;
import org.knotwork.ui.RecordingDialogService;

class SessionNoteViewModelTest {
  private static final String ADVICE_PROBLEM =
      "A red-flag question was answered yes: record what you advised the client.";
  private static final String FUTURE_PROBLEM =
      "The session is in the future; check its date and time.";
  private static final String TIME_PROBLEM =
      "Enter the time of the session as hours:minutes, e.g. 14:30.";

  private Database db;
  private SessionService service;
  private RecordingDialogService dialogs;
  private ManualScheduler scheduler;
  private Client client;

  @BeforeEach
  void setUp() {
    db = Database.inMemory();
    client = NoteViewModelFixtures.practiceWithClient(db, Client.builder().fullName("Anna Berg"));
    service =
        new SessionService(
            new SessionRepository(db.dsl()),
            CLOCK,
            () -> "anna",
            org.knotwork.practice.TestTherapist::signer);
    dialogs = new RecordingDialogService();
    scheduler = new ManualScheduler();
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  private SessionNoteViewModel viewModel(SessionNote note, Client forClient) {
    return new SessionNoteViewModel(
        note,
        forClient,
        service.quickPhrases(),
        service,
        new CurrentThreadTaskExecutor(),
        dialogs,
        scheduler,
        CLOCK);
  }

  private SessionNoteViewModel newDraft() {
    return viewModel(service.startNote(client.id(), false), client);
  }

  private static AtomicInteger countSaves(SessionNoteViewModel vm) {
    AtomicInteger saves = new AtomicInteger();
    vm.savingProperty()
        .addListener(
            (o, was, now) -> {
              if (now) {
                saves.incrementAndGet();
              }
            });
    return saves;
  }

  private void answerUrgent(SessionNoteViewModel vm, RedFlagAnswer answer) {
    vm.redFlags().forEach((q, p) -> p.set(q.urgent() ? answer : RedFlagAnswer.NO));
  }

  /** Asks the emergency questions one by one, then answers the rest "No". */
  static void answerEveryQuestionNo(SessionNoteViewModel vm) {
    vm.redFlags()
        .forEach(
            (q, p) -> {
              if (q.urgent()) {
                p.set(RedFlagAnswer.NO);
              }
            });
    vm.answerRemainingNo();
  }

  // ---- autosave ----

  @Test
  void changeIsSavedTwoSecondsAfterTheLastChangeAndEachChangePushesItBack() {
    SessionNoteViewModel vm = newDraft();
    long id = vm.original().id();
    AtomicInteger saves = countSaves(vm);

    vm.chiefComplaintProperty().set("Stiff neck");
    assertThat(vm.unsavedProperty().get()).isTrue();
    assertThat(vm.saveStatusProperty().get()).isEqualTo("Unsaved changes");
    assertThat(scheduler.pending()).isEqualTo(1);

    scheduler.advance(Duration.ofMillis(1500));
    vm.chiefComplaintProperty().set("Stiff neck since Monday");
    scheduler.advance(Duration.ofMillis(1500));

    assertThat(saves).hasValue(0);
    assertThat(service.load(id).subjective().chiefComplaint()).isNull();
    assertThat(vm.unsavedProperty().get()).isTrue();

    scheduler.advance(Duration.ofMillis(500));

    assertThat(saves).hasValue(1);
    assertThat(service.load(id).subjective().chiefComplaint()).isEqualTo("Stiff neck since Monday");
    assertThat(vm.unsavedProperty().get()).isFalse();
    assertThat(vm.saveStatusProperty().get()).isEqualTo("Draft saved 10:17");
    assertThat(scheduler.pending()).isZero();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void editsInsideAFindingAlsoPushTheAutosaveBack() {
    SessionNoteViewModel vm = newDraft();
    long id = vm.original().id();
    FindingModel finding = vm.chooseRegion(BackRegion.NECK, Side.LEFT);
    vm.flush();
    AtomicInteger saves = countSaves(vm);
    TreatmentModel line = finding.addTreatment(null);
    scheduler.advance(SessionNoteViewModel.AUTOSAVE_DELAY);
    assertThat(saves).hasValue(1);

    finding.painBeforeProperty().set(4);
    scheduler.advance(Duration.ofMillis(1500));
    finding.painBeforeProperty().set(6);
    scheduler.advance(Duration.ofMillis(1500));
    line.minutesProperty().set(15);
    scheduler.advance(Duration.ofMillis(1500));
    line.minutesProperty().set(20);
    scheduler.advance(Duration.ofMillis(1500));

    assertThat(saves).hasValue(1);
    assertThat(vm.unsavedProperty().get()).isTrue();

    scheduler.advance(Duration.ofMillis(500));

    assertThat(saves).hasValue(2);
    RegionFinding saved = service.load(id).findings().get(0);
    assertThat(saved.painBefore()).isEqualTo(6);
    assertThat(saved.treatments()).extracting(t -> t.minutes()).containsExactly(20);
  }

  @Test
  void flushSavesAtOnceAndCancelsThePendingSave() {
    SessionNoteViewModel vm = newDraft();
    long id = vm.original().id();
    AtomicInteger saves = countSaves(vm);
    vm.responseProperty().set("Eased after the session");

    vm.flush();

    assertThat(saves).hasValue(1);
    assertThat(service.load(id).response()).isEqualTo("Eased after the session");
    assertThat(vm.unsavedProperty().get()).isFalse();
    assertThat(scheduler.pending()).isZero();

    scheduler.advance(SessionNoteViewModel.AUTOSAVE_DELAY);

    assertThat(saves).hasValue(1);
  }

  // ---- red flags and signing ----

  @Test
  void signingIsRefusedWhileAnUrgentQuestionIsUnanswered() {
    SessionNoteViewModel vm = newDraft();
    long id = vm.original().id();
    answerUrgent(vm, RedFlagAnswer.NO);
    vm.redFlags().get(RedFlagQuestion.LEG_WEAKNESS).set(null);
    List<SessionNote> signed = new ArrayList<>();

    vm.sign(signed::add);

    assertThat(signed).isEmpty();
    assertThat(dialogs.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.title()).isEqualTo("The note cannot be signed yet");
              assertThat(e.message())
                  .contains("Answer every emergency red-flag question, one by one (1 still open).");
            });
    assertThat(service.load(id).signed()).isFalse();
    assertThat(vm.signedNoteProperty().get()).isNull();
  }

  @Test
  void urgentYesNeedsTheAdviceRecordedBeforeTheNoteCanBeSigned() {
    SessionNoteViewModel vm = newDraft();
    long id = vm.original().id();
    answerEveryQuestionNo(vm);
    assertThat(vm.urgentBinding().get()).isFalse();
    assertThat(vm.signProblemsBinding().get()).isEmpty();

    vm.redFlags().get(RedFlagQuestion.SADDLE_NUMBNESS).set(RedFlagAnswer.YES);

    assertThat(vm.urgentBinding().get()).isTrue();
    assertThat(vm.signProblemsBinding().get()).containsExactly(ADVICE_PROBLEM);
    List<SessionNote> signed = new ArrayList<>();
    vm.sign(signed::add);
    assertThat(signed).isEmpty();
    assertThat(dialogs.errors())
        .singleElement()
        .extracting(e -> e.message())
        .isEqualTo(ADVICE_PROBLEM);
    assertThat(service.load(id).signed()).isFalse();

    vm.redFlagAdviceProperty().set("Sent to the emergency department at once; did not treat.");
    assertThat(vm.signProblemsBinding().get()).isEmpty();
    vm.sign(signed::add);

    assertThat(signed).singleElement().extracting(SessionNote::id).isEqualTo(id);
    SessionNote stored = service.load(id);
    assertThat(stored.signed()).isTrue();
    assertThat(stored.redFlagAdvice())
        .isEqualTo("Sent to the emergency department at once; did not treat.");
    assertThat(stored.urgentFlags()).containsExactly(RedFlagQuestion.SADDLE_NUMBNESS);
    assertThat(vm.signedNoteProperty().get()).isEqualTo(signed.get(0));
    assertThat(vm.saveStatusProperty().get()).isEqualTo("Signed 10:17");
    assertThat(dialogs.errors()).hasSize(1);
  }

  @Test
  void editsAfterSigningScheduleNoSave() {
    SessionNoteViewModel vm = newDraft();
    long id = vm.original().id();
    answerEveryQuestionNo(vm);
    vm.chiefComplaintProperty().set("Low back ache");
    vm.sign(n -> {});
    assertThat(vm.signedNoteProperty().get()).isNotNull();
    assertThat(scheduler.pending()).isZero();

    vm.chiefComplaintProperty().set("Changed after signing");
    vm.chooseRegion(BackRegion.NECK, Side.LEFT).painBeforeProperty().set(4);

    assertThat(scheduler.pending()).isZero();
    assertThat(vm.unsavedProperty().get()).isFalse();
    scheduler.advance(SessionNoteViewModel.AUTOSAVE_DELAY);
    vm.flush();
    assertThat(service.load(id).subjective().chiefComplaint()).isEqualTo("Low back ache");
    assertThat(service.load(id).findings()).isEmpty();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void answerRemainingNoAnswersOnlyTheOpenQuestionsAndKeepsAYes() {
    SessionNoteViewModel vm = newDraft();
    vm.redFlags().get(RedFlagQuestion.BOWEL_CHANGE).set(RedFlagAnswer.YES);
    vm.redFlags().get(RedFlagQuestion.NIGHT_PAIN).set(RedFlagAnswer.YES);

    vm.answerRemainingNo();

    Map<RedFlagQuestion, RedFlagAnswer> answers = vm.draft().redFlags();
    int others = (int) vm.askedQuestions().stream().filter(q -> !q.urgent()).count();
    assertThat(answers).hasSize(others + 1);
    assertThat(answers)
        .containsEntry(RedFlagQuestion.BOWEL_CHANGE, RedFlagAnswer.YES)
        .containsEntry(RedFlagQuestion.NIGHT_PAIN, RedFlagAnswer.YES);
    assertThat(answers.entrySet())
        .filteredOn(e -> e.getValue() == RedFlagAnswer.NO)
        .hasSize(others - 1);
  }

  @Test
  void answerTheRestNoNeverAnswersAnUrgentQuestion() {
    SessionNoteViewModel vm = newDraft();

    vm.answerRemainingNo();

    assertThat(vm.redFlags().entrySet())
        .filteredOn(e -> e.getKey().urgent())
        .isNotEmpty()
        .allMatch(e -> e.getValue().get() == null);
  }

  @Test
  void aSameDayYesStopsTreatmentAndSigningRecordsThatTheSessionEndedWithoutIt() {
    SessionNoteViewModel vm = newDraft();
    long id = vm.original().id();
    answerEveryQuestionNo(vm);
    FindingModel back = vm.chooseRegion(BackRegion.LOWER_BACK, Side.RIGHT);
    back.painBeforeProperty().set(6); // findings stay, only treatment stops
    back.addTreatment(null);
    assertThat(vm.noTreatmentBinding().get()).isFalse();

    vm.redFlags().get(RedFlagQuestion.CALF_CLOT).set(RedFlagAnswer.YES);
    vm.useSuggestedAdvice();

    assertThat(vm.noTreatmentBinding().get()).isTrue();
    assertThat(vm.urgentBinding().get()).isFalse();
    assertThat(vm.redFlagAdviceProperty().get()).contains("No massage today");
    assertThat(vm.signProblemsBinding().get()).anyMatch(p -> p.contains("remove the techniques"));

    back.removeTreatment(back.treatments().get(0));
    assertThat(vm.signProblemsBinding().get()).isEmpty();
    vm.sign(n -> {});

    SessionNote stored = service.load(id);
    assertThat(stored.signed()).isTrue();
    assertThat(stored.endedWithoutTreatment()).isTrue();
    assertThat(stored.findings()).hasSize(1);
  }

  @Test
  void aQuestionTheRecordRaisesIsAskedWithItsReason() {
    Client withCancer =
        client.toBuilder()
            .conditions(List.of(ConditionEntry.of(HealthCondition.CANCER_HISTORY)))
            .build();
    SessionNoteViewModel vm = viewModel(service.startNote(client.id(), false), withCancer);

    assertThat(vm.askedQuestions()).contains(RedFlagQuestion.CANCER_NEW_PAIN);
    assertThat(vm.reasonAsked(RedFlagQuestion.CANCER_NEW_PAIN))
        .contains("history of cancer on the health history");
    answerEveryQuestionNo(vm);
    assertThat(vm.draft().redFlags()).containsKey(RedFlagQuestion.CANCER_NEW_PAIN);
  }

  // ---- findings from the body chart ----

  @Test
  void choosingARegionAddsOneFindingPerRegionAndSideAndSelectsIt() {
    SessionNoteViewModel vm = newDraft();

    FindingModel right = vm.chooseRegion(BackRegion.LOWER_BACK, Side.RIGHT);

    assertThat(vm.findings()).containsExactly(right);
    assertThat(right.region()).isEqualTo(BackRegion.LOWER_BACK);
    assertThat(right.sideProperty().get()).isEqualTo(Side.RIGHT);
    assertThat(vm.selectedProperty().get()).isSameAs(right);

    FindingModel again = vm.chooseRegion(BackRegion.LOWER_BACK, Side.RIGHT);

    assertThat(again).isSameAs(right);
    assertThat(vm.findings()).hasSize(1);

    FindingModel left = vm.chooseRegion(BackRegion.LOWER_BACK, Side.LEFT);

    assertThat(left).isNotSameAs(right);
    assertThat(left.sideProperty().get()).isEqualTo(Side.LEFT);
    assertThat(vm.findings()).containsExactly(right, left);
    assertThat(vm.selectedProperty().get()).isSameAs(left);
  }

  @Test
  void clickingEitherSideSelectsABilateralFinding() {
    SessionNoteViewModel vm = newDraft();
    FindingModel first = vm.chooseRegion(BackRegion.LOWER_BACK, Side.RIGHT);
    vm.chooseRegion(BackRegion.LOWER_BACK, Side.LEFT);
    first.sideProperty().set(Side.BILATERAL);

    FindingModel chosen = vm.chooseRegion(BackRegion.LOWER_BACK, Side.LEFT);

    assertThat(chosen).isSameAs(first);
    assertThat(vm.selectedProperty().get()).isSameAs(first);
    assertThat(vm.findings()).hasSize(2);
  }

  @Test
  void removingTheSelectedFindingSelectsTheFirstRemaining() {
    SessionNoteViewModel vm = newDraft();
    FindingModel right = vm.chooseRegion(BackRegion.LOWER_BACK, Side.RIGHT);
    FindingModel left = vm.chooseRegion(BackRegion.LOWER_BACK, Side.LEFT);

    vm.removeFinding(left);

    assertThat(vm.findings()).containsExactly(right);
    assertThat(vm.selectedProperty().get()).isSameAs(right);

    vm.removeFinding(right);

    assertThat(vm.findings()).isEmpty();
    assertThat(vm.selectedProperty().get()).isNull();
  }

  // ---- copy forward ----

  @Test
  void copiedFindingStaysCarriedOverUntilOneOfItsFieldsIsTouched() {
    NoteViewModelFixtures.signedNote(
        service,
        client.id(),
        NOW.minusDays(7),
        List.of(NoteViewModelFixtures.lowerBackRight(), NoteViewModelFixtures.glutesBilateral()));
    SessionNoteViewModel vm = viewModel(service.startNote(client.id(), true), client);
    long id = vm.original().id();

    assertThat(vm.findings())
        .extracting(FindingModel::label)
        .containsExactly("Lower back R", "Glutes bilateral");
    assertThat(vm.findings()).allMatch(f -> f.carriedOverProperty().get());
    FindingModel lowerBack = vm.findings().get(0);
    FindingModel glutes = vm.findings().get(1);
    assertThat(lowerBack.treatments())
        .extracting(t -> t.techniqueProperty().get())
        .containsExactly(Technique.DEEP_TISSUE, Technique.STRETCHING);
    assertThat(lowerBack.painBeforeProperty().get()).isEqualTo(7);

    lowerBack.painBeforeProperty().set(5);

    assertThat(lowerBack.carriedOverProperty().get()).isFalse();
    assertThat(glutes.carriedOverProperty().get()).isTrue();
    assertThat(vm.unsavedProperty().get()).isTrue();

    scheduler.advance(SessionNoteViewModel.AUTOSAVE_DELAY);

    List<RegionFinding> saved = service.load(id).findings();
    assertThat(saved).extracting(RegionFinding::carriedOver).containsExactly(false, true);
    assertThat(saved.get(0).painBefore()).isEqualTo(5);
    assertThat(saved.get(1).observations()).isEqualTo("Piriformis tender on the left");
  }

  @Test
  void changingATechniqueLineAlsoClearsCarriedOver() {
    NoteViewModelFixtures.signedNote(
        service, client.id(), NOW.minusDays(7), List.of(NoteViewModelFixtures.lowerBackRight()));
    SessionNoteViewModel vm = viewModel(service.startNote(client.id(), true), client);
    FindingModel lowerBack = vm.findings().get(0);

    lowerBack.treatments().get(0).minutesProperty().set(20);

    assertThat(lowerBack.carriedOverProperty().get()).isFalse();
    assertThat(scheduler.pending()).isEqualTo(1);
  }

  // ---- quick phrases ----

  @Test
  void quickPhraseBeforeTheCaretIsExpandedAndTheCaretMovesToItsEnd() {
    SessionNoteViewModel vm = newDraft();

    assertThat(vm.expandQuickPhrase("Upper trap ;ht", 14))
        .contains(new QuickPhrases.Expansion("Upper trap hypertonic", 21));
  }

  @Test
  void unknownQuickPhraseExpandsToNothing() {
    SessionNoteViewModel vm = newDraft();

    assertThat(vm.expandQuickPhrase("Upper trap ;zzq", 15)).isEmpty();
  }

  @Test
  void quickPhraseAbbreviationIgnoresCase() {
    SessionNoteViewModel vm = newDraft();

    assertThat(vm.expandQuickPhrase("Upper trap ;HT", 14))
        .contains(new QuickPhrases.Expansion("Upper trap hypertonic", 21));
  }

  // ---- cautions ----

  @Test
  void deepTissueForAClientOnAnticoagulantsIsCautioned() {
    Client onWarfarin =
        NoteViewModelFixtures.client(
            db,
            Client.builder()
                .fullName("Ben Okafor")
                .conditions(List.of(ConditionEntry.of(HealthCondition.ANTICOAGULANTS))));
    SessionNoteViewModel vm = viewModel(service.startNote(onWarfarin.id(), false), onWarfarin);
    FindingModel finding = vm.chooseRegion(BackRegion.LOWER_BACK, Side.RIGHT);
    TreatmentModel line = finding.addTreatment(null);
    assertThat(vm.cautionsFor(finding)).isEmpty();

    line.techniqueProperty().set(Technique.DEEP_TISSUE);

    assertThat(vm.cautionsFor(finding)).singleElement().asString().contains("Anticoagulants");
  }

  @Test
  void glutesWithoutWrittenConsentAreCautioned() {
    SessionNoteViewModel vm = newDraft();

    FindingModel glutes = vm.chooseRegion(BackRegion.GLUTES, Side.LEFT);

    assertThat(vm.cautionsFor(glutes))
        .containsExactly(
            "No written consent on file for work on the glutes. Get it signed before treating here.");
  }

  @Test
  void glutesWithWrittenConsentOnFileAreNotCautioned() {
    Client consented =
        NoteViewModelFixtures.client(
            db,
            Client.builder()
                .fullName("Cara Lind")
                .regionConsents(Map.of(BackRegion.GLUTES, NOW.toLocalDate().minusDays(30))));
    SessionNoteViewModel vm = viewModel(service.startNote(consented.id(), false), consented);

    FindingModel glutes = vm.chooseRegion(BackRegion.GLUTES, Side.LEFT);

    assertThat(vm.cautionsFor(glutes)).isEmpty();
  }

  @Test
  void signingWithCautionsShowsThemAndAsksOnceBeforeTheNoteBecomesPermanent() {
    Client onWarfarin =
        NoteViewModelFixtures.client(
            db,
            Client.builder()
                .fullName("Ben Okafor")
                .conditions(List.of(ConditionEntry.of(HealthCondition.ANTICOAGULANTS))));
    SessionNoteViewModel vm = viewModel(service.startNote(onWarfarin.id(), false), onWarfarin);
    long id = vm.original().id();
    answerEveryQuestionNo(vm);
    vm.chooseRegion(BackRegion.LOWER_BACK, Side.RIGHT)
        .addTreatment(null)
        .techniqueProperty()
        .set(Technique.DEEP_TISSUE);
    vm.chooseRegion(BackRegion.GLUTES, Side.LEFT);
    List<SessionNote> signed = new ArrayList<>();

    vm.sign(signed::add);

    assertThat(dialogs.confirmations()).containsExactly("Sign with something unresolved?");
    assertThat(dialogs.confirmMessages())
        .singleElement()
        .asString()
        .contains("Lower back R: Anticoagulants")
        .contains("Glutes L: No written consent on file for work on the glutes");
    assertThat(signed).as("Go back leaves the draft unsigned").isEmpty();
    assertThat(service.load(id).signed()).isFalse();

    dialogs.answerConfirmWith(true);
    vm.sign(signed::add);

    assertThat(dialogs.confirmations()).hasSize(2);
    assertThat(signed).singleElement().extracting(SessionNote::id).isEqualTo(id);
    assertThat(service.load(id).signed()).isTrue();
  }

  @Test
  void aRegionCopiedFromTheLastNoteIsNamedAtSigningUntilItIsCheckedAsStillTrue() {
    NoteViewModelFixtures.signedNote(
        service, client.id(), NOW.minusDays(7), List.of(NoteViewModelFixtures.lowerBackRight()));
    SessionNoteViewModel vm = viewModel(service.startNote(client.id(), true), client);
    answerEveryQuestionNo(vm);
    List<SessionNote> signed = new ArrayList<>();

    vm.sign(signed::add);

    assertThat(dialogs.confirmations()).containsExactly("Sign with something unresolved?");
    assertThat(dialogs.confirmMessages())
        .singleElement()
        .asString()
        .contains("Lower back R: copied from the last note and not checked");
    assertThat(signed).as("Go back leaves it unsigned").isEmpty();

    vm.findings().get(0).confirmCarriedOver();
    vm.sign(signed::add);

    assertThat(dialogs.confirmations()).as("nothing left to ask about").hasSize(1);
    assertThat(signed).singleElement().satisfies(n -> assertThat(n.findings()).hasSize(1));
    assertThat(signed.get(0).findings().get(0).carriedOver()).isFalse();
  }

  @Test
  void aRegionWithNothingRecordedAndAnEmptyNoteAreNamedAtSigning() {
    SessionNoteViewModel empty = newDraft();
    answerEveryQuestionNo(empty);
    empty.sign(n -> {});
    assertThat(dialogs.confirmMessages())
        .singleElement()
        .asString()
        .contains("Nothing is recorded yet: no complaint and no region");

    empty.chooseRegion(BackRegion.MID_BACK, Side.RIGHT); // a stray click on the chart
    empty.sign(n -> {});
    assertThat(dialogs.confirmMessages().get(1))
        .contains("Mid back R: nothing is recorded for this region")
        .doesNotContain("no complaint and no region");
  }

  @Test
  void aNoteWithNothingUnresolvedSignsWithoutAQuestion() {
    SessionNoteViewModel vm = newDraft();
    answerEveryQuestionNo(vm);
    vm.chooseRegion(BackRegion.LOWER_BACK, Side.RIGHT).painBeforeProperty().set(5);
    List<SessionNote> signed = new ArrayList<>();

    vm.sign(signed::add);

    assertThat(dialogs.confirmations()).isEmpty();
    assertThat(signed).hasSize(1);
  }

  @Test
  void anOpenRedFlagIsNeverWavedThroughEvenWhenCautionsAreAccepted() {
    SessionNoteViewModel vm = newDraft();
    long id = vm.original().id();
    answerUrgent(vm, RedFlagAnswer.NO);
    vm.redFlags().get(RedFlagQuestion.SADDLE_NUMBNESS).set(RedFlagAnswer.YES);
    vm.chooseRegion(BackRegion.GLUTES, Side.LEFT);
    dialogs.answerConfirmWith(true);
    List<SessionNote> signed = new ArrayList<>();

    vm.sign(signed::add);

    assertThat(dialogs.confirmations()).isEmpty();
    assertThat(dialogs.errors())
        .singleElement()
        .extracting(e -> e.message())
        .isEqualTo(ADVICE_PROBLEM);
    assertThat(signed).isEmpty();
    assertThat(service.load(id).signed()).isFalse();
  }

  // ---- session date and time ----

  @Test
  void sessionInTheFutureCannotBeSigned() {
    SessionNoteViewModel vm = newDraft();
    answerEveryQuestionNo(vm);
    assertThat(vm.signProblemsBinding().get()).isEmpty();

    vm.serviceDateProperty().set(NOW.toLocalDate().plusDays(1));

    assertThat(vm.signProblemsBinding().get()).containsExactly(FUTURE_PROBLEM);
  }

  @Test
  void malformedSessionTimeCannotBeSigned() {
    SessionNoteViewModel vm = newDraft();
    answerEveryQuestionNo(vm);
    assertThat(vm.serviceTimeProperty().get()).isEqualTo("10:15");

    vm.serviceTimeProperty().set("25:99");

    assertThat(vm.signProblemsBinding().get()).containsExactly(TIME_PROBLEM);
  }
}
