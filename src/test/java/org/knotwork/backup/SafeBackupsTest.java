package org.knotwork.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.db.DamagedDatabaseException;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.ui.UserMessages;

/** The second backup folder, a full disk while backing up, restoring, and recovering. */
class SafeBackupsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final char[] PASSPHRASE = "harbour lantern meadow".toCharArray();
  @TempDir Path root;
  private DataDirectory practice;
  private DatabaseCredentials key;

  @BeforeEach
  void smallDemoPractice() {
    practice = DataDirectory.at(root.resolve("practice"));
    key = PracticeKeys.forTests().create(practice, PASSPHRASE);
    try (Database db = Database.open(practice, key)) {
      new AppContext(practice, db, CLOCK).demo().create(4, 1, 7L);
    }
  }

  private BackupService service(Database db) {
    return new BackupService(new BackupRepository(db.dsl()), practice, CLOCK, "test");
  }

  @Test
  void aBackupIsCopiedToTheSecondFolderAndRotatedThere() throws Exception {
    Path usb = Files.createDirectories(root.resolve("usb"));
    try (Database db = Database.open(practice, key)) {
      BackupService backups = service(db);
      backups.saveSettings(BackupSettings.none().withSecondFolder(usb));

      BackupService.Made made = backups.backUp();

      assertThat(made.copyProblem()).isEmpty();
      assertThat(made.copy()).contains(usb.resolve(made.backup().getFileName()));
      assertThat(Files.readAllBytes(made.copy().orElseThrow()))
          .isEqualTo(Files.readAllBytes(made.backup()));
      assertThat(BackupService.verify(made.copy().orElseThrow(), key, schema(db)).counts())
          .containsEntry("client", 4);
      assertThat(usb.toFile().list()).allMatch(n -> n.endsWith(".zip"));
      assertThat(backups.allBackups()).contains(made.backup(), made.copy().orElseThrow());
    }
  }

  @Test
  void aSecondBackupMinutesLaterKeepsTheFirstInBothFolders() throws Exception {
    Path usb = Files.createDirectories(root.resolve("usb"));
    try (Database db = Database.open(practice, key)) {
      BackupRepository repository = new BackupRepository(db.dsl());
      BackupService at1648 = new BackupService(repository, practice, clockAt("16:48"), "test");
      at1648.saveSettings(BackupSettings.none().withSecondFolder(usb));

      BackupService.Made first = at1648.backUp();
      BackupService.Made second =
          new BackupService(repository, practice, clockAt("16:49"), "test").backUp();

      assertThat(BackupService.backups(at1648.defaultFolder()))
          .containsExactly(second.backup(), first.backup());
      assertThat(BackupService.backups(usb))
          .containsExactly(second.copy().orElseThrow(), first.copy().orElseThrow());
    }
  }

  private static Clock clockAt(String time) {
    return Clock.fixed(Instant.parse("2026-11-30T" + time + ":00Z"), ZoneOffset.UTC);
  }

  @Test
  void aMissingSecondFolderDoesNotUndoTheBackup() {
    Path unplugged = root.resolve("usb-not-plugged-in");
    try (Database db = Database.open(practice, key)) {
      BackupService backups = service(db);
      backups.saveSettings(BackupSettings.none().withSecondFolder(unplugged));

      BackupService.Made made = backups.backUp();

      assertThat(made.backup()).exists();
      assertThat(made.copy()).isEmpty();
      assertThat(made.copyProblem().orElseThrow())
          .contains(unplugged.toString())
          .contains("plug the drive in");
      assertThat(unplugged).doesNotExist();
    }
  }

  @Test
  void theSecondFolderIsRememberedForThisComputer() {
    Path usb = root.resolve("usb");
    try (Database db = Database.open(practice, key)) {
      service(db).saveSettings(BackupSettings.none().withSecondFolder(usb));
      assertThat(service(db).settings().secondFolder()).contains(usb.toAbsolutePath());
      service(db).saveSettings(BackupSettings.none());
      assertThat(service(db).settings().secondFolder()).isEmpty();
    }
  }

  @Test
  void aFullDiskDuringABackupLeavesNoHalfBackupAndEarlierBackupsWhole() throws Exception {
    try (Database db = Database.open(practice, key)) {
      BackupService backups = service(db);
      Path earlier = backups.backupNow(backups.defaultFolder());
      byte[] earlierBytes = Files.readAllBytes(earlier);
      Map<String, Integer> counts = new BackupRepository(db.dsl()).counts();

      backups.writingWith(file -> new FullAfter(Files.newOutputStream(file), 4096));
      Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(1));
      BackupService tomorrow =
          new BackupService(new BackupRepository(db.dsl()), practice, later, "test")
              .writingWith(file -> new FullAfter(Files.newOutputStream(file), 4096));

      assertThatThrownBy(tomorrow::backUp)
          .satisfies(
              failure ->
                  assertThat(UserMessages.explain(failure, "Backing up"))
                      .startsWith("Backing up did not work because the disk is full.")
                      .contains("Everything saved before is unchanged"));

      try (Stream<Path> files = Files.list(backups.defaultFolder())) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactly(earlier.getFileName().toString());
      }
      assertThat(Files.readAllBytes(earlier)).isEqualTo(earlierBytes);
      assertThat(new BackupRepository(db.dsl()).counts()).isEqualTo(counts);
    }
    try (Database reopened = Database.open(practice, key)) {
      assertThat(new BackupRepository(reopened.dsl()).counts().get("client")).isEqualTo(4);
    }
  }

  @Test
  void aFullSecondDiskIsReportedAndTheMainBackupKept() throws Exception {
    Path usb = Files.createDirectories(root.resolve("usb"));
    try (Database db = Database.open(practice, key)) {
      BackupService backups = service(db);
      backups.saveSettings(BackupSettings.none().withSecondFolder(usb));
      backups.writingWith(
          file ->
              file.startsWith(usb)
                  ? new FullAfter(Files.newOutputStream(file), 1024)
                  : Files.newOutputStream(file));

      BackupService.Made made = backups.backUp();

      assertThat(made.backup()).exists();
      assertThat(made.copyProblem().orElseThrow()).contains("that disk is full");
      assertThat(usb.toFile().list()).isEmpty();
    }
  }

  @Test
  void restoringABackupMadeBeforeAPassphraseChangeKeepsTheNewPassphrase() throws Exception {
    Path backup;
    try (Database db = Database.open(practice, key)) {
      backup = service(db).backupNow(root.resolve("elsewhere"));
    }
    char[] replacement = "quiet orchard compass".toCharArray();
    PracticeKeys.forTests().change(practice, PASSPHRASE, replacement);

    Database db = Database.open(practice, key);
    BackupService.Restored restored = service(db).restore(backup, key, db::close);

    assertThat(restored.manifest().counts()).containsEntry("client", 4);
    assertThat(restored.safetyBackup()).exists().startsWith(service(db).safetyFolder());
    DatabaseCredentials unlocked = PracticeKeys.forTests().unlock(practice, replacement);
    try (Database again = Database.open(practice, unlocked)) {
      assertThat(new BackupRepository(again.dsl()).counts().get("client")).isEqualTo(4);
    }
  }

  @Test
  void theCopiesFromBeforeARestoreAreNeverRotatedAway() {
    Path backup;
    try (Database db = Database.open(practice, key)) {
      backup = service(db).backupNow(root.resolve("elsewhere"));
    }
    for (String when :
        List.of("2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z", "2026-11-27T10:00:00Z")) {
      Database db = Database.open(practice, key);
      new BackupService(
              new BackupRepository(db.dsl()),
              practice,
              Clock.fixed(Instant.parse(when), ZoneOffset.UTC),
              "test")
          .restore(backup, key, db::close);
    }
    assertThat(BackupService.backups(BackupService.safetyFolder(practice)))
        .extracting(BackupService::madeAt)
        .extracting(Object::toString)
        .containsExactly("2026-11-27T10:00", "2026-11-23T11:00", "2026-11-23T10:00");
  }

  @Test
  void aRefusedRestoreReplacesNothing() throws Exception {
    Path damaged = root.resolve("knotwork-backup-2026-11-01-100000.zip");
    Files.writeString(damaged, "not a backup");
    try (Database db = Database.open(practice, key)) {
      boolean[] closed = {false};
      assertThatThrownBy(() -> service(db).restore(damaged, key, () -> closed[0] = true))
          .isInstanceOf(BackupRefusedException.class);
      assertThat(closed[0]).as("the database was never closed for a refused backup").isFalse();
      assertThat(new BackupRepository(db.dsl()).counts().get("client")).isEqualTo(4);
    }
    try (Database reopened = Database.open(practice, key)) {
      assertThat(new BackupRepository(reopened.dsl()).counts().get("client")).isEqualTo(4);
    }
  }

  @Test
  void damagedRecordsAreRecoveredFromTheNewestGoodBackup() throws Exception {
    Path older;
    Path newest;
    try (Database db = Database.open(practice, key)) {
      older =
          new BackupService(
                  new BackupRepository(db.dsl()),
                  practice,
                  Clock.offset(CLOCK, java.time.Duration.ofDays(-1)),
                  "test")
              .backupNow(service(db).defaultFolder());
      newest = service(db).backupNow(service(db).defaultFolder());
    }
    // the newest backup is damaged too: recovery must skip it
    byte[] bytes = Files.readAllBytes(newest);
    bytes[bytes.length / 3] ^= 0x5a;
    Files.write(newest, bytes);
    damage(practice.databaseFile());
    assertThatThrownBy(() -> Database.open(practice, key))
        .isInstanceOf(DamagedDatabaseException.class);

    Recovery recovery = new Recovery(practice, CLOCK);
    Recovery.Candidate good = recovery.newestGood(key).orElseThrow();
    assertThat(good.backup()).isEqualTo(older);

    Recovery.Recovered recovered = recovery.restore(good);

    assertThat(recovered.damagedFile()).exists().startsWith(practice.root().resolve("backups"));
    try (Database db = Database.open(practice, key)) {
      assertThat(new BackupRepository(db.dsl()).counts()).isEqualTo(good.manifest().counts());
    }
  }

  @Test
  void noGoodBackupMeansNoCandidate() throws Exception {
    damage(practice.databaseFile());
    assertThat(new Recovery(practice, CLOCK).newestGood(key)).isEmpty();
  }

  private static void damage(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    java.util.Arrays.fill(bytes, 0, Math.min(bytes.length, 16384), (byte) 0x17);
    Files.write(file, bytes);
  }

  private static String schema(Database db) {
    return new BackupRepository(db.dsl()).schemaVersion();
  }

  /** An output stream on a disk that fills up after a number of bytes. */
  private static final class FullAfter extends FilterOutputStream {
    private long room;

    FullAfter(OutputStream out, long room) {
      super(out);
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > room) {
        throw new IOException("No space left on device");
      }
      room -= len;
      out.write(b, off, len);
    }
  }
}
