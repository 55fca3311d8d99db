package org.knotwork.session.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.session.ui.NoteViewModelFixtures.CLOCK;
import static org.knotwork.session.ui.NoteViewModelFixtures.NOW;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.db.Database;
import org.knotwork.session.Addendum;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.SessionService;
import org.knotwork.session.SessionSummary;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.ManualScheduler;
import org.knotwork.ui.RecordingDialogService;

class NotesViewModelTest {
  private Database db;
  private SessionService service;
  private RecordingDialogService dialogs;
  private NotesViewModel vm;
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
    vm = new NotesViewModel(service, new CurrentThreadTaskExecutor(), dialogs, scheduler, CLOCK);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  private SessionNote signedDaysAgo(int days) {
    return NoteViewModelFixtures.signedNote(
        service, client.id(), NOW.minusDays(days), List.of(NoteViewModelFixtures.lowerBackRight()));
  }

  private List<SessionSummary> drafts() {
    return vm.notes().stream().filter(n -> n.status() == NoteStatus.DRAFT).toList();
  }

  @Test
  void showListsTheClientsNotesNewestFirst() {
    SessionNote threeWeeksAgo = signedDaysAgo(21);
    SessionNote lastWeek = signedDaysAgo(7);
    SessionNote twoWeeksAgo = signedDaysAgo(14);
    Client other = NoteViewModelFixtures.client(db, Client.builder().fullName("Ben Okafor"));
    service.startNote(other.id(), false);

    vm.show(client);

    assertThat(vm.clientProperty().get()).isEqualTo(client);
    assertThat(vm.notes())
        .extracting(SessionSummary::id)
        .containsExactly(lastWeek.id(), twoWeeksAgo.id(), threeWeeksAgo.id());
    assertThat(vm.draftProperty().get()).isNull();
    assertThat(vm.readingProperty().get()).isNull();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void startingANoteOpensItAsADraftAndListsIt() {
    signedDaysAgo(7);
    vm.show(client);

    vm.startNote(false);

    SessionNoteViewModel draft = vm.draftProperty().get();
    assertThat(draft).isNotNull();
    assertThat(draft.findings()).isEmpty();
    assertThat(vm.readingProperty().get()).isNull();
    assertThat(drafts())
        .singleElement()
        .extracting(SessionSummary::id)
        .isEqualTo(draft.original().id());
    assertThat(vm.notes()).hasSize(2);
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void openingASignedNoteShowsItForReadingAndClosesTheDraft() {
    SessionNote signed = signedDaysAgo(7);
    vm.show(client);
    vm.startNote(false);
    assertThat(vm.draftProperty().get()).isNotNull();

    vm.open(signed.id());

    assertThat(vm.draftProperty().get()).isNull();
    assertThat(vm.readingProperty().get()).isEqualTo(service.load(signed.id()));
  }

  @Test
  void signingTheOpenDraftSwitchesToReadingIt() {
    vm.show(client);
    vm.startNote(false);
    SessionNoteViewModel draft = vm.draftProperty().get();
    long id = draft.original().id();
    SessionNoteViewModelTest.answerEveryQuestionNo(draft);
    draft.chiefComplaintProperty().set("Stiff after gardening");

    draft.sign(vm::signed);

    assertThat(vm.draftProperty().get()).isNull();
    assertThat(vm.readingProperty().get().id()).isEqualTo(id);
    assertThat(vm.readingProperty().get().signed()).isTrue();
    assertThat(vm.notes())
        .singleElement()
        .extracting(SessionSummary::status)
        .isEqualTo(NoteStatus.SIGNED);
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void addendumIsAppendedToTheNoteBeingRead() {
    SessionNote signed = signedDaysAgo(7);
    vm.show(client);
    vm.open(signed.id());

    vm.addAddendum("Wrong pain score", "Pain after was 2, not 3.");

    assertThat(vm.readingProperty().get().addenda())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.reason()).isEqualTo("Wrong pain score");
              assertThat(a.text()).isEqualTo("Pain after was 2, not 3.");
              assertThat(a.writtenAt()).isEqualTo(NOW);
            });
    assertThat(service.load(signed.id()).addenda())
        .extracting(Addendum::text)
        .containsExactly("Pain after was 2, not 3.");
    assertThat(vm.notes()).singleElement().extracting(SessionSummary::addenda).isEqualTo(1);
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void discardingADraftDeletesItOnlyWhenConfirmed() {
    vm.show(client);
    vm.startNote(false);
    long id = vm.draftProperty().get().original().id();

    vm.discardDraft();

    assertThat(dialogs.confirmations()).containsExactly("Discard this draft?");
    assertThat(vm.draftProperty().get()).isNotNull();
    assertThat(service.load(id).status()).isEqualTo(NoteStatus.DRAFT);
    assertThat(drafts()).extracting(SessionSummary::id).containsExactly(id);

    dialogs.answerConfirmWith(true);
    vm.discardDraft();

    assertThat(dialogs.confirmations()).hasSize(2);
    assertThat(vm.draftProperty().get()).isNull();
    assertThat(vm.notes()).isEmpty();
    assertThatThrownBy(() -> service.load(id)).isInstanceOf(IllegalStateException.class);
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void waitingDraftShowsADraftThatIsNotOpenUntilItIsOpened() {
    signedDaysAgo(7);
    SessionNote leftOver = service.startNote(client.id(), false);

    vm.show(client);

    assertThat(vm.waitingDraftBinding().get())
        .get()
        .extracting(SessionSummary::id)
        .isEqualTo(leftOver.id());

    vm.open(leftOver.id());

    assertThat(vm.draftProperty().get().original().id()).isEqualTo(leftOver.id());
    assertThat(vm.waitingDraftBinding().get()).isEmpty();
  }

  @Test
  void theDraftsEntryInTheListShowsWhatWasSaved() {
    vm.show(client);
    vm.startNote(false);
    SessionNoteViewModel draft = vm.draftProperty().get();
    assertThat(drafts()).singleElement().extracting(SessionSummary::regions).isEqualTo("");

    draft.chooseRegion(BackRegion.LOWER_BACK, Side.RIGHT).painBeforeProperty().set(6);
    scheduler.advance(SessionNoteViewModel.AUTOSAVE_DELAY);

    assertThat(draft.saveStatusProperty().get()).startsWith("Draft saved");
    assertThat(drafts())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.regions()).contains("Lower back");
              assertThat(d.painBefore()).isEqualTo(6);
            });
    assertThat(vm.draftProperty().get()).isSameAs(draft);
  }
}
