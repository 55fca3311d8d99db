package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditEntry.Action;
import org.knotwork.audit.WholeAuditLog;
import org.knotwork.backup.BackupRefusedException;
import org.knotwork.backup.BackupService;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.InstanceLock;
import org.knotwork.db.PracticeKeys;
import org.knotwork.db.WrongPassphraseException;
import org.knotwork.testing.MovableClock;

/** The one way a practice is opened, restored and closed, by the app and the command line. */
class PracticeSessionTest {
  private static final char[] PASSPHRASE = "harbour lantern meadow".toCharArray();
  private static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 22, 9, 0);

  @TempDir Path root;
  private DataDirectory dir;
  private final MovableClock clock = new MovableClock(MORNING);
  private PracticeSession session;

  @BeforeEach
  void newPractice() throws Exception {
    dir = DataDirectory.at(root.resolve("practice"));
    session = new PracticeSession(dir, clock, PracticeKeys.forTests());
    assertThat(session.acquire()).isTrue();
    assertThat(session.keyState()).isEqualTo(PracticeKeys.State.NEW);
    session.open(session.createKey(PASSPHRASE.clone())).demo().create(3, 1, 7L);
  }

  @AfterEach
  void closeIt() {
    session.close();
  }

  @Test
  void theUnlockIsAuditedWithTheWrongPassphrasesTypedBeforeIt() throws Exception {
    session.close();
    session = new PracticeSession(dir, clock, PracticeKeys.forTests());
    assertThat(session.acquire()).isTrue();
    assertThat(session.keyState()).isEqualTo(PracticeKeys.State.LOCKED);
    assertThatThrownBy(() -> session.unlock("wrong guess".toCharArray()))
        .isInstanceOf(WrongPassphraseException.class);
    clock.set(MORNING.plusHours(1));

    session.open(session.unlock(PASSPHRASE.clone()));
    session.auditUnlock(1);
    clock.set(MORNING.plusHours(2));
    session.auditLock();

    assertThat(session.context().audit().about("practice", 1))
        .filteredOn(e -> e.action() != Action.CREATE && e.action() != Action.UPDATE)
        .extracting(AuditEntry::action, AuditEntry::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Action.UNLOCK_FAILED, MORNING.plusHours(1)),
            org.assertj.core.groups.Tuple.tuple(Action.UNLOCK, MORNING.plusHours(1)),
            org.assertj.core.groups.Tuple.tuple(Action.LOCK, MORNING.plusHours(2)));
  }

  @Test
  void aSecondSessionOnTheSameFolderIsRefusedUntilTheFirstCloses() throws Exception {
    PracticeSession second = new PracticeSession(dir, clock, PracticeKeys.forTests());

    assertThat(second.acquire()).isFalse();
    assertThatThrownBy(() -> second.open(DatabaseCredentials.unencrypted()))
        .isInstanceOf(IllegalStateException.class);

    session.close();
    assertThat(second.acquire()).isTrue();
    second.close();
  }

  @Test
  void aRestoreReopensTheRestoredRecordsAndAuditsItWithTheSessionsClock() {
    Path backup = session.context().backups().backupNow(root.resolve("kept"));
    clock.set(MORNING.plusMinutes(30));
    long added =
        session
            .context()
            .clients()
            .save(Client.builder().fullName("After The Backup").build())
            .id();
    AppContext before = session.context();
    clock.set(MORNING.plusHours(1));

    BackupService.Restored restored = session.restore(backup);

    assertThat(session.context()).isNotSameAs(before);
    assertThat(session.context().clients().search("After The Backup", true)).isEmpty();
    assertThat(session.context().audit().about("client", added))
        .as("the entry of the client added after the backup is carried over")
        .extracting(AuditEntry::action)
        .containsExactly(Action.CREATE);
    List<AuditEntry> log = session.context().audit().since(MORNING.plusHours(1));
    assertThat(log)
        .filteredOn(e -> e.action() == Action.RESTORE)
        .singleElement()
        .extracting(AuditEntry::at)
        .isEqualTo(MORNING.plusHours(1));
    assertThat(Files.exists(restored.safetyBackup())).isTrue();
    assertThat(PracticeSession.restoredNotice(restored))
        .startsWith("The backup of 22 November 2026, 09:00 is restored (3 clients")
        .endsWith(
            "Your records as they were just before are kept in " + restored.safetyBackup() + ".");
  }

  @Test
  void aRestoreThatFailsLeavesTheRecordsOpenAsTheyWere() throws Exception {
    Path notABackup = Files.writeString(root.resolve("holiday.zip"), "not a backup");
    AppContext before = session.context();

    assertThatThrownBy(() -> session.restore(notABackup))
        .isInstanceOf(BackupRefusedException.class);

    assertThat(session.isOpen()).isTrue();
    assertThat(session.context()).isSameAs(before);
    assertThat(session.context().clients().search("", true)).hasSize(3);
  }

  @Test
  void closingBacksUpClearsThePrintoutsAndFreesTheFolder() throws Exception {
    Files.createDirectories(dir.printoutsDirectory());
    Path printout = Files.writeString(dir.printoutsDirectory().resolve("plan.pdf"), "%PDF");
    Path backups = session.context().backups().defaultFolder();

    session.closeAndBackUp();

    assertThat(printout).doesNotExist();
    try (var made = Files.list(backups)) {
      assertThat(made.filter(f -> f.toString().endsWith(".zip"))).hasSize(1);
    }
    assertThat(session.isOpen()).isFalse();
    try (InstanceLock free = InstanceLock.tryAcquire(dir).orElseThrow()) {
      assertThat(WholeAuditLog.of(dir, PracticeKeys.forTests().unlock(dir, PASSPHRASE.clone())))
          .extracting(AuditEntry::action)
          .contains(Action.BACKUP);
    }
  }

  @Test
  void aFailingClosingBackupStillClosesTheRecordsAndFreesTheFolder() throws Exception {
    session.close();
    session =
        new PracticeSession(
            dir,
            clock,
            PracticeKeys.forTests(),
            context -> {
              throw new IllegalStateException("The backup folder is on a drive that is gone");
            });
    session.acquire();
    session.open(session.unlock(PASSPHRASE.clone()));

    session.closeAndBackUp();

    assertThat(session.isOpen()).isFalse();
    assertThat(InstanceLock.tryAcquire(dir)).isPresent().get().satisfies(InstanceLock::close);
  }
}
