package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.WholeAuditLog;
import org.knotwork.backup.BackupService;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.db.generated.Tables;

/** backup, restore and verify from the command line, as support would use them. */
class BackupCommandsTest {
  private static final String PASSPHRASE = "harbour lantern meadow";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir Path root;

  @Test
  void backUpChangeRestoreAndVerify() throws Exception {
    DataDirectory data = practice();
    Cli.Result backup = Cli.run("backup", "--data-dir", dir(data), "--passphrase-file", pass());
    assertThat(backup.code()).as(backup.err()).isZero();
    Path file = BackupService.backups(data.root().resolve("backups")).get(0);
    assertThat(backup.out()).contains("Backed up to " + file);

    addClient(data, "Added After Backup");
    assertThat(clients(data)).isEqualTo(7);
    Cli.Result later = Cli.run("backup", "--data-dir", dir(data), "--passphrase-file", pass());
    assertThat(later.code()).as(later.err()).isZero();
    List<AuditEntry> before = auditLog(data);

    Cli.Result restore =
        Cli.run("restore", file.toString(), "--data-dir", dir(data), "--passphrase-file", pass());
    assertThat(restore.code()).as(restore.err()).isZero();
    // the command line backs up with the computer's clock, so the date is today's
    assertThat(restore.out())
        .containsPattern("Restored the backup of \\d{4}-\\d{2}-\\d{2} \\(6 clients");
    assertThat(clients(data)).isEqualTo(6);
    assertThat(BackupService.backups(data.root().resolve("backups"))).hasSize(2).contains(file);
    assertThat(BackupService.backups(data.root().resolve("backups/before-restore"))).hasSize(1);

    // Every entry written before the restore is still there, in order: the client added after
    // the backup, both backups; then the safety copy made by the restore, and the restore itself.
    List<AuditEntry> after = auditLog(data);
    assertThat(after).hasSize(before.size() + 2);
    assertThat(after.subList(0, before.size())).isEqualTo(before);
    assertThat(before)
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.CREATE);
              assertThat(e.entity()).isEqualTo("client");
            });
    assertThat(before).filteredOn(e -> e.action() == AuditEntry.Action.BACKUP).hasSize(2);
    assertThat(after.get(before.size()).action()).isEqualTo(AuditEntry.Action.BACKUP);
    AuditEntry restored = after.get(after.size() - 1);
    assertThat(restored.action()).isEqualTo(AuditEntry.Action.RESTORE);
    assertThat(restored.detail())
        .contains(file.getFileName().toString())
        .contains(
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                .format(BackupService.madeAt(file)))
        .contains("6 clients");

    Cli.Result verify = Cli.run("verify", "--data-dir", dir(data), "--passphrase-file", pass());
    assertThat(verify.code()).as(verify.err()).isZero();
    assertThat(verify.out()).contains("every signed note is exactly as it was signed");
  }

  @Test
  void aDamagedBackupIsRefusedAndTheRecordsStayAsTheyAre() throws Exception {
    DataDirectory data = practice();
    Path bad = root.resolve("bad.zip");
    Files.writeString(bad, "this is not a backup");

    Cli.Result restore =
        Cli.run("restore", bad.toString(), "--data-dir", dir(data), "--passphrase-file", pass());

    assertThat(restore.code()).isEqualTo(1);
    assertThat(restore.err())
        .contains("This backup cannot be restored")
        .doesNotContain("Exception");
    assertThat(clients(data)).isEqualTo(6);
  }

  @Test
  void verifyFindsASignedNoteChangedBehindKnotworksBack() throws Exception {
    DataDirectory data = practice();
    try (Database db = Database.open(data, key(data))) {
      db.dsl().execute("DROP TRIGGER session_signed_guard");
      db.dsl()
          .update(Tables.SESSION)
          .set(Tables.SESSION.RESPONSE, "Edited afterwards")
          .where(Tables.SESSION.STATUS.eq(org.knotwork.session.NoteStatus.SIGNED))
          .limit(1)
          .execute();
    }
    Cli.Result verify = Cli.run("verify", "--data-dir", dir(data), "--passphrase-file", pass());
    assertThat(verify.code()).isEqualTo(1);
    assertThat(verify.err()).contains("1 signed note(s) changed since signing");
  }

  @Test
  void verifyFindsRowsThatBreakTheSchemasRules() throws Exception {
    DataDirectory data = practice();
    try (Database db = Database.open(data, key(data))) {
      db.dsl().execute("SET REFERENTIAL_INTEGRITY FALSE");
      db.dsl()
          .execute(
              "UPDATE outcome_entry SET client_id = 424242"
                  + " WHERE id = (SELECT MIN(id) FROM outcome_entry)");
      db.dsl().execute("SET REFERENTIAL_INTEGRITY TRUE");
      db.dsl().execute("ALTER TABLE practice DROP CONSTRAINT practice_auto_lock_minutes");
      db.dsl().execute("UPDATE practice SET auto_lock_minutes = 500");
      db.dsl()
          .execute(
              "ALTER TABLE practice ADD CONSTRAINT practice_auto_lock_minutes"
                  + " CHECK (auto_lock_minutes BETWEEN 1 AND 120) NOCHECK");
    }
    Cli.Result verify = Cli.run("verify", "--data-dir", dir(data), "--passphrase-file", pass());
    assertThat(verify.code()).isEqualTo(1);
    assertThat(verify.err())
        .contains("The records break their own rules")
        .contains("1 row in OUTCOME_ENTRY break")
        .contains("1 row in PRACTICE break PRACTICE_AUTO_LOCK_MINUTES")
        .doesNotContain("Exception");
  }

  private DataDirectory practice() throws Exception {
    DataDirectory data = DataDirectory.at(root.resolve("practice"));
    DatabaseCredentials key = PracticeKeys.forTests().create(data, PASSPHRASE.toCharArray());
    try (Database db = Database.open(data, key)) {
      new AppContext(data, db, CLOCK).demo().create(6, 1, 42L);
    }
    Files.writeString(root.resolve("pass.txt"), PASSPHRASE + "\n");
    return data;
  }

  private static DatabaseCredentials key(DataDirectory data) {
    return PracticeKeys.forTests().unlock(data, PASSPHRASE.toCharArray());
  }

  private void addClient(DataDirectory data, String name) {
    try (Database db = Database.open(data, key(data))) {
      new AppContext(data, db, CLOCK).clients().save(Client.builder().fullName(name).build());
    }
  }

  private static List<AuditEntry> auditLog(DataDirectory data) {
    return WholeAuditLog.of(data, key(data));
  }

  private int clients(DataDirectory data) {
    try (Database db = Database.open(data, key(data))) {
      return db.dsl().fetchCount(Tables.CLIENT);
    }
  }

  private String pass() {
    return root.resolve("pass.txt").toString();
  }

  private static String dir(DataDirectory data) {
    return data.root().toString();
  }
}
