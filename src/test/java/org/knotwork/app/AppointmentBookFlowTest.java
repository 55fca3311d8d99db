package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.Place;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The appointment book with the mouse: booking by clicking an empty slot, moving by dragging, and a
 * drag onto another client's time refused with the clash named and the appointment put back.
 */
@ExtendWith(ApplicationExtension.class)
class AppointmentBookFlowTest {
  // Monday 23 November 2026, 08:00 (UTC, the practice's zone until it chooses one)
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
  private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

  @TempDir Path root;
  private Stage stage;
  private KnotworkApp app;
  private long wednesdayId;
  private long thursdayId;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @BeforeEach
  void open(FxRobot robot) {
    DataDirectory dir = DataDirectory.at(root);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      context.practices().start("Book", false, org.knotwork.practice.TestTherapist.PROFILE);
      context.clients().save(Client.builder().fullName("Anna Berg").build());
      long oskar = context.clients().save(Client.builder().fullName("Oskar Lind").build()).id();
      long maria =
          context
              .clients()
              .save(Client.builder().fullName("Maria Holm").address("7 Elm Road").build())
              .id();
      AppointmentService book = context.appointments();
      BookableService massage =
          book.saveService(new BookableService(null, "Relaxation", 60, "#4A90E2", true));
      wednesdayId =
          book.book(
                  new Booking(
                      oskar, WEDNESDAY.atTime(10, 0), 60, massage.id(), Place.ROOM, 0, 0, null),
                  false)
              .id();
      thursdayId =
          book.book(
                  new Booking(
                      maria,
                      THURSDAY.atTime(10, 0),
                      60,
                      massage.id(),
                      Place.clientHome("7 Elm Road"),
                      15,
                      15,
                      null),
                  false)
              .id();
    }
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK);
          app.start(stage);
        });
    AppRobot.waitForClientList(robot);
    robot.clickOn("#nav-book");
    AppRobot.waitFor(robot, "#appointment-" + wednesdayId);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void clickingAnEmptySlotBooksThere(FxRobot robot) throws Exception {
    robot.clickOn(slot(robot, TUESDAY, 14), MouseButton.PRIMARY);
    AppRobot.waitFor(robot, "#booking-client");
    robot.clickOn("#booking-client").write("Ann");
    AppRobot.waitUntil(
        () -> !robot.lookup("#booking-matches").queryListView().getItems().isEmpty());
    robot.type(KeyCode.ENTER);
    AppRobot.waitUntil(() -> !robot.lookup("#booking-book").query().isDisabled());
    AppRobot.screenshot(robot, stage, screens().resolve("book-booking-dialog.png"));

    robot.clickOn("#booking-book");

    AppRobot.waitUntil(
        () ->
            AppRobot.label(robot, "#book-message")
                .equals("Booked Anna Berg on Tue 24 Nov at 14:00."));
    AppRobot.waitUntil(() -> robot.lookup(".book-entry").queryAll().size() == 3);
    Node made =
        robot
            .lookup(".book-entry")
            .match(n -> n.getAccessibleText().startsWith("Anna Berg"))
            .query();
    // the service's usual length, in the room
    assertThat(made.getAccessibleText())
        .isEqualTo("Anna Berg, Relaxation, Tue 24 Nov at 14:00 for 60 minutes (Booked)");
    assertThat(AppRobot.label(robot, "#book-details-client")).isEqualTo("Anna Berg");
    AppRobot.screenshot(robot, stage, screens().resolve("book-week.png"));
  }

  @Test
  void draggingAnAppointmentMovesIt(FxRobot robot) {
    Node block = robot.lookup("#appointment-" + wednesdayId).query();
    Point2D from = centre(block);
    double hour = hourHeight(robot);

    robot.drag(from, MouseButton.PRIMARY).dropTo(new Point2D(from.getX(), from.getY() + 5 * hour));

    AppRobot.waitUntil(
        () ->
            AppRobot.label(robot, "#book-message")
                .equals("Moved Oskar Lind to Wed 25 Nov at 15:00."));
    AppRobot.waitUntil(
        () ->
            robot
                .lookup("#appointment-" + wednesdayId)
                .query()
                .getAccessibleText()
                .contains("Wed 25 Nov at 15:00"));
  }

  @Test
  void aDragOntoAnotherClientsTimeIsRefusedWithTheClashNamedAndPutBack(FxRobot robot) {
    Node block = robot.lookup("#appointment-" + wednesdayId).query();
    Point2D from = centre(block);
    Point2D thursday = centre(robot.lookup("#book-day-" + THURSDAY).query());

    robot.drag(from, MouseButton.PRIMARY).dropTo(new Point2D(thursday.getX(), from.getY()));

    AppRobot.waitFor(robot, "#knotwork-dialog");
    assertThat(AppRobot.label(robot, "#book-message"))
        .startsWith("This time does not fit: Overlaps Maria Holm at 10:00–11:00")
        .endsWith("Nothing was booked.");
    assertThat(AppRobot.label(robot, "#dialog-message"))
        .isEqualTo(AppRobot.label(robot, "#book-message"));
    robot.clickOn("Keep it where it was");

    AppRobot.waitFor(robot, "#appointment-" + wednesdayId);
    Node back = robot.lookup("#appointment-" + wednesdayId).query();
    assertThat(back.getAccessibleText()).contains("Wed 25 Nov at 10:00");
    assertThat(centre(back).getX())
        .isCloseTo(from.getX(), org.assertj.core.data.Offset.offset(2.0));
    assertThat(centre(back).getY())
        .isCloseTo(from.getY(), org.assertj.core.data.Offset.offset(2.0));
  }

  // --- where things are --------------------------------------------------------------------------

  /** A point a little below the start of {@code hour} in the column of {@code day}. */
  private static Point2D slot(FxRobot robot, LocalDate day, int hour) {
    Point2D column = centre(robot.lookup("#book-day-" + day).query());
    Node label =
        robot
            .lookup(".book-hour-label")
            .match(
                n ->
                    ((javafx.scene.control.Label) n)
                        .getText()
                        .equals(String.format("%02d:00", hour)))
            .query();
    return new Point2D(column.getX(), centre(label).getY() + 4);
  }

  private static double hourHeight(FxRobot robot) {
    return centre(hourLabel(robot, 11)).getY() - centre(hourLabel(robot, 10)).getY();
  }

  private static Node hourLabel(FxRobot robot, int hour) {
    return robot
        .lookup(".book-hour-label")
        .match(
            n -> ((javafx.scene.control.Label) n).getText().equals(String.format("%02d:00", hour)))
        .query();
  }

  private static Point2D centre(Node node) {
    Bounds b = node.localToScreen(node.getBoundsInLocal());
    return new Point2D(b.getCenterX(), b.getCenterY());
  }

  private static Path screens() throws java.io.IOException {
    return java.nio.file.Files.createDirectories(Path.of("target", "screens"));
  }
}
