package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.PracticeKeys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A new therapist's first minutes in a real window: choosing a passphrase and naming the practice
 * by typing, a first client typed character by character, then leaving with unsaved changes — once
 * by the window manager's close request (as the window's close button sends it), once by Ctrl+Q.
 */
@Tag("real-window")
@ExtendWith({RealDisplay.class, ApplicationExtension.class})
class FirstHourInARealWindowTest {
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

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void firstStartAFirstClientAndLeavingWithUnsavedChanges(FxRobot robot) throws Exception {
    DataDirectory dir = DataDirectory.at(root.resolve("practice"));
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK, p -> {}, PracticeKeys.forTests());
          app.start(stage);
        });
    waitFor(robot, "#passphrase-warning");
    robot.clickOn("#passphrase").write(PASSPHRASE);
    robot.clickOn("#passphrase-repeat").write(PASSPHRASE);
    RealDisplay.screenshot("first-1-passphrase");
    robot.clickOn("#passphrase-submit");
    waitFor(robot, "#welcome");
    robot.clickOn("#welcome-practice-name").write("Harbour Street Massage");
    robot.clickOn("#welcome-therapist-name").write("Maya Lindqvist");
    robot.clickOn("#welcome-therapist-title").write("Registered Massage Therapist");
    robot.clickOn("#welcome-start");
    waitForShown(robot, "#client-list-empty");

    robot.clickOn("#client-new");
    waitForShown(robot, "#client-full-name");
    robot.clickOn("#client-full-name").write("Anna Berg");
    AppRobot.scrollTo(robot, "#client-form-scroll", "#client-occupation", 120);
    robot.clickOn("#client-occupation").write("Ferry pilot");
    RealDisplay.screenshot("first-2-client-typed");
    assertThat(text(robot, "#client-full-name")).isEqualTo("Anna Berg");
    assertThat(text(robot, "#client-occupation")).isEqualTo("Ferry pilot");
    robot.clickOn("#client-save");
    waitUntil(() -> !AppRobot.label(robot, "#client-save-status").isEmpty());
    RealDisplay.screenshot("first-3-client-saved");

    AppRobot.scrollTo(robot, "#client-form-scroll", "#client-occupation", 120);
    robot
        .doubleClickOn("#client-occupation")
        .push(KeyCode.CONTROL, KeyCode.A)
        .write("Harbour pilot");
    RealDisplay.screenshot("first-4-unsaved-change");
    RealDisplay.closeRequest("^Knotwork — Harbour Street Massage");
    waitFor(robot, "#dialog-message");
    RealDisplay.screenshot("first-4-close-asks-about-unsaved-changes");
    robot.clickOn("Keep editing");
    waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isEmpty());
    assertThat(stage.isShowing()).isTrue();
    assertThat(text(robot, "#client-occupation")).isEqualTo("Harbour pilot");

    robot.push(KeyCode.CONTROL, KeyCode.Q);
    waitFor(robot, "#dialog-message");
    robot.clickOn(
        robot
            .lookup(".dialog-pane .button")
            .match(org.testfx.matcher.control.LabeledMatchers.hasText("Save"))
            .<javafx.scene.Node>query());
    waitUntil(() -> !stage.isShowing());

    robot.interact(() -> app.stop());
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().unlock(dir, PASSPHRASE.toCharArray()))) {
      AppContext context = new AppContext(dir, db, CLOCK);
      Client anna = context.clients().load(context.clients().search("Anna", false).get(0).id());
      assertThat(anna.fullName()).isEqualTo("Anna Berg");
      assertThat(anna.occupation()).isEqualTo("Harbour pilot");
    }
  }

  /** Waits until the node and every node around it are visible: it is really on screen. */
  private static void waitForShown(FxRobot robot, String query) {
    waitUntil(
        () ->
            robot
                .lookup(query)
                .tryQuery()
                .map(
                    node -> {
                      for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
                        if (!n.isVisible()) {
                          return false;
                        }
                      }
                      return node.getScene() != null;
                    })
                .orElse(false));
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(TextField.class).getText();
  }
}
