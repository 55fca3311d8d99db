package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole app, headless: start a practice, add a client, find, edit, and find it after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class ClientRecordFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

  @TempDir static Path dataDir;
  private Stage stage;
  private KnotworkApp app;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = new KnotworkApp(DataDirectory.at(dataDir), CLOCK);
    app.start(stage);
  }

  @AfterEach
  void stopApp(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void clientCreatedFoundByAccentFreeSearchAndEditedSurvivesRestart(FxRobot robot) {
    AppRobot.waitFor(robot, "#welcome-practice-name");
    robot.clickOn("#welcome-practice-name").write("Harbour Back Care");
    AppRobot.enterTherapist(robot);
    robot.clickOn("#welcome-start");
    AppRobot.waitFor(robot, "#client-new");
    assertThat(stage.getTitle()).isEqualTo("Knotwork — Harbour Back Care");

    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    Button save = robot.lookup("#client-save").queryButton();
    assertThat(save.isDisabled()).as("nothing typed yet, nothing to save").isTrue();
    robot.interact(
        () ->
            robot.lookup("#client-full-name").queryAs(TextField.class).setText("Zoë Łukasiewicz"));
    robot.clickOn("#client-phone").write("07700 900123");
    assertThat(save.isDisabled()).isFalse();
    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    AppRobot.waitUntil(() -> AppRobot.label(robot, "#client-save-status").startsWith("Saved"));
    assertThat(AppRobot.label(robot, "#client-header-name")).isEqualTo("Zoë Łukasiewicz");

    robot.clickOn("#client-search").write("zoe luk");
    AppRobot.waitUntil(() -> listSize(robot) == 1);
    assertThat(list(robot).getItems().get(0).fullName()).isEqualTo("Zoë Łukasiewicz");

    robot.interact(() -> robot.lookup("#client-occupation").query().requestFocus());
    robot.write("Sign language interpreter");
    assertThat(AppRobot.label(robot, "#client-save-status")).isEqualTo("Unsaved changes");
    robot.clickOn("#client-save");
    AppRobot.waitUntil(() -> AppRobot.label(robot, "#client-save-status").startsWith("Saved"));

    robot.interact(
        () -> {
          app.stop();
          app = new KnotworkApp(DataDirectory.at(dataDir), CLOCK);
          app.start(stage);
        });
    AppRobot.waitFor(robot, "#client-search");
    robot.clickOn("#client-search").write("lukasiewicz");
    AppRobot.waitUntil(() -> listSize(robot) == 1);
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    AppRobot.waitUntil(
        () -> AppRobot.label(robot, "#client-header-name").equals("Zoë Łukasiewicz"));
    assertThat(robot.lookup("#client-occupation").queryAs(TextField.class).getText())
        .isEqualTo("Sign language interpreter");
    assertThat(robot.lookup("#client-phone").queryAs(TextField.class).getText())
        .isEqualTo("07700 900123");
  }

  private static int listSize(FxRobot robot) {
    return robot
        .lookup("#client-list")
        .<ListView<ClientSummary>>tryQuery()
        .map(list -> list.getItems().size())
        .orElse(-1);
  }

  private static ListView<ClientSummary> list(FxRobot robot) {
    return robot.lookup("#client-list").queryListView();
  }
}
