package org.knotwork.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditEntry.Action;
import org.knotwork.audit.WholeAuditLog;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.demo.DemoPractice;

/** A restore never takes an entry out of the audit log: later entries are carried over. */
class RestoreKeepsTheAuditLogTest {
  @TempDir Path root;
  private DataDirectory practice;
  private DatabaseCredentials key;

  @BeforeEach
  void smallDemoPractice() {
    practice = DataDirectory.at(root.resolve("practice"));
    key = PracticeKeys.forTests().create(practice, "harbour lantern meadow".toCharArray());
    try (Database db = Database.open(practice, key)) {
      new AppContext(practice, db, at("15:00")).demo().create(4, 1, 7L);
    }
  }

  @Test
  void entriesWrittenAfterTheBackupAreCarriedIntoTheRestoredRecords() {
    Path backupA = backUp("15:40");
    long added = addClient("15:45", "Added After The Backup");
    backUp("15:50");
    List<AuditEntry> before = auditLog();

    BackupService.Restored restored = restore(backupA, "16:00");

    List<AuditEntry> after = auditLog();
    assertThat(after.subList(0, before.size())).isEqualTo(before);
    assertThat(after.subList(before.size(), after.size()))
        .extracting(AuditEntry::action)
        .containsExactly(Action.BACKUP, Action.RESTORE); // the safety copy, then the restore
    assertThat(before)
        .contains(
            new AuditEntry(
                at("15:45").instant().atZone(ZoneOffset.UTC).toLocalDateTime(),
                // the demo practice's therapist, with the computer account
                DemoPractice.THERAPIST.name()
                    + " (account "
                    + System.getProperty("user.name")
                    + ")",
                Action.CREATE,
                "client",
                added));
    assertThat(restored.laterEntries().orElseThrow()).hasSize(4); // backup A, client, B, safety
    assertThat(after.get(after.size() - 1).detail())
        .isEqualTo(
            "knotwork-backup-2026-11-22-154000.zip of 22 Nov 2026, 15:40 ("
                + restored.manifest().summary()
                + "). 4 later entries carried over.");
    assertThat(restored.manifest().summary()).startsWith("4 clients");
  }

  @Test
  void aClientMadeAfterTheRestoreNeverTakesTheIdOfOneInACarriedEntry() {
    Path backupA = backUp("15:40");
    long gone = addClient("15:45", "Only In The Later Records");
    restore(backupA, "16:00");

    long made = addClient("16:05", "Added After The Restore");

    assertThat(made).isGreaterThan(gone);
  }

  @Test
  void restoringAgainKeepsEveryEntryOfEveryRestore() {
    Path backupA = backUp("15:40");
    addClient("15:45", "Added After A");
    Path backupB = backUp("15:50");
    restore(backupA, "16:00");
    addClient("16:05", "Added After Restoring A");
    List<AuditEntry> before = auditLog();

    // B belongs to the records from before the first restore; their entries were carried over
    restore(backupB, "16:10");

    List<AuditEntry> after = auditLog();
    assertThat(after.subList(0, before.size())).isEqualTo(before);
    assertThat(after).hasSize(before.size() + 2);
    assertThat(after).filteredOn(e -> e.action() == Action.RESTORE).hasSize(2);
  }

  @Test
  void afterARecoveryALaterBackupStillGetsTheEntriesWrittenSince() {
    Path backupA = backUp("15:40");
    addClient("15:45", "Added After A");
    Path backupB = backUp("15:50");
    // the records are damaged; recovery puts A in place without reading them
    Recovery recovery = new Recovery(practice, at("16:00"));
    Recovery.Recovered recovered = recovery.restore(recovery.check(backupA, key));
    try (Database db = Database.open(practice, key)) {
      service(db, "16:00").auditRestore(recovered.asRestored());
    }
    List<AuditEntry> afterRecovery = auditLog();
    assertThat(afterRecovery.get(afterRecovery.size() - 1).detail())
        .startsWith("knotwork-backup-2026-11-22-154000.zip of 22 Nov 2026, 15:40 (4 clients")
        .endsWith("The damaged records could not be read: later entries not carried over.");

    // B was made before the recovery, and its log goes on where the recovered records' does not
    restore(backupB, "16:10");

    List<AuditEntry> after = auditLog();
    assertThat(after)
        .as("the client added after A, which B holds")
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(Action.CREATE);
              assertThat(e.at()).isEqualTo("2026-11-22T15:45:00");
            });
    assertThat(after.subList(after.size() - 3, after.size()))
        .extracting(AuditEntry::action)
        .containsExactly(Action.RESTORE, Action.BACKUP, Action.RESTORE);
    assertThat(after.get(after.size() - 1).detail()).endsWith("2 later entries carried over.");
  }

  private BackupService service(Database db, String time) {
    return new BackupService(new BackupRepository(db.dsl()), practice, at(time), "test");
  }

  private Path backUp(String time) {
    try (Database db = Database.open(practice, key)) {
      BackupService backups = service(db, time);
      return backups.backupNow(backups.defaultFolder());
    }
  }

  private long addClient(String time, String name) {
    try (Database db = Database.open(practice, key)) {
      return new AppContext(practice, db, at(time))
          .clients()
          .save(Client.builder().fullName(name).build())
          .id();
    }
  }

  /** Restores as the app and the command line do: restore, open the restored records, audit. */
  private BackupService.Restored restore(Path backup, String time) {
    Database db = Database.open(practice, key);
    BackupService.Restored restored = service(db, time).restore(backup, key, db::close);
    try (Database reopened = Database.open(practice, key)) {
      service(reopened, time).auditRestore(restored);
    }
    return restored;
  }

  private List<AuditEntry> auditLog() {
    return WholeAuditLog.of(practice, key);
  }

  private static Clock at(String time) {
    return Clock.fixed(Instant.parse("2026-11-22T" + time + ":00Z"), ZoneOffset.UTC);
  }
}
