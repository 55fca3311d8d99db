package org.knotwork.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.appointment.AppointmentRepository;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.Place;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Benchmark, not a test: a practice with ten years of appointments (five a working day, about
 * 13,000, some of them mobile visits), the appointment book on its week view, and the time from
 * pressing "next week" or "previous week" to the frame after the new week's appointments are laid
 * out. Run with {@code mvn test -Dtest=WeekViewPaintBenchmark -Dknotwork.bench=true}; results go to
 * the log.
 */
@EnabledIfSystemProperty(named = "knotwork.bench", matches = "true")
@ExtendWith(ApplicationExtension.class)
class WeekViewPaintBenchmark {
  // Monday 23 November 2026, 08:00
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate THIS_MONDAY = LocalDate.of(2026, 11, 23);
  private static final int[][] TIMES = {{9, 0}, {10, 30}, {12, 0}, {14, 0}, {15, 30}};
  @TempDir static Path dataDir;
  private KnotworkApp app;

  /** Ten years of appointments, made before the toolkit's set-up clock starts. */
  @BeforeAll
  static void tenYears() {
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      context.practices().start("Bench", false, org.knotwork.practice.TestTherapist.PROFILE);
      List<Long> clients = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        clients.add(
            context
                .clients()
                .save(Client.builder().fullName("Client " + i).address(i + " Long Road").build())
                .id());
      }
      List<Long> services = new ArrayList<>();
      String[] colours = {"#4A90E2", "#7ED321", "#F5A623", "#BD10E0"};
      for (int s = 0; s < colours.length; s++) {
        services.add(
            context
                .appointments()
                .saveService(new BookableService(null, "Service " + s, 60, colours[s], true))
                .id());
      }
      AppointmentRepository repository = new AppointmentRepository(db.dsl());
      List<Booking> year = new ArrayList<>();
      int n = 0;
      for (LocalDate day = THIS_MONDAY.minusYears(10);
          day.isBefore(THIS_MONDAY.plusWeeks(8));
          day = day.plusDays(1)) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
          continue;
        }
        for (int[] t : TIMES) {
          n++;
          boolean mobile = n % 7 == 0;
          year.add(
              new Booking(
                  clients.get(n % clients.size()),
                  day.atTime(t[0], t[1]),
                  60,
                  services.get(n % services.size()),
                  mobile ? Place.clientHome(n + " Long Road") : Place.ROOM,
                  0,
                  0,
                  null));
        }
        if (year.size() >= 1300) {
          repository.insertAll(year, LocalDateTime.now(CLOCK), "bench");
          year.clear();
        }
      }
      repository.insertAll(year, LocalDateTime.now(CLOCK), "bench");
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
  void switchingWeekPaintsTheWeek(FxRobot robot) throws Exception {
    AppRobot.waitForClientList(robot);
    robot.clickOn("#nav-book");
    AppRobot.waitUntil(() -> entries(robot.lookup("#book-grid").query()) == 25);
    Parent grid = robot.lookup("#book-grid").query();
    Button next = robot.lookup("#book-next").query();
    Button previous = robot.lookup("#book-previous").query();
    List<Long> runs = new ArrayList<>();
    LocalDate monday = THIS_MONDAY;
    for (int run = 0; run < 21; run++) {
      boolean forward = run % 2 == 0;
      LocalDate target = forward ? monday.plusWeeks(1) : monday.minusWeeks(1);
      String header = "book-day-" + target;
      runs.add(
          PaintClock.timeToPaint(
              grid,
              forward ? next::fire : previous::fire,
              () -> entries(grid) == 25 && hasChild(grid, header)));
      monday = target;
    }
    List<Long> warm = new ArrayList<>(runs.subList(1, runs.size()));
    warm.sort(Long::compare);
    LoggerFactory.getLogger(WeekViewPaintBenchmark.class)
        .warn(
            "Ten years of appointments, next/previous week to the week painted: first {} ms, warm"
                + " median {} ms, warm p95 {} ms (runs {})",
            runs.get(0),
            warm.get(warm.size() / 2),
            warm.get((int) Math.ceil(warm.size() * 0.95) - 1),
            runs);
  }

  private static int entries(Parent grid) {
    int count = 0;
    for (Node n : grid.getChildrenUnmodifiable()) {
      if (n.getStyleClass().contains("book-entry")) {
        count++;
      }
    }
    return count;
  }

  private static boolean hasChild(Parent grid, String id) {
    for (Node n : grid.getChildrenUnmodifiable()) {
      if (id.equals(n.getId())) {
        return true;
      }
    }
    return false;
  }
}
