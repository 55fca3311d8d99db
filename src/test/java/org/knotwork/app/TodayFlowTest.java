package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.appointment.Booking;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.session.SessionNote;
import org.knotwork.today.TodayAppointment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The therapist's day from the Today screen: it is the home screen once something is booked, the
 * next appointment is chosen; arrived → start note → sign completes the appointment; a no-show is
 * asked first.
 */
@ExtendWith(ApplicationExtension.class)
class TodayFlowTest {
  // Sunday 22 November 2026, 15:40 UTC (the computer's zone, the book's until one is chosen)
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @TempDir Path dataDir;
  private KnotworkApp app;
  private long earlier;
  private long siobhan;
  private long piet;

  @Start
  void start(Stage stage) {
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      context
          .practices()
          .start("Harbour Back Care", false, org.knotwork.practice.TestTherapist.PROFILE);
      long early = context.clients().save(Client.builder().fullName("Early Bird").build()).id();
      long s =
          context
              .clients()
              .save(
                  Client.builder()
                      .fullName("Siobhán Murphy")
                      .generalConsentOn(TODAY.minusYears(1))
                      .build())
              .id();
      long p = context.clients().save(Client.builder().fullName("Piet de Vries").build()).id();
      // a Sunday, outside the working hours: booked on purpose; Siobhán came at 15:30 and is on
      // the table now
      earlier =
          context.appointments().book(Booking.inRoom(early, TODAY.atTime(9, 0), 60), true).id();
      siobhan = context.appointments().book(Booking.inRoom(s, TODAY.atTime(15, 30), 45), true).id();
      piet = context.appointments().book(Booking.inRoom(p, TODAY.atTime(17, 0), 60), true).id();
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
  }

  @AfterEach
  void stopApp(FxRobot robot) {
    if (app != null) {
      robot.interact(() -> app.stop());
    }
  }

  private static String state(FxRobot robot, long id) {
    return robot
        .lookup("#today-appointment-" + id + " .today-state")
        .tryQueryAs(Label.class)
        .map(Label::getText)
        .orElse("");
  }

  @Test
  void arrivedThenStartNoteThenSignCompletesTheAppointment(FxRobot robot) {
    waitFor(robot, "#today-appointments");
    assertThat(robot.lookup("#nav-today").queryAs(ToggleButton.class).isSelected())
        .as("a practice with appointments opens on its day")
        .isTrue();
    ListView<TodayAppointment> list = robot.lookup("#today-appointments").queryListView();
    waitUntil(() -> list.getItems().size() == 3);
    waitUntil(() -> list.getSelectionModel().getSelectedItem() != null);
    assertThat(list.getSelectionModel().getSelectedItem().id())
        .as("the next appointment is chosen, not the one this morning")
        .isEqualTo(siobhan);
    assertThat(list.isFocused()).as("Enter opens it").isTrue();

    robot.clickOn("#today-arrived-" + siobhan);
    waitUntil(() -> state(robot, siobhan).equals("Arrived"));
    robot.clickOn("#today-note-" + siobhan);
    waitFor(robot, "#body-chart");
    assertThat(robot.lookup("#nav-clients").queryAs(ToggleButton.class).isSelected()).isTrue();

    AppRobot.scrollTo(robot, "#session-note-scroll", "#body-chart", 0);
    robot.clickOn("#chart-lower-back-right");
    waitFor(robot, "#finding-editor");
    robot.interact(() -> robot.lookup("#finding-pain-before-6").queryAs(ToggleButton.class).fire());
    robot.interact(() -> robot.lookup("#finding-add-technique").queryButton().fire());
    waitFor(robot, "#treatment-technique-0");
    robot.interact(
        () ->
            robot
                .lookup("#treatment-technique-0")
                .<javafx.scene.control.ComboBox<org.knotwork.session.Technique>>query()
                .setValue(org.knotwork.session.Technique.SWEDISH));
    robot.interact(() -> robot.lookup("#finding-pain-after-2").queryAs(ToggleButton.class).fire());
    AppRobot.answerEmergencyQuestionsNo(robot);
    robot.interact(() -> robot.lookup("#note-red-flags-rest-no").queryButton().fire());
    robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    waitFor(robot, "#signed-note");

    robot.clickOn("#nav-today");
    waitUntil(() -> state(robot, siobhan).equals("Completed"));
    assertThat(list.getSelectionModel().getSelectedItem().id())
        .as("the next one is now Piet's")
        .isEqualTo(piet);
    stopAndCheck(robot, siobhan);
  }

  private void stopAndCheck(FxRobot robot, long appointmentId) {
    robot.interact(() -> app.stop());
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      var a = context.appointments().load(appointmentId);
      assertThat(a.state()).isEqualTo(org.knotwork.appointment.AppointmentState.COMPLETED);
      SessionNote note = context.sessions().load(a.sessionId());
      assertThat(note.serviceStart()).isEqualTo(TODAY.atTime(15, 30));
      assertThat(note.durationMinutes()).isEqualTo(45);
      assertThat(note.signed()).isTrue();
    }
    // stopped already; a new app on a stage of its own stayed open and took the keys of later tests
    app = null;
  }

  @Test
  void aNoShowIsAskedFirstAndThenRecorded(FxRobot robot) {
    waitFor(robot, "#today-appointments");
    waitUntil(() -> state(robot, piet).equals("Booked"));

    robot.clickOn("#today-noshow-" + piet);
    waitFor(robot, "#dialog-message");
    assertThat(robot.lookup("#dialog-message").queryAs(Label.class).getText())
        .contains("Piet de Vries did not come");
    robot.clickOn("Keep it booked");
    assertThat(state(robot, piet)).isEqualTo("Booked");

    robot.clickOn("#today-noshow-" + piet);
    waitFor(robot, "#dialog-message");
    robot.clickOn("Mark as no-show");
    waitUntil(() -> state(robot, piet).equals("No-show"));
    assertThat(robot.lookup("#today-arrived-" + piet).tryQuery())
        .as("a missed appointment keeps only Open")
        .isEmpty();
    assertThat(robot.lookup("#today-appointment-" + earlier + " .today-state").tryQuery())
        .isPresent();
  }
}
