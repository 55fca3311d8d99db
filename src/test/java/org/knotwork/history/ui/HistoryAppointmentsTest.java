package org.knotwork.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.appointment.AppointmentRepository;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.appointment.WorkingHours;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.history.EntryKind;
import org.knotwork.history.HistoryRepository;
import org.knotwork.history.HistoryService;
import org.knotwork.history.TimelineEntry;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A client's history shows their appointments beside their visits: the one ahead, a no-show, and a
 * cancelled one, kept and struck through, with who cancelled.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryAppointmentsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), ZoneOffset.UTC);
  private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 3, 2, 10, 0);

  private Database db;
  private HistoryViewModel vm;

  @Start
  void start(Stage stage) {
    javafx.application.Application.setUserAgentStylesheet(
        new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    db = Database.inMemory();
    long anna =
        new ClientService(new ClientRepository(db.dsl()), CLOCK, "anna")
            .save(Client.builder().fullName("Anna Berg").build())
            .id();
    AppointmentService book =
        new AppointmentService(new AppointmentRepository(db.dsl()), CLOCK, () -> "anna");
    book.saveSettings(
        new AppointmentSettings(ZoneId.of("UTC"), WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24));
    book.markNoShow(book.book(Booking.inRoom(anna, MONDAY_TEN, 60), true).id());
    book.book(Booking.inRoom(anna, MONDAY_TEN.plusWeeks(1), 60), false);
    long called = book.book(Booking.inRoom(anna, MONDAY_TEN.plusDays(4), 45), false).id();
    book.cancel(called, CancelledBy.CLIENT);

    vm =
        new HistoryViewModel(
            new HistoryService(new HistoryRepository(db.dsl()), CLOCK),
            new CurrentThreadTaskExecutor(),
            new RecordingDialogService());
    Scene scene = new Scene(new HistoryView(vm, e -> {}), 1100, 700);
    scene
        .getStylesheets()
        .add(
            HistoryAppointmentsTest.class
                .getResource("/org/knotwork/ui/knotwork.css")
                .toExternalForm());
    stage.setScene(scene);
    stage.show();
    vm.load(anna);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aCancelledAppointmentIsStruckThroughWithWhoCancelledAndTheOthersAreNot(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    ListView<TimelineEntry> timeline = robot.lookup("#timeline").queryListView();
    assertThat(timeline.getItems())
        .extracting(TimelineEntry::title)
        .containsExactly("Appointment booked", "Appointment cancelled by the client", "No-show");
    assertThat(timeline.getItems()).allMatch(e -> e.kind() == EntryKind.APPOINTMENT);
    assertThat(timeline.getItems().get(1).detail())
        .contains("10:00–10:45 in the room", "cancelled on 4 Mar 2026 at 12:00");

    assertThat(struck(robot, "Appointment cancelled by the client")).isTrue();
    assertThat(struck(robot, "Appointment booked")).isFalse();
    assertThat(struck(robot, "No-show")).isFalse();
  }

  /** Whether the cell's title is drawn struck through. */
  private static boolean struck(FxRobot robot, String title) {
    List<Node> cells = List.copyOf(robot.lookup("#timeline .list-cell").queryAll());
    for (Node cell : cells) {
      @SuppressWarnings("unchecked")
      TimelineEntry entry = ((ListCell<TimelineEntry>) cell).getItem();
      if (entry != null && entry.title().equals(title)) {
        Label label = robot.from(cell).lookup((Label l) -> title.equals(l.getText())).query();
        Text text = (Text) label.lookup(".text");
        return text.isStrikethrough();
      }
    }
    throw new AssertionError("No cell shows " + title);
  }
}
