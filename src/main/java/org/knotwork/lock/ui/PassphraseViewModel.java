package org.knotwork.lock.ui;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.db.WrongPassphraseException;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.SinceLaunch;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Choosing the passphrase for new records, encrypting records from before encryption, or unlocking:
 * the passphrase is checked away from the JavaFX thread (it takes about half a second on purpose),
 * and a wrong one gets a sentence and another try with nothing changed.
 */
public final class PassphraseViewModel {
  private static final Logger log = LoggerFactory.getLogger(PassphraseViewModel.class);

  /** What the screen is for. */
  public enum Mode {
    CREATE,
    ENCRYPT,
    UNLOCK
  }

  private final PracticeKeys keys;
  private final DataDirectory dir;
  private final Mode mode;
  private final Consumer<DatabaseCredentials> unlocked;
  private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
  private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final BackgroundTask work;
  private final StringBinding hint;
  private final StringBinding mismatch;
  private final BooleanBinding canSubmit;
  private int failures;

  public PassphraseViewModel(
      PracticeKeys keys,
      DataDirectory dir,
      Mode mode,
      TaskExecutor executor,
      Consumer<DatabaseCredentials> unlocked) {
    this.keys = keys;
    this.dir = dir;
    this.mode = mode;
    this.work = BackgroundTask.of(executor);
    this.unlocked = unlocked;
    ReadOnlyBooleanProperty busy = work.runningProperty();
    hint =
        Bindings.createStringBinding(
            () -> mode == Mode.UNLOCK ? "" : strengthHint(passphrase.get()), passphrase);
    mismatch = Mismatch.of(passphrase, repeat);
    canSubmit =
        Bindings.createBooleanBinding(
            () -> {
              if (busy.get() || passphrase.get().isEmpty()) {
                return false;
              }
              return mode == Mode.UNLOCK
                  || PracticeKeys.acceptable(passphrase.get().toCharArray())
                      && passphrase.get().equals(repeat.get());
            },
            passphrase,
            repeat,
            busy);
  }

  /** Creates, encrypts or unlocks; on success hands over what opens the database. */
  public void submit() {
    if (!canSubmit.get()) {
      if (mode != Mode.UNLOCK && !passphrase.get().equals(repeat.get())) {
        error.set("The two passphrases are not the same.");
      }
      return;
    }
    char[] typed = passphrase.get().toCharArray();
    log.info("Passphrase submitted: {} ms after launch", SinceLaunch.millis());
    error.set("");
    work.run(
        () ->
            switch (mode) {
              case CREATE -> keys.create(dir, typed);
              case ENCRYPT -> keys.encryptExisting(dir, typed);
              case UNLOCK -> keys.unlock(dir, typed);
            },
        credentials -> {
          Arrays.fill(typed, '\0');
          passphrase.set("");
          repeat.set("");
          unlocked.accept(credentials);
        },
        failure -> {
          Arrays.fill(typed, '\0');
          passphrase.set("");
          if (failure instanceof WrongPassphraseException wrong) {
            failures++;
            error.set(
                failures >= 3
                    ? wrong.getMessage()
                        + " Without the right passphrase the records cannot be opened;"
                        + " nothing was changed."
                    : wrong.getMessage());
          } else {
            error.set(UserMessages.explain(failure, "Unlocking"));
          }
        });
  }

  /** Wrong passphrases typed on this screen so far. */
  public int failures() {
    return failures;
  }

  public Mode mode() {
    return mode;
  }

  public StringProperty passphraseProperty() {
    return passphrase;
  }

  public StringProperty repeatProperty() {
    return repeat;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return work.runningProperty();
  }

  private static final String STRONG = "Good: long and hard to guess.";

  private static String strengthHint(String typed) {
    String hint = PracticeKeys.strengthHint(typed.toCharArray());
    return hint.isEmpty() ? STRONG : hint;
  }

  /** Every hint {@link #hintBinding} can show, so the screen can keep room for the longest. */
  public java.util.List<String> possibleHints() {
    if (mode == Mode.UNLOCK) {
      return java.util.List.of();
    }
    java.util.List<String> all = new java.util.ArrayList<>(PracticeKeys.strengthHints());
    all.add(STRONG);
    return all;
  }

  public StringBinding hintBinding() {
    return hint;
  }

  /** Why the two passphrases cannot be used, or null while they agree or the second is empty. */
  public StringBinding mismatchBinding() {
    return mismatch;
  }

  public BooleanBinding canSubmitBinding() {
    return canSubmit;
  }
}
