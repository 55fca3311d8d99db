package org.knotwork.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.backup.Recovery;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class RecoveryViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir Path root;
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private final List<Recovery.Recovered> recovered = new ArrayList<>();

  private RecoveryViewModel screen(DataDirectory dir, DatabaseCredentials key) {
    return new RecoveryViewModel(
        new Recovery(dir, CLOCK),
        key,
        new CurrentThreadTaskExecutor(),
        dialogs,
        "The file is damaged.",
        recovered::add);
  }

  @Test
  void offersTheNewestGoodBackupAndRestoresIt() throws Exception {
    DataDirectory dir = DataDirectory.at(root.resolve("practice"));
    DatabaseCredentials key = PracticeKeys.forTests().create(dir, "copper meadow".toCharArray());
    try (Database db = Database.open(dir, key)) {
      AppContext context = new AppContext(dir, db, CLOCK);
      context.demo().create(2, 1, 5L);
      context.backups().backupNow(context.backups().defaultFolder());
    }
    Files.write(dir.databaseFile(), new byte[4096]);
    RecoveryViewModel vm = screen(dir, key);

    vm.search();

    assertThat(vm.stageProperty().get()).isEqualTo(RecoveryViewModel.Stage.FOUND);
    assertThat(vm.offerProperty().get())
        .startsWith("The newest good backup is from Sunday 22 November 2026 at 15:40")
        .contains("2 clients");

    vm.restore();

    assertThat(recovered).singleElement().satisfies(r -> assertThat(r.damagedFile()).exists());
    try (Database db = Database.open(dir, key)) {
      assertThat(db.dsl().fetchCount(org.knotwork.db.generated.Tables.CLIENT)).isEqualTo(2);
    }
  }

  @Test
  void withoutAGoodBackupItSaysSoAndOffersToChooseOne() throws Exception {
    DataDirectory dir = DataDirectory.at(root.resolve("practice"));
    DatabaseCredentials key = PracticeKeys.forTests().create(dir, "copper meadow".toCharArray());
    RecoveryViewModel vm = screen(dir, key);

    vm.search();

    assertThat(vm.stageProperty().get()).isEqualTo(RecoveryViewModel.Stage.NONE_FOUND);
    assertThat(vm.offerProperty().get()).startsWith("No backup that checks out was found");

    vm.choose(Files.writeString(root.resolve("other.zip"), "nope"));
    assertThat(dialogs.errors())
        .extracting(e -> e.title())
        .containsExactly("This backup cannot be restored");
    vm.restore();
    assertThat(recovered).isEmpty();
  }
}
