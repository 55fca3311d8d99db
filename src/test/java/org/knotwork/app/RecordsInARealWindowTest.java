package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.PracticeKeys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Records page in a real window: a date typed into the audit log's filter, or a number into the
 * retention period, counts once the field is left with Tab, as it does on Enter.
 */
@Tag("real-window")
@ExtendWith({RealDisplay.class, ApplicationExtension.class})
class RecordsInARealWindowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final String PASSPHRASE = "copper meadow lantern";
  @TempDir Path root;
  private Stage stage;
  private KnotworkApp app;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @BeforeEach
  void open(FxRobot robot) {
    DataDirectory dir = DataDirectory.at(root.resolve("practice"));
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().create(dir, PASSPHRASE.toCharArray()))) {
      new AppContext(dir, db, CLOCK).demo().create(3, 1, 7L);
    }
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK, p -> {}, PracticeKeys.forTests());
          app.start(stage);
        });
    waitFor(robot, "#passphrase");
    robot.clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
    AppRobot.waitForClientList(robot);
    robot.clickOn("#nav-records");
    waitFor(robot, "#records-page");
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void aDateTypedInTheAuditFilterCountsWhenTabLeavesIt(FxRobot robot) throws Exception {
    robot.clickOn(
        robot
            .lookup("#records-page .tab-label")
            .match(org.testfx.matcher.control.LabeledMatchers.hasText("Audit log"))
            .<javafx.scene.Node>query());
    waitFor(robot, "#audit-from");
    AppRobot.waitUntil(
        () -> !robot.lookup("#audit-table").<TableView<?>>query().getItems().isEmpty());

    robot.clickOn("#audit-from").write("1 Dec 2026").type(KeyCode.TAB);

    AppRobot.waitUntil(
        () -> robot.lookup("#audit-table").<TableView<?>>query().getItems().isEmpty());
    RealDisplay.screenshot("records-1-audit-filtered-by-a-typed-date");
    assertThat(robot.lookup("#audit-from").queryAs(DatePicker.class).getValue())
        .isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void aNumberTypedInTheRetentionPeriodCountsWhenTabLeavesIt(FxRobot robot) throws Exception {
    waitFor(robot, "#retention-years");
    robot.doubleClickOn("#retention-years").write("12").type(KeyCode.TAB);

    AppRobot.waitUntil(
        () -> robot.lookup("#retention-years").<Spinner<Integer>>query().getValue() == 12);
    RealDisplay.screenshot("records-2-retention-period-typed");
  }
}
