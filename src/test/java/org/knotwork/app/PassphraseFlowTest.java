package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First start, a wrong passphrase, the right one, and records from before encryption. */
@ExtendWith(ApplicationExtension.class)
class PassphraseFlowTest {
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
  void chooseAPassphraseThenUnlockWithIt(FxRobot robot) {
    DataDirectory dir = DataDirectory.at(root);
    launch(robot, dir);
    waitFor(robot, "#passphrase-warning");
    type(robot, "#passphrase", "short");
    assertThat(AppRobot.label(robot, "#passphrase-hint")).startsWith("Too short");
    assertThat(robot.lookup("#passphrase-submit").queryButton().isDisabled()).isTrue();
    type(robot, "#passphrase", PASSPHRASE);
    type(robot, "#passphrase-repeat", PASSPHRASE);
    robot.interact(() -> robot.lookup("#passphrase-submit").queryButton().fire());
    waitFor(robot, "#welcome");
    assertThat(dir.keyFile()).isRegularFile();

    robot.interact(() -> app.stop());
    launch(robot, dir);
    waitFor(robot, "#passphrase");
    assertThat(robot.lookup("#passphrase-repeat").tryQuery()).isEmpty();
    type(robot, "#passphrase", "copper meadow");
    robot.interact(() -> robot.lookup("#passphrase-submit").queryButton().fire());
    waitUntil(() -> !AppRobot.label(robot, "#passphrase-error").isEmpty());
    assertThat(AppRobot.label(robot, "#passphrase-error"))
        .isEqualTo("That passphrase does not unlock these records. Check Caps Lock and try again.");

    type(robot, "#passphrase", PASSPHRASE);
    robot.interact(() -> robot.lookup("#passphrase-submit").queryButton().fire());
    waitFor(robot, "#welcome");

    robot.interact(() -> app.stop());
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().unlock(dir, PASSPHRASE.toCharArray()))) {
      assertThat(new org.knotwork.audit.AuditRepository(db.dsl()).about("practice", 1))
          .extracting(org.knotwork.audit.AuditEntry::action)
          .containsExactly(
              org.knotwork.audit.AuditEntry.Action.UNLOCK,
              org.knotwork.audit.AuditEntry.Action.UNLOCK_FAILED,
              org.knotwork.audit.AuditEntry.Action.UNLOCK);
    }
    launch(robot, dir); // for the common stop after each test
  }

  @Test
  void theSecondFieldStaysPutWhileTheHintChangesAndWhenAMismatchIsReported(FxRobot robot)
      throws Exception {
    DataDirectory dir = DataDirectory.at(root);
    launch(robot, dir);
    waitFor(robot, "#passphrase-warning");
    type(robot, "#passphrase", "short");
    double repeat = sceneY(robot, "#passphrase-repeat");
    double submit = sceneY(robot, "#passphrase-submit");

    for (String typed : new String[] {"", "tenletters", "long enough but two", PASSPHRASE}) {
      type(robot, "#passphrase", typed);
      assertThat(sceneY(robot, "#passphrase-repeat"))
          .as("“Type it again” after typing %d characters", typed.length())
          .isEqualTo(repeat);
    }
    type(robot, "#passphrase-repeat", "copper meadow");
    robot.interact(
        () ->
            robot
                .lookup("#passphrase-repeat")
                .query()
                .fireEvent(new javafx.event.ActionEvent())); // Enter in the second field
    waitUntil(() -> !AppRobot.label(robot, "#passphrase-error").isEmpty());
    assertThat(sceneY(robot, "#passphrase-repeat")).isEqualTo(repeat);
    assertThat(sceneY(robot, "#passphrase-submit")).isEqualTo(submit);
    Files.createDirectories(Path.of("target", "screens"));
    AppRobot.screenshot(robot, stage, Path.of("target", "screens", "passphrase-mismatch.png"));
  }

  private static double sceneY(FxRobot robot, String query) {
    javafx.scene.Node node = robot.lookup(query).query();
    WaitForAsyncUtils.waitForFxEvents();
    return node.localToScene(node.getLayoutBounds()).getMinY();
  }

  @Test
  void recordsFromBeforeEncryptionAreEncryptedOnFirstStart(FxRobot robot) throws Exception {
    DataDirectory dir = DataDirectory.at(root);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      new AppContext(dir, db, CLOCK).demo().create(3, 1, 7L);
    }
    byte[] before = Files.readAllBytes(dir.databaseFile());
    launch(robot, dir);
    waitFor(robot, "#passphrase-repeat");
    type(robot, "#passphrase", PASSPHRASE);
    type(robot, "#passphrase-repeat", PASSPHRASE);
    robot.interact(() -> robot.lookup("#passphrase-submit").queryButton().fire());

    AppRobot.waitForClientList(robot);
    assertThat(robot.lookup("#client-list").queryListView().getItems()).hasSize(3);
    assertThat(Files.readAllBytes(dir.databaseFile())).isNotEqualTo(before);
    assertThat(PracticeKeys.forTests().state(dir)).isEqualTo(PracticeKeys.State.LOCKED);
  }

  @Test
  void lockingHidesEveryClientDetailUntilThePassphraseIsGiven(FxRobot robot) {
    DataDirectory dir = DataDirectory.at(root);
    PracticeKeys keys = PracticeKeys.forTests();
    try (Database db = Database.open(dir, keys.create(dir, PASSPHRASE.toCharArray()))) {
      new AppContext(dir, db, CLOCK).demo().create(3, 1, 7L);
    }
    launch(robot, dir);
    waitFor(robot, "#passphrase");
    type(robot, "#passphrase", PASSPHRASE);
    robot.interact(() -> robot.lookup("#passphrase-submit").queryButton().fire());
    AppRobot.waitForClientList(robot);
    robot.clickOn(robot.lookup("#client-list .list-cell").<javafx.scene.Node>query());
    waitFor(robot, "#client-header-name");
    String name = AppRobot.label(robot, "#client-header-name");

    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.L);
    robot.release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.CONTROL);
    waitFor(robot, "#passphrase");

    assertThat(robot.lookup("#client-list").tryQuery()).isEmpty();
    assertThat(robot.lookup(name).tryQuery()).isEmpty();
    assertThat(
            robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText))
        .noneMatch(t -> t != null && t.contains(name));

    type(robot, "#passphrase", PASSPHRASE);
    robot.interact(() -> robot.lookup("#passphrase-submit").queryButton().fire());
    waitFor(robot, "#client-header-name");
    assertThat(AppRobot.label(robot, "#client-header-name")).isEqualTo(name);
  }

  private void launch(FxRobot robot, DataDirectory dir) {
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK, p -> {}, PracticeKeys.forTests());
          app.start(stage);
        });
  }

  private static void type(FxRobot robot, String query, String text) {
    robot.interact(() -> robot.lookup(query).<PasswordField>query().setText(text));
  }
}
