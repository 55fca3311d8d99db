package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.PracticeKeys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first start of a new practice, after the passphrase: the welcome asks who the therapist is
 * (name as registered, title, registration and who issued it) with the practice's name, starts only
 * once they are given, and the Practice page shows them afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class FirstStartAsksWhoSignsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final String PASSPHRASE = "copper meadow lantern";
  @TempDir Path root;
  private KnotworkApp app;

  @Start
  void start(Stage stage) {
    app = new KnotworkApp(DataDirectory.at(root), CLOCK, p -> {}, PracticeKeys.forTests());
    app.start(stage);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void theWelcomeAsksWhoSignsAndThePracticePageKeepsIt(FxRobot robot) {
    waitFor(robot, "#passphrase-warning");
    robot.interact(
        () -> {
          robot.lookup("#passphrase").<PasswordField>query().setText(PASSPHRASE);
          robot.lookup("#passphrase-repeat").<PasswordField>query().setText(PASSPHRASE);
          robot.lookup("#passphrase-submit").queryButton().fire();
        });
    waitFor(robot, "#welcome-therapist-name");

    type(robot, "#welcome-practice-name", "Harbour Massage");
    assertThat(robot.lookup("#welcome-start").queryButton().isDisabled())
        .as("the practice has a name, but nobody to sign its notes")
        .isTrue();
    type(robot, "#welcome-therapist-name", "Maya Lindqvist");
    type(robot, "#welcome-therapist-title", "Registered Massage Therapist");
    type(robot, "#welcome-therapist-registration", "RMT-20417");
    assertThat(robot.lookup("#welcome-start").queryButton().isDisabled())
        .as("a registration number without the body that issued it")
        .isTrue();
    type(robot, "#welcome-therapist-registered-with", "College of Massage Therapists");
    assertThat(robot.lookup("#welcome-start").queryButton().isDisabled()).isFalse();

    robot.interact(() -> robot.lookup("#welcome-start").queryButton().fire());
    waitFor(robot, "#client-new");
    robot.interact(
        () ->
            robot.lookup("#nav-practice").queryAs(javafx.scene.control.ToggleButton.class).fire());
    waitFor(robot, "#practice-therapist-name");
    AppRobot.waitUntil(() -> !text(robot, "#practice-therapist-name").isEmpty());

    assertThat(text(robot, "#practice-therapist-name")).isEqualTo("Maya Lindqvist");
    assertThat(text(robot, "#practice-therapist-title")).isEqualTo("Registered Massage Therapist");
    assertThat(text(robot, "#practice-therapist-registration")).isEqualTo("RMT-20417");
    assertThat(text(robot, "#practice-therapist-registered-with"))
        .isEqualTo("College of Massage Therapists");
    assertThat(robot.lookup("#practice-therapist-save").queryButton().isDisabled())
        .as("nothing changed yet")
        .isTrue();
  }

  private static void type(FxRobot robot, String query, String text) {
    robot.interact(() -> robot.lookup(query).<TextField>query().setText(text));
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).<TextField>query().getText();
  }
}
