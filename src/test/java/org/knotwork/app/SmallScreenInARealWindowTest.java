package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Knotwork on a 13-inch laptop's 1024×700 screen, after it was last closed at 1280×800 on a larger
 * one: the window fits the screen, and every main screen is shown (target/real-window/small-*).
 */
@Tag("real-window")
@Tag("small-screen")
@ScreenSize(width = 1024, height = 700)
@ExtendWith({RealDisplay.class, ApplicationExtension.class})
class SmallScreenInARealWindowTest {
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
  void open(FxRobot robot) throws Exception {
    DataDirectory dir = DataDirectory.at(root.resolve("practice"));
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().create(dir, PASSPHRASE.toCharArray()))) {
      new AppContext(dir, db, CLOCK).demo().create(8, 2, 42L);
    }
    // Last closed on a larger screen, at the default size, in its top left corner.
    new WindowSettings(0, 0, 1280, 800, false).save(dir.windowSettingsFile());
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK, p -> {}, PracticeKeys.forTests());
          app.start(stage);
        });
    waitFor(robot, "#passphrase");
    RealDisplay.screenshot("small-0-unlock");
    robot.clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
    AppRobot.waitForClientList(robot);
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#overview-facts");
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void theWindowRememberedFromALargerScreenFitsThisOne(FxRobot robot) throws Exception {
    RealDisplay.screenshot("small-1-overview");
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    assertThat(screen.getWidth()).isEqualTo(1024);
    assertThat(screen.getHeight()).isEqualTo(700);

    assertThat(screen.contains(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
        .as(
            "window %s,%s %sx%s on the screen",
            stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())
        .isTrue();
    Bounds export =
        robot
            .lookup("#export-record-button")
            .query()
            .localToScreen(robot.lookup("#export-record-button").query().getBoundsInLocal());
    assertThat(
            screen.contains(
                export.getMinX(), export.getMinY(), export.getWidth(), export.getHeight()))
        .as("Export record… at %s", export)
        .isTrue();
    assertThat(stage.getMinWidth()).isLessThanOrEqualTo(1024);
    assertThat(stage.getMinHeight()).isLessThanOrEqualTo(700);
  }

  @Test
  void aNoteBeingWrittenGetsTheRoomAtThisSize(FxRobot robot) throws Exception {
    AppRobot.selectTab(robot, "tab-notes");
    waitFor(robot, "#note-new");
    robot.clickOn("#note-new");
    waitFor(robot, "#body-chart");
    Thread.sleep(1000);
    WaitForAsyncUtils.waitForFxEvents();
    RealDisplay.screenshot("small-note-1-draft");
    javafx.scene.control.ScrollPane note = robot.lookup("#session-note-scroll").query();
    assertThat(note.getWidth()).as("the note's column").isGreaterThanOrEqualTo(560);
    assertThat(Clipping.under(robot.lookup("#notes").query())).isEmpty();

    robot.clickOn("#note-list-show");
    waitUntil(() -> robot.lookup("#note-list-hide").query().isVisible());
    Thread.sleep(500);
    RealDisplay.screenshot("small-note-2-list-unfolded");
    robot.clickOn("#note-list-hide");
    waitFor(robot, "#note-list-show");
    AppRobot.scrollTo(robot, "#session-note-scroll", "#body-chart", 0);
    Thread.sleep(500);
    RealDisplay.screenshot("small-note-3-chart");
  }

  @Test
  void everyMainScreenAtThisSize(FxRobot robot) throws Exception {
    RealDisplay.screenshot("small-1-overview");
    String[] tabs = {"tab-notes", "tab-history", "tab-plans", "tab-measures", "tab-intake"};
    for (int i = 0; i < tabs.length; i++) {
      AppRobot.selectTab(robot, tabs[i]);
      Thread.sleep(1500);
      WaitForAsyncUtils.waitForFxEvents();
      RealDisplay.screenshot("small-" + (i + 2) + "-" + tabs[i]);
    }
    robot.clickOn("#nav-handouts");
    waitUntil(() -> !robot.lookup("#handout-list").queryListView().getItems().isEmpty());
    RealDisplay.screenshot("small-7-handouts");
    robot.clickOn("#nav-records");
    waitFor(robot, "#records-page");
    Thread.sleep(1000);
    RealDisplay.screenshot("small-8-records");
    robot.clickOn("#nav-practice");
    waitFor(robot, "#letterhead-settings");
    RealDisplay.screenshot("small-9-practice");
    for (double v : new double[] {0.25, 0.5, 0.75, 1}) {
      robot.interact(
          () ->
              ((javafx.scene.control.ScrollPane)
                      robot
                          .lookup("#letterhead-settings")
                          .query()
                          .getParent()
                          .getParent()
                          .getParent()
                          .getParent())
                  .setVvalue(v));
      WaitForAsyncUtils.waitForFxEvents();
      RealDisplay.screenshot("small-9-practice-" + (int) (v * 100));
    }
  }
}
