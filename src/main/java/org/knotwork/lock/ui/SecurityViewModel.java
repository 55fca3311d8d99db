package org.knotwork.lock.ui;

import java.util.Arrays;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.PracticeKeys;
import org.knotwork.db.WrongPassphraseException;
import org.knotwork.practice.PracticeService;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/** Settings: how soon Knotwork locks itself, and changing the passphrase. */
public final class SecurityViewModel {
  private final PracticeService practices;
  private final PracticeKeys keys;
  private final DataDirectory dir;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final IntegerProperty minutes = new SimpleIntegerProperty(this, "minutes", 5);
  private final StringProperty current = new SimpleStringProperty(this, "current", "");
  private final StringProperty replacement = new SimpleStringProperty(this, "replacement", "");
  private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper passphraseStatus =
      new ReadOnlyStringWrapper(this, "passphraseStatus", "");
  private final javafx.beans.binding.StringBinding mismatch = Mismatch.of(replacement, repeat);

  public SecurityViewModel(
      PracticeService practices,
      PracticeKeys keys,
      DataDirectory dir,
      TaskExecutor executor,
      DialogService dialogs) {
    this.practices = practices;
    this.keys = keys;
    this.dir = dir;
    this.executor = executor;
    this.dialogs = dialogs;
  }

  public void load() {
    executor.execute(practices::autoLockMinutes, minutes::set, this::failed);
  }

  public void saveMinutes(int value) {
    executor.execute(
        () -> practices.saveAutoLockMinutes(value),
        saved -> {
          minutes.set(saved);
          status.set("Locks after " + saved + (saved == 1 ? " minute" : " minutes") + " idle");
        },
        this::failed);
  }

  /** Re-wraps the key under the new passphrase after checking the current one. */
  public void changePassphrase() {
    char[] now = current.get().toCharArray();
    char[] next = replacement.get().toCharArray();
    if (!PracticeKeys.acceptable(next)) {
      passphraseStatus.set(PracticeKeys.strengthHint(next));
      return;
    }
    if (!replacement.get().equals(repeat.get())) {
      passphraseStatus.set("The two new passphrases are not the same.");
      return;
    }
    executor.execute(
        () -> {
          keys.change(dir, now, next);
          return Boolean.TRUE;
        },
        done -> {
          Arrays.fill(now, '\0');
          Arrays.fill(next, '\0');
          current.set("");
          replacement.set("");
          repeat.set("");
          passphraseStatus.set("Passphrase changed. Use the new one from now on.");
        },
        failure -> {
          Arrays.fill(now, '\0');
          Arrays.fill(next, '\0');
          current.set("");
          passphraseStatus.set(
              failure instanceof WrongPassphraseException
                  ? "The current passphrase is not right; nothing was changed."
                  : UserMessages.explain(failure, "Changing the passphrase"));
        });
  }

  private void failed(Throwable failure) {
    dialogs.showError("The setting was not saved", UserMessages.explain(failure, "Saving it"));
  }

  public IntegerProperty minutesProperty() {
    return minutes;
  }

  public StringProperty currentProperty() {
    return current;
  }

  public StringProperty replacementProperty() {
    return replacement;
  }

  /** Why the two new passphrases cannot be used, or null while they agree or one is empty. */
  public javafx.beans.binding.StringBinding mismatchBinding() {
    return mismatch;
  }

  public StringProperty repeatProperty() {
    return repeat;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty passphraseStatusProperty() {
    return passphraseStatus.getReadOnlyProperty();
  }
}
