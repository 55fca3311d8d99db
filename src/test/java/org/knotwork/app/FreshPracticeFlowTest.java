package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A practice with no clients yet: the empty screen teaches, and the theme button says its deed. */
@ExtendWith(ApplicationExtension.class)
class FreshPracticeFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

  @TempDir Path dataDir;
  private KnotworkApp app;

  @Start
  void start(Stage stage) {
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      new AppContext(dir, db, CLOCK)
          .practices()
          .start("Harbour Back Care", false, org.knotwork.practice.TestTherapist.PROFILE);
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
  }

  @AfterEach
  void stopApp(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void withNoClientsTheOpenClientAreaSaysHowToAddTheFirstOne(FxRobot robot) {
    AppRobot.waitFor(robot, "#client-workspace-hint");
    Label hint = robot.lookup("#client-workspace-hint").queryAs(Label.class);
    waitUntil(() -> hint.getText().contains("first client"));

    assertThat(hint.getText()).doesNotContain("Choose a client on the left").contains("New client");
    assertThat(hint.isVisible()).isTrue();
  }

  @Test
  void theThemeButtonSaysWhatClickingItDoes(FxRobot robot) {
    AppRobot.waitFor(robot, "#nav-theme");
    ToggleButton theme = robot.lookup("#nav-theme").queryAs(ToggleButton.class);
    assertThat(theme.getText()).isEqualTo("Dark");
    assertThat(theme.getAccessibleText()).isEqualTo("Switch to dark colours");

    robot.interact(theme::fire);

    assertThat(theme.getText()).isEqualTo("Light");
    assertThat(theme.getAccessibleText()).isEqualTo("Switch to light colours");
    assertThat(((org.kordamp.ikonli.javafx.FontIcon) theme.getGraphic()).getIconCode())
        .isEqualTo(org.kordamp.ikonli.material2.Material2MZ.WB_SUNNY);

    robot.interact(theme::fire);

    assertThat(theme.getText()).isEqualTo("Dark");
  }
}
