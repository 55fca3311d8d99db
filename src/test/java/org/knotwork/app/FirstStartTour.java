package org.knotwork.app;

import static org.knotwork.app.AppRobot.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.PracticeKeys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first hour on an empty folder at 1280×800, saved as PNGs for the user guide: choosing the
 * passphrase, the welcome, an empty practice, a new client and the backups. Runs only when asked,
 * with the {@link ScreenTour}: {@code mvn test -Dtest='*Tour' -Dknotwork.tour=docs/images}.
 */
@EnabledIfSystemProperty(named = "knotwork.tour", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class FirstStartTour {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir Path dataDir;
  private KnotworkApp app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = new KnotworkApp(DataDirectory.at(dataDir), CLOCK, p -> {}, PracticeKeys.forTests());
    app.start(stage);
    stage.setWidth(1280);
    stage.setHeight(800);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void firstHour(FxRobot robot) throws Exception {
    Path out = Path.of(System.getProperty("knotwork.tour"));
    Files.createDirectories(out);
    waitFor(robot, "#passphrase-warning");
    robot.interact(
        () -> {
          robot.lookup("#passphrase").<PasswordField>query().setText("copper meadow lantern");
          robot
              .lookup("#passphrase-repeat")
              .<PasswordField>query()
              .setText("copper meadow lantern");
        });
    AppRobot.screenshot(robot, stage, out.resolve("first-start.png"));
    robot.interact(() -> robot.lookup("#passphrase-submit").queryButton().fire());

    waitFor(robot, "#welcome");
    robot.interact(
        () -> {
          robot.lookup("#welcome-practice-name").<TextField>query().setText("Harbour Massage");
          robot.lookup("#welcome-therapist-name").<TextField>query().setText("Maya Lindqvist");
          robot
              .lookup("#welcome-therapist-title")
              .<TextField>query()
              .setText("Registered Massage Therapist");
          robot.lookup("#welcome-therapist-registration").<TextField>query().setText("RMT-20417");
          robot
              .lookup("#welcome-therapist-registered-with")
              .<TextField>query()
              .setText("College of Massage Therapists");
        });
    AppRobot.screenshot(robot, stage, out.resolve("welcome.png"));
    robot.interact(() -> robot.lookup("#welcome-start").queryButton().fire());

    waitFor(robot, "#client-new");
    AppRobot.screenshot(robot, stage, out.resolve("empty-practice.png"));
    robot.interact(() -> robot.lookup("#client-new").queryButton().fire());
    waitFor(robot, "#client-full-name");
    robot.interact(
        () ->
            robot.lookup("#client-full-name").<TextField>query().setText("Siobhán Ó Súilleabháin"));
    robot.clickOn("#client-phone").write("087 555 0142");
    AppRobot.screenshot(robot, stage, out.resolve("new-client.png"));
    robot.interact(() -> robot.lookup("#client-save").queryButton().fire());
    AppRobot.waitUntil(() -> !robot.lookup("#client-list").queryListView().getItems().isEmpty());

    robot.clickOn("#nav-practice");
    waitFor(robot, "#backup-settings");
    // One backup made, so the list shows a backup with the reason it is kept.
    robot.interact(() -> robot.lookup("#backup-now").queryButton().fire());
    AppRobot.waitUntil(() -> !robot.lookup("#backup-kept").queryListView().getItems().isEmpty());
    robot.interact(
        () -> {
          var node = robot.lookup("#backup-settings").query();
          var parent = node.getParent();
          while (!(parent instanceof ScrollPane) && parent != null) {
            parent = parent.getParent();
          }
          if (parent instanceof ScrollPane scroll) {
            double y = node.getBoundsInParent().getMinY();
            double content = scroll.getContent().getBoundsInLocal().getHeight();
            scroll.setVvalue(
                Math.min(1, y / Math.max(1, content - scroll.getViewportBounds().getHeight())));
          }
        });
    AppRobot.screenshot(robot, stage, out.resolve("backups.png"));
  }
}
