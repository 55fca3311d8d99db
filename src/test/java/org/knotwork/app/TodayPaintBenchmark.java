package org.knotwork.app;

import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.Place;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.demo.DemoPreset;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Benchmark, not a test: the ten-year demo practice (2,000 clients, ten years of notes) with a
 * realistic day booked (eight appointments, two of them home visits, of clients with long
 * histories), measured from the click on Today to the frame after the day's list is filled. Run
 * with {@code mvn test -Dtest=TodayPaintBenchmark -Dknotwork.bench=true}; results go to the log.
 * Generating the practice takes a minute or two.
 */
@EnabledIfSystemProperty(named = "knotwork.bench", matches = "true")
@ExtendWith(ApplicationExtension.class)
class TodayPaintBenchmark {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T08:40:00Z"), ZoneOffset.UTC); // a Monday
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  @TempDir static Path dataDir;
  private KnotworkApp app;

  /** Off the FX thread: generating takes longer than TestFX waits for a start. */
  @BeforeAll
  static void aTenYearPracticeWithADayBooked() {
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      DemoPreset preset = DemoPreset.TEN_YEAR;
      long t0 = System.nanoTime();
      context.bulkLoad(() -> context.demo().create(preset.clients(), preset.years(), 1L));
      LoggerFactory.getLogger(TodayPaintBenchmark.class)
          .warn("Ten-year practice generated in {} s", (System.nanoTime() - t0) / 1_000_000_000);
      // the day: the clients seen most recently (long histories, plans, drafts), 9:00 to 17:00
      List<ClientSummary> recent = context.clients().search("", false);
      int[] hours = {9, 10, 11, 13, 14, 15, 16, 17};
      for (int i = 0; i < hours.length; i++) {
        long client = recent.get(i).id();
        Booking b =
            i % 4 == 3
                ? new Booking(
                    client,
                    TODAY.atTime(hours[i], 0),
                    60,
                    null,
                    Place.clientHome("12 Harbour Row"),
                    15,
                    15,
                    null)
                : Booking.inRoom(client, TODAY.atTime(hours[i], 0), 45);
        context.appointments().book(b, true);
      }
    }
  }

  @Start
  void start(Stage stage) {
    DataDirectory dir = DataDirectory.at(dataDir);
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void openTodayInTheTenYearPractice(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#today-appointments").tryQuery().isPresent());
    ListView<?> list = robot.lookup("#today-appointments").queryListView();
    waitUntil(() -> list.getItems().size() == 8);
    List<Long> runs = new ArrayList<>();
    // the day read again: the list's items are replaced once per load
    java.util.concurrent.atomic.AtomicInteger loads =
        new java.util.concurrent.atomic.AtomicInteger();
    robot.interact(
        () ->
            list.getItems()
                .addListener(
                    (javafx.collections.ListChangeListener<Object>) c -> loads.incrementAndGet()));
    for (int run = 0; run < 12; run++) {
      robot.interact(() -> robot.lookup("#nav-clients").queryAs(ToggleButton.class).fire());
      WaitForAsyncUtils.waitForFxEvents();
      int before = loads.get();
      runs.add(
          PaintClock.timeToPaint(
              robot.lookup("#main-window").query(),
              () -> robot.lookup("#nav-today").queryAs(ToggleButton.class).fire(),
              () ->
                  robot
                          .lookup("#today-view")
                          .tryQuery()
                          .map(n -> n.getScene() != null)
                          .orElse(false)
                      && loads.get() > before
                      && list.getItems().size() == 8
                      && robot.lookup(".today-card").queryAll().size() >= 4
                      && list.getSelectionModel().getSelectedItem() != null));
    }
    LoggerFactory.getLogger(TodayPaintBenchmark.class)
        .warn(
            "Ten-year practice, 8 appointments: click on Today to the day painted: first {} ms,"
                + " warm median {} ms (runs {})",
            runs.get(0),
            PaintClock.warmMedian(runs),
            runs);
  }
}
