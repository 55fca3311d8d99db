package org.knotwork.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.backup.BackupManifest;
import org.knotwork.backup.BackupRepository;
import org.knotwork.backup.BackupService;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class BackupsViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir Path root;
  private Database db;
  private BackupService service;
  private DatabaseCredentials key;
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private final List<Path> restored = new ArrayList<>();
  private BackupsViewModel vm;

  @BeforeEach
  void practice() {
    DataDirectory dir = DataDirectory.at(root.resolve("practice"));
    key = PracticeKeys.forTests().create(dir, "harbour lantern".toCharArray());
    db = Database.open(dir, key);
    new PracticeService(new PracticeRepository(db.dsl()), CLOCK)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    service = new BackupService(new BackupRepository(db.dsl()), dir, CLOCK, "t");
    RestoreTarget target =
        new RestoreTarget() {
          @Override
          public BackupManifest check(Path backup) {
            return BackupService.verify(
                backup, key, new BackupRepository(db.dsl()).schemaVersion());
          }

          @Override
          public void restore(Path backup, BackupManifest manifest) {
            restored.add(backup);
          }
        };
    vm = new BackupsViewModel(service, new CurrentThreadTaskExecutor(), dialogs, target);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void backUpNowMakesABackupAndSaysSo() {
    vm.load();
    assertThat(vm.latestProperty().get()).startsWith("No backup yet.");
    assertThat(vm.kept()).isEmpty();

    vm.backUpNow();

    assertThat(BackupService.backups(service.defaultFolder())).hasSize(1);
    assertThat(vm.latestProperty().get()).startsWith("Latest backup: ").endsWith("(1 backup kept)");
    assertThat(vm.kept())
        .extracting(BackupsViewModel.KeptBackup::label)
        .containsExactly("22 Nov 2026, 15:40  ·  data folder  ·  made in the last 48 hours");
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void theListSaysWhyEachBackupIsKept() {
    // Monday 30 November 2026, 16:49: two backups a minute apart, and older ones already rotated
    Clock now = Clock.fixed(Instant.parse("2026-11-30T16:49:00Z"), ZoneOffset.UTC);
    for (String at :
        List.of(
            "2026-10-20T18:00:00Z",
            "2026-11-18T18:00:00Z",
            "2026-11-24T18:00:00Z",
            "2026-11-26T18:00:00Z",
            "2026-11-29T18:00:00Z",
            "2026-11-30T16:48:00Z")) {
      new BackupService(
              new BackupRepository(db.dsl()),
              DataDirectory.at(root.resolve("practice")),
              Clock.fixed(Instant.parse(at), ZoneOffset.UTC),
              "t")
          .backupNow(service.defaultFolder());
    }
    BackupService today =
        new BackupService(
            new BackupRepository(db.dsl()), DataDirectory.at(root.resolve("practice")), now, "t");
    BackupsViewModel page =
        new BackupsViewModel(today, new CurrentThreadTaskExecutor(), dialogs, null);

    page.backUpNow();

    assertThat(page.kept())
        .extracting(BackupsViewModel.KeptBackup::label)
        .containsExactly(
            "30 Nov 2026, 16:49  ·  data folder  ·  made in the last 48 hours",
            "30 Nov 2026, 16:48  ·  data folder  ·  made in the last 48 hours",
            "29 Nov 2026, 18:00  ·  data folder  ·  made in the last 48 hours",
            "26 Nov 2026, 18:00  ·  data folder  ·  newest of Thursday 26 November",
            "24 Nov 2026, 18:00  ·  data folder  ·  newest of Tuesday 24 November",
            "18 Nov 2026, 18:00  ·  data folder  ·  newest of the week of 16 November",
            "20 Oct 2026, 18:00  ·  data folder  ·  newest of October 2026");
    assertThat(page.latestProperty().get()).endsWith("(7 backups kept)");
  }

  @Test
  void aSecondFolderGetsACopyOfEachBackup() throws Exception {
    Path usb = Files.createDirectories(root.resolve("usb"));
    vm.useSecondFolder(usb);
    assertThat(vm.secondFolderProperty().get()).isEqualTo(usb.toString());
    assertThat(vm.secondStatusProperty().get()).startsWith("No copy there yet");

    vm.backUpNow();

    assertThat(BackupService.backups(usb)).hasSize(1);
    assertThat(vm.secondStatusProperty().get()).startsWith("Newest copy there: ");
    assertThat(vm.kept())
        .extracting(BackupsViewModel.KeptBackup::label)
        .containsExactlyInAnyOrder(
            "22 Nov 2026, 15:40  ·  data folder  ·  made in the last 48 hours",
            "22 Nov 2026, 15:40  ·  second folder  ·  made in the last 48 hours");

    vm.stopSecondFolder();
    assertThat(vm.hasSecondFolderProperty().get()).isFalse();
    assertThat(vm.secondStatusProperty().get())
        .isEqualTo("Backups are kept only in the data folder.");
  }

  @Test
  void anUnpluggedSecondDriveIsSaidPlainlyAndTheBackupIsStillMade() {
    vm.useSecondFolder(root.resolve("usb-drive"));
    assertThat(vm.secondStatusProperty().get()).startsWith("Not available right now.");

    vm.backUpNow();

    assertThat(BackupService.backups(service.defaultFolder())).hasSize(1);
    assertThat(dialogs.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.title()).isEqualTo("The second copy was not made");
              assertThat(e.message()).contains("plug the drive in");
            });
  }

  @Test
  void theUsualBackupsFolderCannotBeTheSecondFolder() {
    vm.useSecondFolder(service.defaultFolder().resolve("copy"));
    assertThat(dialogs.errors())
        .extracting(e -> e.title())
        .containsExactly("Choose a folder somewhere else");
    assertThat(service.settings().secondFolder()).isEmpty();
  }

  @Test
  void restoringAsksFirstAndOnlyRestoresWhenConfirmed() {
    Path backup = service.backupNow(service.defaultFolder());

    vm.restore(backup);
    assertThat(dialogs.confirmations())
        .containsExactly("Restore the backup of 22 Nov 2026, 15:40?");
    assertThat(restored).isEmpty();

    dialogs.answerConfirmWith(true);
    vm.restore(backup);
    assertThat(restored).containsExactly(backup);
  }

  @Test
  void aBackupThatCannotBeRestoredIsRefusedWithTheReason() throws Exception {
    Path notABackup = Files.writeString(root.resolve("holiday-photos.zip"), "not a zip");
    dialogs.answerConfirmWith(true);

    vm.restore(notABackup);

    assertThat(restored).isEmpty();
    assertThat(dialogs.confirmations()).isEmpty();
    assertThat(dialogs.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.title()).isEqualTo("This backup cannot be restored");
              assertThat(e.message()).contains("not a backup");
            });
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void fileTimesAreReadInTheBackgroundNotWhenTheScreenIsUpdated() throws Exception {
    vm.backUpNow();
    Path usb = Files.createDirectories(root.resolve("usb"));
    vm.useSecondFolder(usb);
    vm.backUpNow();
    List<Path> files = new ArrayList<>(BackupService.backups(service.defaultFolder()));
    files.addAll(BackupService.backups(usb));
    // The drive goes away once the background work has read it, before the screen shows it: the
    // screen uses what was read and touches the disk no more.
    org.knotwork.ui.TaskExecutor unplugAfterReading =
        new org.knotwork.ui.TaskExecutor() {
          @Override
          public <T> void execute(
              java.util.concurrent.Callable<T> work,
              java.util.function.Consumer<? super T> onSuccess,
              java.util.function.Consumer<? super Throwable> onFailure) {
            T result;
            try {
              result = work.call();
              for (Path file : files) {
                Files.delete(file);
              }
            } catch (Exception e) {
              throw new AssertionError(e);
            }
            onSuccess.accept(result);
          }

          @Override
          public org.knotwork.ui.PracticeLock practiceLock() {
            return new org.knotwork.ui.PracticeLock();
          }

          @Override
          public void shutdown() {}
        };
    BackupsViewModel screen = new BackupsViewModel(service, unplugAfterReading, dialogs, null);

    screen.load();

    assertThat(screen.latestProperty().get())
        .startsWith("Latest backup: ")
        .doesNotContain(".zip")
        .endsWith("(2 backups kept)");
    assertThat(screen.secondStatusProperty().get())
        .startsWith("Newest copy there: ")
        .doesNotContain(".zip");
  }

  @Test
  void foldersAndBackupFilesAreChosenThroughTheDialogService() throws Exception {
    Path usb = Files.createDirectories(root.resolve("usb"));
    dialogs.answerFolderChoiceWith(usb);
    vm.chooseSecondFolder();
    assertThat(dialogs.folderQuestions())
        .containsExactly("Folder for a second copy of each backup");
    assertThat(vm.secondFolderProperty().get()).isEqualTo(usb.toString());

    vm.backUpNow();
    dialogs.answerFileChoiceWith(BackupService.backups(service.defaultFolder()).get(0));
    dialogs.answerConfirmWith(true);
    vm.restoreFromFile();

    assertThat(dialogs.fileQuestions()).containsExactly("Choose the backup to restore [*.zip]");
    assertThat(restored).hasSize(1);
  }
}
