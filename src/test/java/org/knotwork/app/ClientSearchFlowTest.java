package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The client search empties with Escape, or with the clear button beside it, and shows everyone.
 */
@ExtendWith(ApplicationExtension.class)
class ClientSearchFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);
  @TempDir Path root;
  private Stage stage;
  private KnotworkApp app;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @BeforeEach
  void open(FxRobot robot) {
    try (var db =
        org.knotwork.db.Database.open(
            DataDirectory.at(root), org.knotwork.db.DatabaseCredentials.unencrypted())) {
      new AppContext(DataDirectory.at(root), db, CLOCK).demo().create(3, 1, 7L);
    }
    robot.interact(
        () -> {
          app = new KnotworkApp(DataDirectory.at(root), CLOCK);
          app.start(stage);
        });
    AppRobot.waitForClientList(robot);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void escapeEmptiesTheSearch(FxRobot robot) {
    robot.clickOn("#client-search").write("zzzz");
    AppRobot.waitUntil(() -> clients(robot).getItems().isEmpty());

    robot.type(KeyCode.ESCAPE);

    AppRobot.waitUntil(() -> clients(robot).getItems().size() == 3);
    assertThat(robot.lookup("#client-search").queryAs(TextField.class).getText()).isEmpty();
  }

  @Test
  void theClearButtonEmptiesTheSearch(FxRobot robot) throws Exception {
    robot.clickOn("#client-search").write("zzzz");
    AppRobot.waitUntil(() -> clients(robot).getItems().isEmpty());
    AppRobot.screenshot(robot, stage, screens().resolve("client-search-with-clear.png"));

    robot.clickOn("#client-search-clear");

    AppRobot.waitUntil(() -> clients(robot).getItems().size() == 3);
    assertThat(robot.lookup("#client-search").queryAs(TextField.class).getText()).isEmpty();
    assertThat(robot.lookup("#client-search").query().isFocused()).isTrue();
    assertThat(robot.lookup("#client-search-clear").query().isVisible()).isFalse();
  }

  private static ListView<?> clients(FxRobot robot) {
    return robot.lookup("#client-list").query();
  }

  private static Path screens() throws java.io.IOException {
    return java.nio.file.Files.createDirectories(Path.of("target", "screens"));
  }
}
