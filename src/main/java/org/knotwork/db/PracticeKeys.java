package org.knotwork.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passphrase side of a data folder: setting it for new records, unlocking, encrypting records
 * kept by a version of Knotwork from before encryption, and changing it.
 */
public final class PracticeKeys {
  private static final Logger log = LoggerFactory.getLogger(PracticeKeys.class);

  /** Where a data folder stands. */
  public enum State {
    /** No records yet: a passphrase is chosen before anything is stored. */
    NEW,
    /** Records from before encryption: they are encrypted once a passphrase is chosen. */
    UNENCRYPTED,
    /** Encrypted records: the passphrase unlocks them. */
    LOCKED
  }

  private final int iterations;

  public PracticeKeys() {
    this(KeyFile.ITERATIONS);
  }

  /** With fewer key-derivation rounds, for tests only. */
  PracticeKeys(int iterations) {
    this.iterations = iterations;
  }

  /** For tests in other packages: fast key derivation, same format. */
  public static PracticeKeys forTests() {
    return new PracticeKeys(1_000);
  }

  public State state(DataDirectory dir) {
    if (Files.exists(dir.keyFile())) {
      return State.LOCKED;
    }
    return Files.exists(dir.databaseFile()) ? State.UNENCRYPTED : State.NEW;
  }

  /** Chooses the passphrase for a folder without records; returns what opens the new database. */
  public DatabaseCredentials create(DataDirectory dir, char[] passphrase) {
    if (state(dir) != State.NEW) {
      throw new IllegalStateException("This folder already holds records; nothing was changed.");
    }
    dir.ensureExists();
    KeyFile key = KeyFile.create(passphrase, iterations);
    try {
      key.write(dir.keyFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return key.unlock(passphrase);
  }

  /**
   * Opens the key with the passphrase.
   *
   * @throws WrongPassphraseException when it is not the practice's passphrase
   */
  public DatabaseCredentials unlock(DataDirectory dir, char[] passphrase) {
    return KeyFile.read(dir.keyFile()).unlock(passphrase);
  }

  /**
   * Encrypts records written before encryption under a new passphrase. A safety copy of the
   * unencrypted file is made first and put back if anything fails; once the encrypted database has
   * opened, the copy is deleted, because it would leave the records readable.
   */
  public DatabaseCredentials encryptExisting(DataDirectory dir, char[] passphrase) {
    if (state(dir) != State.UNENCRYPTED) {
      throw new IllegalStateException("These records are not waiting to be encrypted.");
    }
    Path safety = dir.root().resolve("knotwork-before-encryption.mv.db.safety");
    KeyFile key = KeyFile.create(passphrase, iterations);
    DatabaseCredentials credentials = key.unlock(passphrase);
    try {
      Files.copy(dir.databaseFile(), safety, StandardCopyOption.REPLACE_EXISTING);
      ChangeFileEncryption.execute(
          dir.root().toString(),
          DataDirectory.DATABASE_NAME,
          "AES",
          null,
          credentials.password().strip().toCharArray(),
          true);
      Database.open(dir, credentials).close(); // proves it opens (and migrates) before we commit
      key.write(dir.keyFile());
      Files.delete(safety);
      log.info("Encrypted the records in {}", dir);
      return credentials;
    } catch (Exception e) {
      log.error("Encrypting the records in {} failed; putting the safety copy back", dir, e);
      try {
        if (Files.exists(safety)) {
          Files.move(safety, dir.databaseFile(), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(dir.keyFile());
      } catch (IOException restore) {
        e.addSuppressed(restore);
      }
      throw new DatabaseException(
          "Your records could not be encrypted, so they were left as they were. The details are in"
              + " the log.",
          e);
    }
  }

  /** Re-wraps the key under a new passphrase; the database file stays as it is. */
  public void change(DataDirectory dir, char[] current, char[] replacement) {
    KeyFile changed = KeyFile.read(dir.keyFile()).rewrap(current, replacement);
    try {
      changed.write(dir.keyFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String HINT_EMPTY =
      "Choose a passphrase: a few unrelated words are easy to remember and hard to guess.";
  private static final String HINT_SHORT =
      "Too short: use at least 10 characters, for example three or four unrelated words.";
  private static final String HINT_FAIR =
      "Fair. Longer is stronger: three or four unrelated words make a good passphrase.";

  /** A sentence about a passphrase's strength, or empty when it is long enough. */
  public static String strengthHint(char[] passphrase) {
    int length = passphrase.length;
    long words = new String(passphrase).strip().split("\\s+").length;
    if (length == 0) {
      return HINT_EMPTY;
    }
    if (length < 10) {
      return HINT_SHORT;
    }
    if (length < 16 && words < 3) {
      return HINT_FAIR;
    }
    return "";
  }

  /** Every sentence {@link #strengthHint} can give, so a screen can keep room for the longest. */
  public static java.util.List<String> strengthHints() {
    return java.util.List.of(HINT_EMPTY, HINT_SHORT, HINT_FAIR);
  }

  /** Whether a new passphrase may be used. */
  public static boolean acceptable(char[] passphrase) {
    return passphrase.length >= 10;
  }
}
