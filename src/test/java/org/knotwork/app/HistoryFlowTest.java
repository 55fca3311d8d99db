package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.body.BackRegion;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.history.EntryKind;
import org.knotwork.history.TimelineEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A demo client's story: the timeline, filtered to the lower back, and the chart of that region.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir static Path dataDir;
  private KnotworkApp app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      new AppContext(dir, db, CLOCK).demo().create(8, 2, 42L);
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void timelineFilteredToOneRegionShowsThatRegionInTheChart(FxRobot robot) throws Exception {
    AppRobot.waitForClientList(robot);
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#overview-facts");
    assertThat(robot.lookup("#overview-regions").tryQuery()).isPresent();

    AppRobot.selectTab(robot, "tab-history");
    ListView<TimelineEntry> timeline = robot.lookup("#timeline").queryListView();
    waitUntil(() -> !timeline.getItems().isEmpty());
    assertThat(timeline.getItems()).extracting(TimelineEntry::kind).contains(EntryKind.SESSION);
    int all = timeline.getItems().size();
    assertThat(all).isGreaterThanOrEqualTo(7);
    AppRobot.screenshot(
        robot,
        stage,
        java.nio.file.Files.createDirectories(Path.of("target", "screens"))
            .resolve("history-1280x800.png"));
    assertThat(visibleRows(robot))
        .as("timeline entries wholly in view at 1280×800")
        .isGreaterThanOrEqualTo(5);

    BackRegion region =
        timeline.getItems().stream()
            .filter(e -> e.kind() == EntryKind.SESSION && !e.regions().isEmpty())
            .findFirst()
            .orElseThrow()
            .regions()
            .iterator()
            .next();
    robot.interact(
        () -> robot.lookup("#history-region").<ComboBox<BackRegion>>query().setValue(region));
    LineChart<?, ?> chart = robot.lookup("#pain-trend-chart").query();
    waitUntil(
        () ->
            robot.lookup(".title-4").queryAll().stream()
                    .anyMatch(
                        n ->
                            n instanceof Label l
                                && l.getText()
                                    .equals(region.label() + ": pain before and after treatment"))
                && !chart.getData().isEmpty()
                && chart.getData().get(0).getName().equals("Before treatment"));
    assertThat(timeline.getItems().size()).isLessThanOrEqualTo(all);
    assertThat(timeline.getItems())
        .filteredOn(e -> e.kind() == EntryKind.SESSION)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.regions()).contains(region));
    assertThat(chart.getData().get(0).getData()).isNotEmpty();
    assertThat(chart.getData())
        .extracting(s -> s.getName())
        .contains("Before treatment", "After treatment");
    assertThat(
            robot.lookup(".title-4").queryAll().stream()
                .filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()))
        .contains(region.label() + ": pain before and after treatment");
  }

  /** Timeline rows wholly inside the list's visible area. */
  private static long visibleRows(FxRobot robot) {
    javafx.scene.Node list = robot.lookup("#timeline").query();
    javafx.geometry.Bounds view = list.localToScene(list.getBoundsInLocal());
    return robot
        .lookup("#timeline .list-cell")
        .<javafx.scene.control.ListCell<?>>queryAll()
        .stream()
        .filter(c -> c.getItem() != null && c.isVisible())
        .map(c -> c.localToScene(c.getBoundsInLocal()))
        .filter(b -> b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY())
        .count();
  }
}
