package org.knotwork.session.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.session.ui.NoteViewModelFixtures.CLOCK;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Client;
import org.knotwork.db.Database;
import org.knotwork.practice.TestTherapist;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.SessionService;
import org.knotwork.session.Signer;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.ManualScheduler;
import org.knotwork.ui.RecordingDialogService;
import org.knotwork.ui.SignerPrompt;

/**
 * A practice started before Knotwork asked who the therapist is: signing asks for the profile
 * first, and signs with it once it is entered; nothing is ever signed without it.
 */
class SigningAsksWhoSignsTest {
  private Database db;
  private final AtomicReference<Signer> profile = new AtomicReference<>();
  private SessionService service;
  private RecordingDialogService dialogs;
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
            () -> Optional.ofNullable(profile.get()));
    dialogs = new RecordingDialogService();
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  private SessionNoteViewModel draft() {
    SessionNoteViewModel vm =
        new SessionNoteViewModel(
            service.startNote(client.id(), false),
            client,
            service.quickPhrases(),
            service,
            new CurrentThreadTaskExecutor(),
            dialogs,
            new ManualScheduler(),
            CLOCK);
    SessionNoteViewModelTest.answerEveryQuestionNo(vm);
    vm.chiefComplaintProperty().set("Ache low in the back after a long drive");
    return vm;
  }

  @Test
  void signingWithoutAProfileAsksForItThenSignsWithIt() {
    SessionNoteViewModel vm = draft();
    List<String> asked = new ArrayList<>();
    vm.askForSignerWith(
        then -> {
          asked.add("who signs?");
          profile.set(TestTherapist.SIGNER); // the therapist entered their details
          then.run();
          return true;
        });
    List<SessionNote> signed = new ArrayList<>();

    vm.sign(signed::add);

    assertThat(asked).hasSize(1);
    assertThat(dialogs.errors()).isEmpty();
    assertThat(signed)
        .singleElement()
        .extracting(SessionNote::signer)
        .isEqualTo(TestTherapist.SIGNER);
    assertThat(service.load(vm.original().id()).signer()).isEqualTo(TestTherapist.SIGNER);
  }

  @Test
  void decliningToEnterTheProfileSignsNothing() {
    SessionNoteViewModel vm = draft();
    vm.askForSignerWith(then -> true); // asked, and the therapist chose "Not now"
    List<SessionNote> signed = new ArrayList<>();

    vm.sign(signed::add);

    assertThat(signed).isEmpty();
    assertThat(service.load(vm.original().id()).signed()).isFalse();
  }

  @Test
  void withNobodyToAskTheTherapistIsToldWhyNothingWasSigned() {
    SessionNoteViewModel vm = draft();
    vm.askForSignerWith(SignerPrompt.NONE);

    vm.sign(n -> {});

    assertThat(dialogs.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.title()).isEqualTo("The note was not signed");
              assertThat(e.message())
                  .contains("Nothing was signed")
                  .contains("your name as registered")
                  .contains("under Practice");
            });
    assertThat(service.load(vm.original().id()).signed()).isFalse();
  }
}
