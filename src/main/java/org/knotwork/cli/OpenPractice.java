package org.knotwork.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.knotwork.app.AppContext;
import org.knotwork.app.PracticeSession;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;

/**
 * A command's {@link PracticeSession}: opened with the passphrase from {@code --passphrase-file},
 * with the command line's own words for what can go wrong.
 */
final class OpenPractice implements AutoCloseable {
  private final PracticeSession session;

  private OpenPractice(PracticeSession session) {
    this.session = session;
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
    PracticeSession session =
        new PracticeSession(data, Clock.systemDefaultZone(), new PracticeKeys());
    try {
      if (!session.acquire()) {
        throw new CommandFailure(
            "Knotwork is already open on "
                + data
                + ". Close it and run the command again; nothing was changed.");
      }
      session.open(unlock(session, passphrase.read(), create));
      return new OpenPractice(session);
    } catch (IOException | RuntimeException e) {
      session.close();
      throw e;
    }
  }

  private static DatabaseCredentials unlock(PracticeSession session, char[] typed, boolean create) {
    DataDirectory data = session.dataDirectory();
    PracticeKeys.State state = session.keyState();
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
        return session.createKey(typed);
      }
      return session.unlock(typed);
    } finally {
      java.util.Arrays.fill(typed, '\0');
    }
  }

  AppContext context() {
    return session.context();
  }

  /** The practice at work, for what goes beyond its records (a restore). */
  PracticeSession session() {
    return session;
  }

  /** Closes the records after compacting their file (after a bulk load); the folder stays taken. */
  void closeDatabaseCompacted() {
    session.closeRecordsCompacted();
  }

  @Override
  public void close() {
    session.close();
  }
}
