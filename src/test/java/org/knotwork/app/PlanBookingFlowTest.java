package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.BookingConflictException;
import org.knotwork.appointment.Conflict;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.plan.FocusArea;
import org.knotwork.plan.Frequency;
import org.knotwork.plan.PlanGoal;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Repeat booking from a plan: a client with an agreed plan, "Book the plan's sessions", the
 * proposal with the clashing session moved and marked, Book all, and the appointments are in the
 * book. And the book's rules: a break added on the Practice page makes its time unbookable.
 */
@ExtendWith(ApplicationExtension.class)
class PlanBookingFlowTest {
  // Sunday 22 November 2026
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final LocalDateTime TUESDAY_ELEVEN = LocalDateTime.of(2026, 11, 24, 11, 0);
  private static final String CLIENT = "Nora Quillfeather";
  private static final String OTHER = "Piet Osterhout";

  @TempDir Path root;
  private DataDirectory dir;
  private KnotworkApp app;
  private Stage stage;
  private long nora;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @BeforeEach
  void aClientWithAnAgreedPlanAndABusyTuesday() {
    dir = DataDirectory.at(root.resolve("practice"));
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext c = new AppContext(dir, db, CLOCK);
      // a practice of its own: the demo's book would fill the weeks this test books into
      c.practices().start("Harbour Back Care", false, org.knotwork.practice.TestTherapist.PROFILE);
      nora = c.clients().save(Client.builder().fullName(CLIENT).build()).id();
      long piet = c.clients().save(Client.builder().fullName(OTHER).build()).id();
      c.plans()
          .agree(
              new TreatmentPlan(
                  null,
                  nora,
                  PlanStatus.DRAFT,
                  TODAY,
                  "Lower back stiff after long drives",
                  List.of(
                      new PlanGoal(
                          "Drive an hour without pain", null, null, true, null, null, null)),
                  List.of(new FocusArea(BackRegion.LOWER_BACK, Side.RIGHT)),
                  Set.of(),
                  60,
                  Frequency.WEEKLY,
                  4,
                  List.of(),
                  "",
                  null,
                  "",
                  null,
                  null,
                  null),
              TODAY);
      // the second Tuesday at 11:00 is taken
      c.appointments().book(Booking.inRoom(piet, TUESDAY_ELEVEN.plusWeeks(1), 60), true);
    }
  }

  @AfterEach
  void stop(FxRobot robot) {
    if (app != null) {
      robot.interact(() -> app.stop());
    }
  }

  @Test
  void repeatBookingFromAPlan(FxRobot robot) {
    open(robot);
    openPlanBooking(robot, TUESDAY_ELEVEN);

    Label moved = robot.lookup("#plan-booking-moved-2").query();
    assertThat(moved.getText())
        .isEqualTo("Moved from Tue 1 Dec 11:00: Overlaps " + OTHER + " at 11:00–12:00");
    assertThat(AppRobot.label(robot, "#plan-booking-session-2"))
        .isEqualTo("Tue 1 Dec 2026, 12:00 (moved)");
    assertThat(AppRobot.label(robot, "#plan-booking-session-1"))
        .isEqualTo("Tue 24 Nov 2026, 11:00");
    assertThat(AppRobot.label(robot, "#plan-booking-summary"))
        .isEqualTo("Weekly × 4 sessions of 60 minutes: 0 done, 0 booked, 4 to book.");

    robot.clickOn(dialogButton(robot, "Book all"));
    waitUntil(() -> !AppRobot.label(robot, "#plan-booked").isEmpty());
    assertThat(AppRobot.label(robot, "#plan-booked"))
        .isEqualTo("4 sessions booked, the first on Tue 24 November, 11:00.");

    List<Appointment> booked = bookOf(robot, nora);
    assertThat(booked)
        .extracting(Appointment::start)
        .containsExactly(
            TUESDAY_ELEVEN,
            TUESDAY_ELEVEN.plusWeeks(1).withHour(12),
            TUESDAY_ELEVEN.plusWeeks(2),
            TUESDAY_ELEVEN.plusWeeks(3));
  }

  @Test
  void aBreakAddedInTheBooksRulesMakesThatTimeUnbookable(FxRobot robot) {
    open(robot);
    later(() -> robot.lookup("#nav-practice").queryAs(ToggleButton.class).fire());
    waitFor(robot, "#book-hours-tuesday");
    TextField tuesday = robot.lookup("#book-hours-tuesday").query();
    waitUntil(() -> tuesday.getText().equals("09:00–17:00"));
    robot.interact(
        () -> {
          tuesday.requestFocus();
          tuesday.setText("09:00–12:00, 13:00–17:00");
        });
    robot.interact(() -> robot.lookup("#book-settings-save").queryButton().fire());
    waitUntil(() -> AppRobot.label(robot, "#book-settings-status").equals("Saved"));

    // the plan's first session, wanted in the break, moves out of it
    later(() -> robot.lookup("#nav-clients").queryAs(ToggleButton.class).fire());
    openPlanBooking(robot, TUESDAY_ELEVEN.withHour(12));
    assertThat(AppRobot.label(robot, "#plan-booking-moved-1"))
        .isEqualTo(
            "Moved from Tue 24 Nov 12:00: Outside working hours: Tuesday 09:00–12:00 and"
                + " 13:00–17:00");
    robot.clickOn(dialogButton(robot, "Not now"));
    waitUntil(() -> robot.lookup("#plan-booking-form").tryQuery().isEmpty());
    assertThat(bookOf(robot, nora)).isEmpty();

    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext c = new AppContext(dir, db, CLOCK);
      assertThat(c.appointments().settings().hours().on(DayOfWeek.TUESDAY)).hasSize(2);
      try {
        c.appointments().book(Booking.inRoom(nora, TUESDAY_ELEVEN.withHour(12), 30), false);
        throw new AssertionError("booked in the break");
      } catch (BookingConflictException e) {
        assertThat(e.conflicts()).extracting(Conflict::kind).contains(Conflict.Kind.OUTSIDE_HOURS);
      }
    }
  }

  private void open(FxRobot robot) {
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK, p -> {});
          app.start(stage);
          stage.setWidth(1280);
          stage.setHeight(800);
        });
    AppRobot.waitForClientList(robot);
  }

  /** Opens the client's plans and the booking question, with the first slot at {@code first}. */
  private void openPlanBooking(FxRobot robot, LocalDateTime first) {
    AppRobot.waitForClientList(robot);
    ListView<ClientSummary> clients = robot.lookup("#client-list").queryListView();
    waitUntil(() -> clients.getItems().stream().anyMatch(s -> s.fullName().equals(CLIENT)));
    robot.interact(
        () ->
            clients
                .getSelectionModel()
                .select(
                    clients.getItems().stream()
                        .filter(s -> s.fullName().equals(CLIENT))
                        .findFirst()
                        .orElseThrow()));
    waitUntil(() -> AppRobot.label(robot, "#client-header-name").contains(CLIENT));
    AppRobot.selectTab(robot, "tab-plans");
    waitFor(robot, "#plan-book-sessions");
    later(() -> robot.lookup("#plan-book-sessions").queryButton().fire());
    waitFor(robot, "#plan-booking-form");
    // the first free time is proposed first; then the therapist chooses the slot
    waitUntil(() -> robot.lookup("#plan-booking-session-1").tryQuery().isPresent());
    robot.interact(
        () -> {
          robot.lookup("#plan-booking-day").<DatePicker>query().setValue(first.toLocalDate());
          robot
              .lookup("#plan-booking-time")
              .<TextField>query()
              .setText(first.toLocalTime().toString());
        });
    waitUntil(
        () ->
            AppRobot.label(robot, "#plan-booking-session-1")
                    .startsWith(
                        java.time.format.DateTimeFormatter.ofPattern(
                                "EEE d MMM yyyy", java.util.Locale.UK)
                            .format(first))
                || robot.lookup("#plan-booking-moved-1").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The client's appointments in the coming months, read once the app is closed. */
  private List<Appointment> bookOf(FxRobot robot, long client) {
    if (app != null) {
      robot.interact(() -> app.stop());
      app = null;
    }
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      return new AppContext(dir, db, CLOCK)
          .appointments().between(TODAY, TODAY.plusMonths(3)).stream()
              .filter(a -> a.clientId() == client)
              .toList();
    }
  }

  private static Node dialogButton(FxRobot robot, String text) {
    return robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).query();
  }

  private static void later(Runnable action) {
    Platform.runLater(action);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
