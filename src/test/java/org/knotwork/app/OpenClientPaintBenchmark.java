package org.knotwork.app;

import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.PressurePreference;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.session.NoteHash;
import org.knotwork.session.Position;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.Technique;
import org.knotwork.session.Tone;
import org.knotwork.session.Treatment;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Benchmark, not a test: opens a client with 300 signed sessions and measures from the click to the
 * frame after the overview, timeline and trend chart are filled. Run with {@code mvn test
 * -Dtest=OpenClientPaintBenchmark -Dknotwork.bench=true}; results go to the log.
 */
@EnabledIfSystemProperty(named = "knotwork.bench", matches = "true")
@ExtendWith(ApplicationExtension.class)
class OpenClientPaintBenchmark {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir static Path dataDir;
  private KnotworkApp app;

  @Start
  void start(Stage stage) {
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      context.practices().start("Bench", false, org.knotwork.practice.TestTherapist.PROFILE);
      long other = context.clients().save(Client.builder().fullName("Another Client").build()).id();
      long id = context.clients().save(Client.builder().fullName("Ada Longhistory").build()).id();
      new SessionRepository(db.dsl()).importNotes(history(id), "bench");
      new SessionRepository(db.dsl()).importNotes(history(other).subList(0, 3), "bench");
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
  }

  private static List<SessionNote> history(long clientId) {
    List<SessionNote> notes = new ArrayList<>();
    Map<RedFlagQuestion, RedFlagAnswer> no = new EnumMap<>(RedFlagQuestion.class);
    RedFlagQuestion.everySession().stream().forEach(q -> no.put(q, RedFlagAnswer.NO));
    LocalDateTime start = LocalDate.of(2021, 1, 4).atTime(10, 0);
    for (int i = 0; i < 300; i++) {
      LocalDateTime at = start.plusDays(6L * i);
      List<RegionFinding> findings = new ArrayList<>();
      for (BackRegion r : List.of(BackRegion.LOWER_BACK, BackRegion.GLUTES, BackRegion.NECK)) {
        findings.add(
            new RegionFinding(
                r,
                Side.BILATERAL,
                7 - i % 5,
                3,
                Tone.HYPERTONIC,
                true,
                false,
                2,
                false,
                "Flexion limited",
                "Guarding",
                List.of(
                    new Treatment(Technique.SWEDISH, PressurePreference.MODERATE, 10),
                    new Treatment(Technique.TRIGGER_POINT, PressurePreference.FIRM, 10)),
                false));
      }
      SessionNote draft =
          new SessionNote(
              null,
              clientId,
              at,
              60,
              Set.of(Position.PRONE),
              at.plusMinutes(70),
              null,
              no,
              null,
              findings,
              "Tolerated well",
              null,
              null,
              null,
              null,
              null,
              List.of());
      notes.add(draft.signedAs(at.plusMinutes(70), NoteHash.of(draft)));
    }
    return notes;
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void openClientWith300Sessions(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#client-list").queryListView().getItems().size() == 2);
    ListView<?> clients = robot.lookup("#client-list").queryListView();
    List<Long> overview = new ArrayList<>();
    List<Long> history = new ArrayList<>();
    for (int run = 0; run < 12; run++) {
      int ada = indexOf(clients, "Ada Longhistory");
      overview.add(
          PaintClock.timeToPaint(
              robot.lookup("#client-list").query(),
              () -> clients.getSelectionModel().select(ada),
              () -> factShown(robot, "300")));
      history.add(
          PaintClock.timeToPaint(
              robot.lookup("#client-list").query(),
              () -> selectTab(robot, "tab-history"),
              () -> {
                javafx.scene.chart.LineChart<?, ?> chart =
                    robot.lookup("#pain-trend-chart").query();
                return robot.lookup("#timeline").queryListView().getItems().size() >= 300
                    && !chart.getData().isEmpty()
                    && chart.getData().get(0).getData().size() >= 300;
              }));

      // Another client, on the Overview and then on the History tab, so that both sections
      // really load Ada's record again in the next run.
      int other = indexOf(clients, "Another Client");
      robot.interact(() -> clients.getSelectionModel().select(other));
      waitUntil(() -> factShown(robot, "3"));
      AppRobot.selectTab(robot, "tab-history");
      waitUntil(
          () -> {
            int shown = robot.lookup("#timeline").queryListView().getItems().size();
            return shown > 0 && shown < 300;
          });
    }
    LoggerFactory.getLogger(OpenClientPaintBenchmark.class)
        .warn(
            "300 sessions, click to overview painted: first {} ms, warm median {} ms (runs {})",
            overview.get(0),
            PaintClock.warmMedian(overview),
            overview);
    LoggerFactory.getLogger(OpenClientPaintBenchmark.class)
        .warn(
            "300 sessions, History tab to timeline and chart painted: first {} ms, warm median {} ms"
                + " (runs {})",
            history.get(0),
            PaintClock.warmMedian(history),
            history);
  }

  private static void selectTab(FxRobot robot, String tabId) {
    javafx.scene.control.TabPane tabs = robot.lookup("#client-tabs").query();
    tabs.getTabs().stream()
        .filter(t -> tabId.equals(t.getId()))
        .findFirst()
        .ifPresent(t -> tabs.getSelectionModel().select(t));
  }

  private static boolean factShown(FxRobot robot, String sessions) {
    return robot.lookup("#overview-facts .title-4").queryAll().stream()
        .anyMatch(n -> n instanceof javafx.scene.control.Label l && l.getText().equals(sessions));
  }

  private static int indexOf(ListView<?> list, String name) {
    for (int i = 0; i < list.getItems().size(); i++) {
      if (list.getItems().get(i).toString().contains(name)) {
        return i;
      }
    }
    throw new IllegalStateException(name);
  }
}
