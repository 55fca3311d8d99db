package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditRepository;
import org.knotwork.backup.BackupService;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Restoring a backup from the Practice page, and recovering when the records will not open. */
@ExtendWith(ApplicationExtension.class)
class RestoreFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final String PASSPHRASE = "copper meadow lantern";
  @TempDir Path root;
  private Stage stage;
  private KnotworkApp app;
  private Path firstBackup;
  private long addedClientId;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  /** A practice of three demo clients with one backup of them, and a fourth client added after. */
  private DataDirectory practiceWithABackupAndOneClientMore() {
    DataDirectory dir = DataDirectory.at(root.resolve("practice"));
    DatabaseCredentials key = PracticeKeys.forTests().create(dir, PASSPHRASE.toCharArray());
    try (Database db = Database.open(dir, key)) {
      AppContext context = new AppContext(dir, db, CLOCK);
      context.demo().create(3, 1, 7L);
      BackupService backups = context.backups();
      firstBackup = backups.backupNow(backups.defaultFolder());
      addedClientId =
          context.clients().save(Client.builder().fullName("Added Afterwards").build()).id();
    }
    return dir;
  }

  @Test
  void restoringFromThePracticePageBringsTheBackupBackAndKeepsWhatWasThere(FxRobot robot) {
    DataDirectory dir = practiceWithABackupAndOneClientMore();
    unlock(robot, dir);
    AppRobot.waitForClientList(robot);
    assertThat(robot.lookup("#client-list").queryListView().getItems()).hasSize(4);

    robot.interact(
        () ->
            robot.lookup("#nav-practice").queryAs(javafx.scene.control.ToggleButton.class).fire());
    waitUntil(() -> !robot.lookup("#backup-kept").<ListView<?>>query().getItems().isEmpty());
    robot.interact(
        () -> {
          robot.lookup("#backup-kept").<ListView<?>>query().getSelectionModel().select(0);
          robot.lookup("#backup-restore").queryButton().fire();
        });
    waitFor(robot, "#dialog-message");
    assertThat(AppRobot.label(robot, "#dialog-message")).contains("3 clients");
    robot.clickOn("Restore");

    waitFor(robot, "#dialog-message");
    assertThat(AppRobot.label(robot, "#dialog-message"))
        .startsWith("The backup of 22 November 2026, 15:40 is restored (3 clients");
    robot.clickOn("OK");
    robot.interact(
        () -> robot.lookup("#nav-clients").queryAs(javafx.scene.control.ToggleButton.class).fire());
    AppRobot.waitForClientList(robot);
    waitUntil(() -> robot.lookup("#client-list").queryListView().getItems().size() == 3);

    robot.interact(() -> app.stop());
    assertThat(BackupService.backups(dir.root().resolve("backups/before-restore"))).hasSize(1);
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().unlock(dir, PASSPHRASE.toCharArray()))) {
      AuditRepository audit = new AuditRepository(db.dsl());
      assertThat(audit.about("client", addedClientId))
          .as("the client added after the backup is gone, but not its audit entry")
          .extracting(AuditEntry::action)
          .containsExactly(AuditEntry.Action.CREATE);
      assertThat(audit.about("practice", 1))
          .filteredOn(e -> e.action() == AuditEntry.Action.RESTORE)
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.detail())
                      .contains(firstBackup.getFileName().toString())
                      .contains("22 Nov 2026, 15:40")
                      .contains("3 clients"));
    }
    launch(robot, dir); // for the common stop after each test
  }

  @Test
  void damagedRecordsOfferTheNewestGoodBackup(FxRobot robot) throws Exception {
    DataDirectory dir = practiceWithABackupAndOneClientMore();
    byte[] bytes = Files.readAllBytes(dir.databaseFile());
    java.util.Arrays.fill(bytes, 0, 16384, (byte) 0x17);
    Files.write(dir.databaseFile(), bytes);

    unlock(robot, dir);
    waitFor(robot, "#recovery-screen");
    waitUntil(() -> !robot.lookup("#recovery-restore").queryButton().isDisabled());
    assertThat(robot.lookup("#recovery-offer").queryAs(Label.class).getText())
        .contains("The newest good backup is from Sunday 22 November 2026 at 15:40")
        .contains("3 clients");

    robot.interact(() -> robot.lookup("#recovery-restore").queryButton().fire());

    waitFor(robot, "#dialog-message");
    assertThat(AppRobot.label(robot, "#dialog-message"))
        .startsWith("Your records were restored from the backup of 22 November 2026, 15:40")
        .contains("The damaged file is kept as");
    robot.clickOn("OK");
    AppRobot.waitForClientList(robot);
    assertThat(robot.lookup("#client-list").queryListView().getItems()).hasSize(3);
    try (var kept = Files.list(dir.root().resolve("backups/before-restore"))) {
      assertThat(kept.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("knotwork-damaged-"));
    }

    robot.interact(() -> app.stop());
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().unlock(dir, PASSPHRASE.toCharArray()))) {
      assertThat(new AuditRepository(db.dsl()).about("practice", 1))
          .filteredOn(e -> e.action() == AuditEntry.Action.RESTORE)
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.detail())
                      .contains(firstBackup.getFileName().toString())
                      .contains("3 clients")
                      .contains("could not be read"));
    }
    launch(robot, dir); // for the common stop after each test
  }

  private void unlock(FxRobot robot, DataDirectory dir) {
    launch(robot, dir);
    waitFor(robot, "#passphrase");
    robot.interact(() -> robot.lookup("#passphrase").<PasswordField>query().setText(PASSPHRASE));
    robot.interact(() -> robot.lookup("#passphrase-submit").queryButton().fire());
  }

  private void launch(FxRobot robot, DataDirectory dir) {
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK, p -> {}, PracticeKeys.forTests());
          app.start(stage);
        });
  }
}
