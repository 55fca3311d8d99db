package org.knotwork.app;

import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.ui.OnScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main screens in a 1024×700 window (a 13-inch laptop): the named controls are wholly inside
 * the window and show their whole text. Screenshots go to target/small-window.
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowLayoutTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir Path dataDir;
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

  /** Once the practice is open (and its remembered window size applied), a laptop's size. */
  private void smallWindow(FxRobot robot) {
    AppRobot.waitForClientList(robot);
    robot.interact(
        () -> {
          stage.setWidth(1024);
          stage.setHeight(700);
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void theClientListAndTheOpenClientsSections(FxRobot robot) throws Exception {
    smallWindow(robot);
    robot.interact(() -> robot.lookup("#client-show-archived").queryAs(CheckBox.class).fire());
    AppRobot.waitForClientList(robot);
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#overview-facts");
    shoot(robot, "overview");
    shown(robot, "#client-show-archived", "#client-count", "#export-record-button");
    shown(
        robot,
        "#overview-last-visit",
        "#overview-sessions",
        "#overview-next-reassessment",
        "#overview-last-red-flag");
    shownAll(robot, "#overview-regions .label");
    shownAll(robot, "#overview-measures .label");

    AppRobot.selectTab(robot, "tab-history");
    waitUntil(() -> !robot.lookup("#timeline").queryListView().getItems().isEmpty());
    shoot(robot, "history");
    shown(robot, "#history-region", "#history-kind", "#history-from", "#history-to");

    AppRobot.selectTab(robot, "tab-measures");
    waitUntil(() -> !robot.lookup("#measure-entries").queryListView().getItems().isEmpty());
    shoot(robot, "measures");
    shown(robot, "#measure-instrument", "#measure-record");
    robot.interact(
        () -> robot.lookup("#measures").<javafx.scene.control.ScrollPane>query().setVvalue(1));
    shoot(robot, "measures-end");
    shownAll(robot, "#measure-entries .label");

    AppRobot.selectTab(robot, "tab-intake");
    waitFor(robot, "#client-age");
    shoot(robot, "intake");
    shown(robot, "#client-age");
  }

  @Test
  void theRecordsPage(FxRobot robot) throws Exception {
    smallWindow(robot);
    robot.clickOn("#nav-records");
    waitFor(robot, "#retention-table");
    shoot(robot, "records");
    shown(
        robot, "#retention-about", "#retention-show-all", "#retention-export", "#retention-delete");
    robot.interact(
        () ->
            robot
                .lookup("#records-page")
                .<javafx.scene.control.TabPane>query()
                .getSelectionModel()
                .select(1));
    waitFor(robot, "#audit-table");
    waitUntil(
        () ->
            !robot
                .lookup("#audit-table")
                .<javafx.scene.control.TableView<?>>query()
                .getItems()
                .isEmpty());
    shoot(robot, "audit-log");
    shown(robot, "#audit-from", "#audit-export");

    robot.clickOn("#nav-practice");
    waitFor(robot, "#export-practice");
    AppRobot.scrollTo(robot, ".scroll-pane", "#export-settings", 40);
    shoot(robot, "practice-export");
    shown(robot, "#export-practice");
  }

  private void shown(FxRobot robot, String... queries) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(
        () -> {
          for (String query : queries) {
            Node node = robot.lookup(query).query();
            OnScreen.assertFullyShown(node);
            if (node instanceof ComboBox<?> combo) {
              OnScreen.assertWholeText(
                  combo.getButtonCell() != null
                      ? combo.getButtonCell()
                      : (Labeled) combo.lookup(".list-cell"));
            }
          }
        });
  }

  private void shownAll(FxRobot robot, String query) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> robot.lookup(query).queryAll().forEach(OnScreen::assertFullyShown));
  }

  private void shoot(FxRobot robot, String name) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "small-window"));
    AppRobot.screenshot(robot, stage, dir.resolve(name + ".png"));
  }
}
