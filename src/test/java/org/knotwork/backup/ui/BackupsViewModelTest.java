package org.knotwork.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.backup.BackupRepository;
import org.knotwork.backup.BackupService;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.PracticeKeys;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class BackupsViewModelTest {
  @TempDir Path root;

  @Test
  void backUpNowMakesABackupAndSaysSo() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
    DataDirectory dir = DataDirectory.at(root);
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().create(dir, "harbour lantern".toCharArray()))) {
      new PracticeService(new PracticeRepository(db.dsl()), clock).start("Harbour", false);
      BackupService service = new BackupService(new BackupRepository(db.dsl()), dir, clock, "t");
      RecordingDialogService dialogs = new RecordingDialogService();
      BackupsViewModel vm = new BackupsViewModel(service, new CurrentThreadTaskExecutor(), dialogs);

      vm.load();
      assertThat(vm.latestProperty().get()).startsWith("No backup yet.");

      vm.backUpNow();

      assertThat(BackupService.backups(service.defaultFolder())).hasSize(1);
      assertThat(vm.latestProperty().get())
          .startsWith("Latest backup: ")
          .endsWith("(1 backup kept)");
      assertThat(vm.busyProperty().get()).isFalse();
      assertThat(dialogs.errors()).isEmpty();
    }
  }
}
