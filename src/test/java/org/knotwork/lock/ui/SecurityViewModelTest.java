package org.knotwork.lock.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.PracticeKeys;
import org.knotwork.db.WrongPassphraseException;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.testing.MovableClock;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class SecurityViewModelTest {
  @TempDir Path root;

  @Test
  void thePassphraseChangesOnlyWithTheCurrentOneAndAMatchingNewOne() {
    DataDirectory dir = DataDirectory.at(root);
    PracticeKeys keys = PracticeKeys.forTests();
    try (Database db = Database.open(dir, keys.create(dir, "first words here".toCharArray()))) {
      PracticeService practices =
          new PracticeService(
              new PracticeRepository(db.dsl()),
              new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0)));
      practices.start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
      SecurityViewModel vm =
          new SecurityViewModel(
              practices, keys, dir, new CurrentThreadTaskExecutor(), new RecordingDialogService());

      vm.currentProperty().set("wrong words");
      vm.replacementProperty().set("second words here");
      vm.repeatProperty().set("second words here");
      vm.changePassphrase();
      assertThat(vm.passphraseStatusProperty().get())
          .isEqualTo("The current passphrase is not right; nothing was changed.");

      vm.currentProperty().set("first words here");
      vm.repeatProperty().set("second words typo");
      vm.changePassphrase();
      assertThat(vm.passphraseStatusProperty().get())
          .isEqualTo("The two new passphrases are not the same.");
      keys.unlock(dir, "first words here".toCharArray());

      vm.repeatProperty().set("second words here");
      vm.changePassphrase();
      assertThat(vm.passphraseStatusProperty().get()).startsWith("Passphrase changed.");
      assertThat(vm.currentProperty().get()).isEmpty();
      keys.unlock(dir, "second words here".toCharArray());
      assertThatThrownBy(() -> keys.unlock(dir, "first words here".toCharArray()))
          .isInstanceOf(WrongPassphraseException.class);

      vm.saveMinutes(12);
      assertThat(practices.autoLockMinutes()).isEqualTo(12);
      assertThat(vm.minutesProperty().get()).isEqualTo(12);
    }
  }
}
