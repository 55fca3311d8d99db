package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The plan editor in a real window: a goal typed key by key lands whole in its field, which keeps
 * the keyboard while the therapist types.
 */
@Tag("real-window")
@ExtendWith({RealDisplay.class, ApplicationExtension.class})
class PlanGoalInARealWindowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
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
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      new AppContext(dir, db, CLOCK).demo().create(3, 1, 7L);
    }
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK, p -> {});
          app.start(stage);
          stage.setX(0);
          stage.setY(0);
          stage.setWidth(1280);
          stage.setHeight(800);
        });
    AppRobot.waitForClientList(robot);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void aGoalTypedKeyByKeyLandsWholeInItsField(FxRobot robot) throws Exception {
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#client-tabs");
    AppRobot.selectTab(robot, "tab-plans");
    waitFor(robot, "#plan-new");
    robot.clickOn("#plan-new");
    waitFor(robot, "#plan-editor");
    int before = goalRows(robot);
    robot.interact(() -> robot.lookup("#plan-add-goal").queryButton().fire());
    String field = "#plan-goal-text-" + before;
    waitFor(robot, field);
    AppRobot.scrollTo(robot, "#plan-editor", field, 120);

    robot.clickOn(field).write("Sit through a film");

    TextField text = robot.lookup(field).query();
    RealDisplay.screenshot("plans-1-goal-typed");
    assertThat(text.getText()).isEqualTo("Sit through a film");
    assertThat(text.isFocused()).isTrue();
  }

  private static int goalRows(FxRobot robot) {
    int i = 0;
    while (robot.lookup("#plan-goal-text-" + i).tryQuery().isPresent()) {
      i++;
    }
    return i;
  }
}
