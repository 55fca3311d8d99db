package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Measures tab: a Neck Disability Index the client's form gives as a percentage is entered as a
 * percentage, by choosing the unit beside the score, and is kept as the form's raw total.
 */
@ExtendWith(ApplicationExtension.class)
class MeasureUnitFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir static Path dataDir;
  private KnotworkApp app;

  @Start
  void start(Stage stage) {
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      new AppContext(dir, db, CLOCK).demo().create(2, 1, 42L);
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void ndiEnteredAsAPercentageIsKeptAsItsRawTotal(FxRobot robot) {
    AppRobot.waitForClientList(robot);
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#overview-facts");
    AppRobot.selectTab(robot, "tab-measures");
    ComboBox<Instrument> measure = robot.lookup("#measure-instrument").queryComboBox();
    waitUntil(() -> !measure.getItems().isEmpty());
    robot.interact(
        () ->
            measure.setValue(
                measure.getItems().stream()
                    .filter(i -> i.code().equals(Instrument.NDI))
                    .findFirst()
                    .orElseThrow()));
    ListView<OutcomeEntry> entries = robot.lookup("#measure-entries").queryListView();
    int before = entries.getItems().size();

    ComboBox<?> unit = robot.lookup("#measure-score-unit").queryComboBox();
    assertThat(unit.isVisible()).as("the unit is chosen beside the score").isTrue();
    robot.clickOn(unit);
    robot.clickOn("percent (%)");
    robot.clickOn(robot.lookup("#measure-score").<TextField>query()).write("30");
    robot.clickOn("#measure-record");

    waitUntil(() -> entries.getItems().size() == before + 1);
    OutcomeEntry added =
        entries.getItems().stream()
            .filter(e -> e.instrument().code().equals(Instrument.NDI))
            .filter(e -> e.takenOn().equals(java.time.LocalDate.of(2026, 11, 22)))
            .findFirst()
            .orElseThrow();
    assertThat(added.score()).as("30% of the NDI is 15 of its 50 points").isEqualTo(15);
    assertThat(added.formattedScore()).isEqualTo("15/50 (30%)");
    assertThat(robot.lookup("#measure-entries .label").queryAllAs(javafx.scene.control.Label.class))
        .extracting(javafx.scene.control.Label::getText)
        .contains("15/50 (30%)");
    javafx.scene.chart.LineChart<?, ?> chart = robot.lookup("#measure-chart").query();
    assertThat(chart.getYAxis().getLabel())
        .as("the chart says what its numbers are")
        .startsWith("Points out of 50");

    AppRobot.selectTab(robot, "tab-overview");
    waitFor(robot, "#overview-measure-change");
    assertThat(
            robot.lookup("#overview-measure-change").queryAllAs(javafx.scene.control.Label.class))
        .extracting(javafx.scene.control.Label::getText)
        .as("every measure says what it is compared with")
        .allMatch(
            t ->
                t.matches(
                    ".* since (the plan of \\d{1,2} \\w+ \\d{4}|first recorded"
                        + "|the new baseline of \\d{1,2} \\w+ \\d{4})"));
  }
}
