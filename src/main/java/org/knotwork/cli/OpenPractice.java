package org.knotwork.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.knotwork.app.AppContext;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.InstanceLock;
import org.knotwork.db.PracticeKeys;

/** Opens a data folder for a command: takes the instance lock, then the database. */
final class OpenPractice implements AutoCloseable {
  private final InstanceLock lock;
  private final AppContext context;
  private final DatabaseCredentials credentials;
  private boolean databaseClosed;

  private OpenPractice(InstanceLock lock, AppContext context, DatabaseCredentials credentials) {
    this.lock = lock;
    this.context = context;
    this.credentials = credentials;
  }

  /**
   * Opens an existing practice with the passphrase; refuses a folder whose records are not
   * encrypted yet (the app encrypts them once a passphrase is chosen).
   */
  static OpenPractice open(Path dir, PassphraseOption passphrase) throws IOException {
    return open(dir, passphrase, false);
  }

  /**
   * Like {@link #open(Path, PassphraseOption)}; with {@code create} an empty folder gets a new
   * practice key under the passphrase.
   */
  static OpenPractice open(Path dir, PassphraseOption passphrase, boolean create)
      throws IOException {
    DataDirectory data = dir == null ? DataDirectory.platformDefault() : DataDirectory.at(dir);
    InstanceLock lock =
        InstanceLock.tryAcquire(data)
            .orElseThrow(
                () ->
                    new CommandFailure(
                        "Knotwork is already open on "
                            + data
                            + ". Close it and run the command again; nothing was changed."));
    try {
      DatabaseCredentials credentials = unlock(data, passphrase.read(), create);
      return new OpenPractice(
          lock,
          new AppContext(data, Database.open(data, credentials), Clock.systemDefaultZone()),
          credentials);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static DatabaseCredentials unlock(DataDirectory data, char[] typed, boolean create) {
    PracticeKeys keys = new PracticeKeys();
    PracticeKeys.State state = keys.state(data);
    if (state == PracticeKeys.State.UNENCRYPTED) {
      throw new CommandFailure(
          "The records in "
              + data
              + " are not encrypted yet. Open Knotwork on this folder once and choose a"
              + " passphrase; nothing was changed.");
    }
    if (typed == null) {
      throw new CommandFailure(
          state == PracticeKeys.State.NEW
              ? "Choose a passphrase for the new practice and give it with --passphrase-file FILE"
                  + " (or - to read it from standard input)."
              : "These records are locked: give the passphrase with --passphrase-file FILE (or -"
                  + " to read it from standard input).");
    }
    try {
      if (state == PracticeKeys.State.NEW) {
        if (!create) {
          throw new CommandFailure("There is no practice in " + data + ".");
        }
        if (!PracticeKeys.acceptable(typed)) {
          throw new CommandFailure(
              "The passphrase is too short: use at least 10 characters; nothing was created.");
        }
        return keys.create(data, typed);
      }
      return keys.unlock(data, typed);
    } finally {
      java.util.Arrays.fill(typed, '\0');
    }
  }

  AppContext context() {
    return context;
  }

  /** What opens these records (to check a backup against them). */
  DatabaseCredentials credentials() {
    return credentials;
  }

  /** Closes the database but keeps the folder to this command (before its files are replaced). */
  void closeDatabase() {
    if (!databaseClosed) {
      databaseClosed = true;
      context.close();
    }
  }

  /** Like {@link #closeDatabase()}, compacting the database file first (after a bulk load). */
  void closeDatabaseCompacted() {
    if (!databaseClosed) {
      databaseClosed = true;
      context.closeCompacted();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      closeDatabase();
    } finally {
      lock.close();
    }
  }
}
