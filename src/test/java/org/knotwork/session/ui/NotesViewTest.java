package org.knotwork.session.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.session.ui.NoteViewModelFixtures.CLOCK;
import static org.knotwork.session.ui.NoteViewModelFixtures.NOW;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.client.Client;
import org.knotwork.db.Database;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.SessionService;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.ManualScheduler;
import org.knotwork.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Notes tab on its own: what moves (nothing) when a draft is waiting or opened. */
@ExtendWith(ApplicationExtension.class)
class NotesViewTest {
  private Database db;
  private Client client;
  private SessionNote leftOver;
  private NotesViewModel vm;

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(
        new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    db = Database.inMemory();
    client = NoteViewModelFixtures.practiceWithClient(db, Client.builder().fullName("Anna Berg"));
    SessionService service =
        new SessionService(
            new SessionRepository(db.dsl()),
            CLOCK,
            () -> "anna",
            org.knotwork.practice.TestTherapist::signer);
    NoteViewModelFixtures.signedNote(
        service, client.id(), NOW.minusDays(7), List.of(NoteViewModelFixtures.lowerBackRight()));
    leftOver = service.startNote(client.id(), false);
    vm =
        new NotesViewModel(
            service,
            new CurrentThreadTaskExecutor(),
            new RecordingDialogService(),
            new ManualScheduler(),
            CLOCK);
    stage.setScene(new Scene(new NotesView(vm), 1000, 700));
    stage.show();
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  private static double sceneY(Node node) {
    return node.localToScene(node.getBoundsInLocal()).getMinY();
  }

  @Test
  void theWaitingDraftMessageMovesNothingTheTherapistIsAboutToClick(FxRobot robot) {
    Node list = robot.lookup("#note-list").query();
    Node newNote = robot.lookup("#note-new").query();
    double listTop = sceneY(list);
    double newNoteTop = sceneY(newNote);

    robot.interact(() -> vm.show(client));
    WaitForAsyncUtils.waitForFxEvents();

    Label waiting = robot.lookup("#note-waiting-draft").query();
    assertThat(waiting.isVisible()).isTrue();
    assertThat(waiting.getText()).contains("unsigned draft");
    assertThat(sceneY(list)).as("the note list stays where it was").isEqualTo(listTop);
    assertThat(sceneY(newNote)).as("New note stays where it was").isEqualTo(newNoteTop);

    robot.clickOn("#note-open-waiting-draft");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(vm.draftProperty().get().original().id()).isEqualTo(leftOver.id());
    assertThat(sceneY(list)).as("opening the draft moves nothing either").isEqualTo(listTop);
    assertThat(sceneY(newNote)).isEqualTo(newNoteTop);
  }
}
