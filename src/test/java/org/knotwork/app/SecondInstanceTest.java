package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.InstanceLock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A second Knotwork on the same data folder explains itself and leaves the database alone. */
@ExtendWith(ApplicationExtension.class)
class SecondInstanceTest {
  @TempDir static Path dataDir;
  private static InstanceLock firstInstance;
  private KnotworkApp app;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    firstInstance = InstanceLock.tryAcquire(DataDirectory.at(dataDir)).orElseThrow();
    app = new KnotworkApp(DataDirectory.at(dataDir), Clock.systemUTC());
    app.start(stage);
  }

  @AfterEach
  void release(FxRobot robot) throws Exception {
    robot.interact(() -> app.stop());
    firstInstance.close();
  }

  @Test
  void secondInstanceShowsAlreadyOpenDialogAndDoesNotTouchTheDatabase(FxRobot robot) {
    AppRobot.waitFor(robot, "#dialog-message");

    assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
        .isEqualTo("Knotwork is already open");
    assertThat(robot.lookup("#dialog-message").queryAs(Label.class).getText())
        .contains("Another Knotwork window is already working with the records")
        .contains("nothing was changed");
    assertThat(Files.exists(DataDirectory.at(dataDir).databaseFile())).isFalse();

    robot.clickOn("OK");
    AppRobot.waitUntil(() -> !stage.isShowing());
    assertThat(Files.exists(DataDirectory.at(dataDir).databaseFile())).isFalse();
  }
}
