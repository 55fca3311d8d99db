package org.knotwork.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.Database;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.DialogService.UnsavedChoice;
import org.knotwork.ui.FakeUnsavedWork;
import org.knotwork.ui.RecordingDialogService;
import org.knotwork.ui.TaskExecutor;

class ClientWorkspaceViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);
  private static final String ANNA_PHONE = "07700 900123";
  private static final String EDITED_PHONE = "07700 900999";

  private Database db;
  private ClientRepository repository;
  private ClientService service;
  private RecordingDialogService dialogs;
  private ClientEditorViewModel editor;
  private ClientListViewModel list;
  private ClientWorkspaceViewModel vm;
  private long anna;
  private long ben;

  @BeforeEach
  void setUp() {
    db = Database.inMemory();
    repository = new ClientRepository(db.dsl());
    service = new ClientService(repository, CLOCK);
    dialogs = new RecordingDialogService();
    TaskExecutor executor = new CurrentThreadTaskExecutor();
    editor = new ClientEditorViewModel(service, executor, dialogs, CLOCK);
    list = new ClientListViewModel(service, executor, dialogs);
    vm = new ClientWorkspaceViewModel(list, editor, dialogs);
    anna = service.save(Client.builder().fullName("Anna Berg").phone(ANNA_PHONE).build()).id();
    ben = service.save(Client.builder().fullName("Ben Okafor").build()).id();
    vm.start();
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void startLoadsTheList() {
    assertThat(list.clients()).extracting(ClientSummary::id).containsExactlyInAnyOrder(anna, ben);
    assertThat(vm.editorOpenProperty().get()).isFalse();
  }

  @Test
  void openingAnotherClientWithoutUnsavedChangesOpensItWithoutAsking() {
    assertThat(vm.open(anna)).isTrue();
    assertThat(vm.editorOpenProperty().get()).isTrue();

    assertThat(vm.open(ben)).isTrue();

    assertThat(editor.storedProperty().get().id()).isEqualTo(ben);
    assertThat(editor.fullNameProperty().get()).isEqualTo("Ben Okafor");
    assertThat(dialogs.unsavedQuestions()).isEmpty();
  }

  @Test
  void cancelOnTheUnsavedChangesQuestionKeepsTheCurrentClientAndItsEdits() {
    vm.open(anna);
    editor.phoneProperty().set(EDITED_PHONE);
    dialogs.answerUnsavedChangesWith(UnsavedChoice.CANCEL);

    boolean moved = vm.open(ben);

    assertThat(moved).isFalse();
    assertThat(dialogs.unsavedQuestions()).containsExactly("the intake form of Anna Berg");
    assertThat(editor.storedProperty().get().id()).isEqualTo(anna);
    assertThat(editor.phoneProperty().get()).isEqualTo(EDITED_PHONE);
    assertThat(editor.dirtyBinding().get()).isTrue();
    assertThat(service.load(anna).phone()).isEqualTo(ANNA_PHONE);
  }

  @Test
  void discardOnTheUnsavedChangesQuestionOpensTheOtherClientAndDropsTheEdits() {
    vm.open(anna);
    editor.phoneProperty().set(EDITED_PHONE);
    dialogs.answerUnsavedChangesWith(UnsavedChoice.DISCARD);

    boolean moved = vm.open(ben);

    assertThat(moved).isTrue();
    assertThat(editor.storedProperty().get().id()).isEqualTo(ben);
    assertThat(editor.dirtyBinding().get()).isFalse();
    assertThat(service.load(anna).phone()).isEqualTo(ANNA_PHONE);

    vm.open(anna);
    assertThat(editor.phoneProperty().get()).isEqualTo(ANNA_PHONE);
  }

  @Test
  void saveOnTheUnsavedChangesQuestionSavesThenOpensTheOtherClient() {
    vm.open(anna);
    editor.phoneProperty().set(EDITED_PHONE);
    dialogs.answerUnsavedChangesWith(UnsavedChoice.SAVE);

    boolean moved = vm.open(ben);

    assertThat(moved).isTrue();
    assertThat(service.load(anna).phone()).isEqualTo(EDITED_PHONE);
    assertThat(editor.storedProperty().get().id()).isEqualTo(ben);
    assertThat(editor.dirtyBinding().get()).isFalse();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void saveOnTheUnsavedChangesQuestionWithInvalidEditsKeepsTheCurrentClient() {
    vm.open(anna);
    editor.emailProperty().set("not an address");
    dialogs.answerUnsavedChangesWith(UnsavedChoice.SAVE);

    boolean moved = vm.open(ben);

    assertThat(moved).isFalse();
    assertThat(dialogs.errors())
        .extracting(RecordingDialogService.ShownError::title)
        .containsExactly("Some fields need attention");
    assertThat(editor.storedProperty().get().id()).isEqualTo(anna);
    assertThat(editor.emailProperty().get()).isEqualTo("not an address");
    assertThat(service.load(anna).email()).isNull();
  }

  @Test
  void startNewWithUnsavedChangesAsksFirst() {
    vm.open(anna);
    editor.phoneProperty().set(EDITED_PHONE);

    dialogs.answerUnsavedChangesWith(UnsavedChoice.CANCEL);
    assertThat(vm.startNew()).isFalse();
    assertThat(editor.storedProperty().get().id()).isEqualTo(anna);
    assertThat(editor.phoneProperty().get()).isEqualTo(EDITED_PHONE);

    dialogs.answerUnsavedChangesWith(UnsavedChoice.DISCARD);
    assertThat(vm.startNew()).isTrue();
    assertThat(editor.storedProperty().get().id()).isNull();
    assertThat(editor.fullNameProperty().get()).isEmpty();
    assertThat(editor.phoneProperty().get()).isEmpty();
    assertThat(vm.editorOpenProperty().get()).isTrue();

    assertThat(dialogs.unsavedQuestions())
        .containsExactly("the intake form of Anna Berg", "the intake form of Anna Berg");
    assertThat(service.load(anna).phone()).isEqualTo(ANNA_PHONE);
  }

  @Test
  void startNewWithUnsavedChangesAndSaveStoresTheEditsFirst() {
    vm.open(anna);
    editor.phoneProperty().set(EDITED_PHONE);
    dialogs.answerUnsavedChangesWith(UnsavedChoice.SAVE);

    assertThat(vm.startNew()).isTrue();

    assertThat(service.load(anna).phone()).isEqualTo(EDITED_PHONE);
    assertThat(editor.storedProperty().get().id()).isNull();
  }

  @Test
  void unsavedNewClientIsAskedAboutByItsTypedNameOrAsThisNewClient() {
    vm.startNew();
    editor.phoneProperty().set(EDITED_PHONE);
    vm.open(anna);
    editor.fullNameProperty().set("Cara Lind");
    vm.open(anna);

    assertThat(dialogs.unsavedQuestions())
        .containsExactly("the intake form of this new client", "the intake form of Cara Lind");
  }

  @Test
  void cancellingANewRecordThatWasNeverSavedClosesTheEditor() {
    vm.startNew();
    editor.fullNameProperty().set("Cara Lind");

    vm.cancel();

    assertThat(vm.editorOpenProperty().get()).isFalse();
    assertThat(editor.fullNameProperty().get()).isEmpty();
    assertThat(repository.count()).isEqualTo(2);
  }

  @Test
  void cancellingEditsOfAStoredClientRevertsButKeepsTheEditorOpen() {
    vm.open(anna);
    editor.phoneProperty().set(EDITED_PHONE);

    vm.cancel();

    assertThat(vm.editorOpenProperty().get()).isTrue();
    assertThat(editor.phoneProperty().get()).isEqualTo(ANNA_PHONE);
    assertThat(editor.dirtyBinding().get()).isFalse();
  }

  @Test
  void archivingAsksFirstAndDoesNothingWhenDeclined() {
    vm.open(anna);
    dialogs.answerConfirmWith(false);
    List<Client> done = new ArrayList<>();

    vm.toggleArchived(done::add);

    assertThat(dialogs.confirmations()).containsExactly("Archive this client?");
    assertThat(done).isEmpty();
    assertThat(editor.storedProperty().get().isArchived()).isFalse();
    assertThat(vm.archivedBinding().get()).isFalse();
    assertThat(service.load(anna).isArchived()).isFalse();
  }

  @Test
  void archivingWhenConfirmedArchivesAndTakesTheClientOffTheList() {
    vm.open(anna);
    dialogs.answerConfirmWith(true);
    List<Client> done = new ArrayList<>();

    vm.toggleArchived(done::add);

    assertThat(done).extracting(Client::id).containsExactly(anna);
    assertThat(vm.archivedBinding().get()).isTrue();
    assertThat(service.load(anna).isArchived()).isTrue();
    assertThat(list.clients()).extracting(ClientSummary::id).containsExactly(ben);
  }

  @Test
  void unarchivingDoesNotAsk() {
    service.archive(anna);
    vm.open(anna);

    vm.toggleArchived(c -> {});

    assertThat(dialogs.confirmations()).isEmpty();
    assertThat(vm.archivedBinding().get()).isFalse();
    assertThat(service.load(anna).isArchived()).isFalse();
    assertThat(list.clients()).extracting(ClientSummary::id).contains(anna);
  }

  @Test
  void savingRefreshesTheListWithTheNewClient() {
    vm.startNew();
    editor.fullNameProperty().set("Cara Lind");
    List<Client> saved = new ArrayList<>();

    vm.save(saved::add);

    assertThat(saved).hasSize(1);
    assertThat(list.clients()).extracting(ClientSummary::fullName).contains("Cara Lind");
  }

  @Test
  void mayNotLeaveWhenSavingTheChangesFails() {
    vm.open(anna);
    editor.notesProperty().set("x".repeat(4001));
    dialogs.answerUnsavedChangesWith(UnsavedChoice.SAVE);

    AtomicBoolean left = new AtomicBoolean();
    vm.leave(() -> left.set(true));

    assertThat(left).isFalse();
    assertThat(dialogs.errors())
        .singleElement()
        .extracting(RecordingDialogService.ShownError::message)
        .asString()
        .startsWith("Notes is longer than 4000 characters.");
    assertThat(editor.notesProperty().get()).hasSize(4001);
    assertThat(service.load(anna).notes()).isNull();
  }

  @Test
  void mayLeaveWhenThereAreNoUnsavedChanges() {
    AtomicInteger left = new AtomicInteger();
    vm.leave(left::incrementAndGet);

    vm.open(anna);
    vm.leave(left::incrementAndGet);

    assertThat(left).hasValue(2);
    assertThat(dialogs.unsavedQuestions()).isEmpty();
  }

  @Test
  void mayNotLeaveWhenTheTherapistKeepsEditing() {
    vm.open(anna);
    editor.phoneProperty().set(EDITED_PHONE);
    dialogs.answerUnsavedChangesWith(UnsavedChoice.CANCEL);

    AtomicBoolean left = new AtomicBoolean();
    vm.leave(() -> left.set(true));

    assertThat(left).isFalse();
    assertThat(dialogs.unsavedQuestions()).containsExactly("the intake form of Anna Berg");
    assertThat(editor.phoneProperty().get()).isEqualTo(EDITED_PHONE);
  }

  @Test
  void leavingWithSaveProceedsOnlyAfterTheSaveIsStored() {
    vm.open(anna);
    editor.phoneProperty().set(EDITED_PHONE);
    dialogs.answerUnsavedChangesWith(UnsavedChoice.SAVE);
    AtomicBoolean left = new AtomicBoolean();

    vm.leave(() -> left.set(service.load(anna).phone() != null));

    assertThat(left).as("left, and the phone was already stored when it did").isTrue();
    assertThat(service.load(anna).phone()).isEqualTo(EDITED_PHONE);
  }

  @Test
  void anotherEditorIsAskedTooAndKeepEditingThereStopsTheLeave() {
    vm.open(anna);
    List<String> log = new ArrayList<>();
    vm.alsoAsk(new FakeUnsavedWork("the draft treatment plan", log).changed());
    AtomicBoolean left = new AtomicBoolean();

    vm.leave(() -> left.set(true));

    assertThat(dialogs.unsavedQuestions()).containsExactly("the draft treatment plan");
    assertThat(left).isFalse();
    assertThat(vm.open(ben)).isFalse();
    assertThat(editor.storedProperty().get().id()).isEqualTo(anna);
  }

  @Test
  void keepEditingBringsForwardTheFirstEditorWithChanges() {
    vm.open(anna);
    List<String> shown = new ArrayList<>();
    vm.setShowIntake(() -> shown.add("show intake"));
    vm.alsoAsk(new FakeUnsavedWork("the draft treatment plan", shown).changed());

    vm.leave(() -> shown.add("left"));
    assertThat(shown)
        .as("only the draft plan has changes")
        .containsExactly("show the draft treatment plan");

    shown.clear();
    editor.phoneProperty().set(EDITED_PHONE);
    assertThat(vm.open(ben)).isFalse();
    assertThat(shown).as("the intake comes first").containsExactly("show intake");
  }

  @Test
  void oneQuestionNamesEveryEditorWithChangesAndSaveStoresThemInTurn() {
    vm.open(anna);
    List<String> order = new ArrayList<>();
    vm.alsoAsk(new FakeUnsavedWork("the draft treatment plan", order).changed());
    vm.alsoAsk(new FakeUnsavedWork("the letterhead", order)); // no changes: not named
    editor.phoneProperty().set(EDITED_PHONE);
    dialogs.answerUnsavedChangesWith(UnsavedChoice.SAVE);

    vm.leave(() -> order.add("left (phone stored: " + service.load(anna).phone() + ")"));

    assertThat(dialogs.unsavedQuestions())
        .containsExactly("the intake form of Anna Berg and the draft treatment plan");
    assertThat(order)
        .containsExactly(
            "save the draft treatment plan",
            "saved the draft treatment plan",
            "left (phone stored: " + EDITED_PHONE + ")");
  }

  @Test
  void anIntakeThatCannotBeSavedStopsTheLeaveBeforeAnythingIsSaved() {
    vm.open(anna);
    List<String> log = new ArrayList<>();
    vm.setShowIntake(() -> log.add("show intake"));
    vm.alsoAsk(new FakeUnsavedWork("the draft treatment plan", log).changed());
    editor.fullNameProperty().set("");
    dialogs.answerUnsavedChangesWith(UnsavedChoice.SAVE);

    assertThat(vm.open(ben)).isFalse();

    assertThat(log).containsExactly("show intake");
    assertThat(dialogs.errors()).isNotEmpty();
    assertThat(editor.storedProperty().get().id()).isEqualTo(anna);
  }
}
