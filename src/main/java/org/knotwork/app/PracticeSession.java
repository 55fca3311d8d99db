package org.knotwork.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.knotwork.audit.AuditEntry;
import org.knotwork.backup.BackupManifest;
import org.knotwork.backup.BackupService;
import org.knotwork.backup.Recovery;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.InstanceLock;
import org.knotwork.db.PracticeKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One practice at work, from taking its data folder to letting it go: the instance lock, the
 * passphrase, the open records ({@link AppContext}), the audit of unlocks and locks, restoring a
 * backup over the records, and closing with the day's backup. The app and every command open and
 * close a practice through this class, and nowhere else (see PracticeSessionIsTheOnlyWayInTest).
 *
 * <p>It is used from one thread at a time (the app's background worker, then its closing thread; a
 * command's own thread); it knows nothing of windows.
 */
public final class PracticeSession implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PracticeSession.class);
  private static final DateTimeFormatter NOTICE_WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

  /** The day's backup made as the app closes; a step of its own so tests can slow it or fail it. */
  @FunctionalInterface
  interface ClosingBackup {
    void backUpIfDue(AppContext context);
  }

  /** Makes the day's backup unless there is one already; a copy problem is logged. */
  static final ClosingBackup DAILY_BACKUP =
      context ->
          context
              .backups()
              .backUpIfDue()
              .flatMap(BackupService.Made::copyProblem)
              .ifPresent(log::warn);

  private final DataDirectory dataDirectory;
  private final Clock clock;
  private final PracticeKeys keys;
  private final ClosingBackup closingBackup;
  private volatile InstanceLock instanceLock;
  private volatile DatabaseCredentials credentials;
  private volatile AppContext context;

  /** A recovery from a damaged file waiting to be noted in the records it put in place. */
  private volatile BackupService.Restored recoveryToAudit;

  public PracticeSession(DataDirectory dataDirectory, Clock clock, PracticeKeys keys) {
    this(dataDirectory, clock, keys, DAILY_BACKUP);
  }

  PracticeSession(
      DataDirectory dataDirectory, Clock clock, PracticeKeys keys, ClosingBackup closingBackup) {
    this.dataDirectory = dataDirectory;
    this.clock = clock;
    this.keys = keys;
    this.closingBackup = closingBackup;
  }

  // --- Taking the folder and unlocking -------------------------------------------------------

  /**
   * Takes the data folder for this process. Returns false, touching nothing, when another Knotwork
   * already works on it.
   */
  public boolean acquire() throws IOException {
    if (instanceLock == null) {
      instanceLock = InstanceLock.tryAcquire(dataDirectory).orElse(null);
    }
    return instanceLock != null;
  }

  /** Where the folder stands: no records yet, records from before encryption, or encrypted. */
  public PracticeKeys.State keyState() {
    return keys.state(dataDirectory);
  }

  /** Chooses the passphrase for a folder without records; returns what opens the new records. */
  public DatabaseCredentials createKey(char[] passphrase) {
    return keys.create(dataDirectory, passphrase);
  }

  /**
   * Opens the practice key with the passphrase.
   *
   * @throws org.knotwork.db.WrongPassphraseException when it is not the practice's passphrase
   */
  public DatabaseCredentials unlock(char[] passphrase) {
    return keys.unlock(dataDirectory, passphrase);
  }

  /** The key derivation in use (the passphrase screens and Settings → Security share it). */
  public PracticeKeys keys() {
    return keys;
  }

  // --- The open records -----------------------------------------------------------------------

  /**
   * Opens the records (bringing their schema up to date) on the folder taken by {@link #acquire()}.
   * A recovery from a damaged file, if one came first, is noted in them.
   */
  public AppContext open(DatabaseCredentials credentials) {
    if (instanceLock == null) {
      throw new IllegalStateException("The data folder is not taken; nothing was opened.");
    }
    if (context != null) {
      throw new IllegalStateException("These records are open already.");
    }
    this.credentials = credentials;
    AppContext opened =
        new AppContext(dataDirectory, Database.open(dataDirectory, credentials), clock);
    context = opened;
    BackupService.Restored recovered = recoveryToAudit;
    if (recovered != null) {
      recoveryToAudit = null;
      opened.backups().auditRestore(recovered);
    }
    return opened;
  }

  public boolean isOpen() {
    return context != null;
  }

  /** The open records. */
  public AppContext context() {
    AppContext open = context;
    if (open == null) {
      throw new IllegalStateException("The records are not open.");
    }
    return open;
  }

  /** What opens these records (to check a backup against them, to open them again). */
  public DatabaseCredentials credentials() {
    return credentials;
  }

  /** Whether the records are encrypted (only then is there a passphrase to lock behind). */
  public boolean encrypted() {
    DatabaseCredentials used = credentials;
    return used != null && used.isEncrypted();
  }

  public DataDirectory dataDirectory() {
    return dataDirectory;
  }

  public Clock clock() {
    return clock;
  }

  // --- The audit of unlocks and locks ---------------------------------------------------------

  /** Notes an unlock, and each wrong passphrase typed before it, in the audit log. */
  public void auditUnlock(int wrongPassphrases) {
    AppContext open = context();
    LocalDateTime now = now();
    String who = open.actor();
    for (int i = 0; i < wrongPassphrases; i++) {
      open.audit().append(new AuditEntry(now, who, AuditEntry.Action.UNLOCK_FAILED, "practice", 1));
    }
    open.audit().append(new AuditEntry(now, who, AuditEntry.Action.UNLOCK, "practice", 1));
  }

  /** Notes that the practice was locked behind the passphrase. */
  public void auditLock() {
    AppContext open = context();
    open.audit().append(new AuditEntry(now(), open.actor(), AuditEntry.Action.LOCK, "practice", 1));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }

  // --- Restoring a backup ---------------------------------------------------------------------

  /** Checks a backup completely against the open records; throws with the reason otherwise. */
  public BackupManifest check(Path backup) {
    return BackupService.verify(backup, credentials, context().schemaVersion());
  }

  /**
   * Restores a backup over the open records: they are backed up as they are (the safety backup),
   * closed, replaced by the checked backup and opened again, and the restore is noted in them with
   * the audit entries written since the backup. If it fails, the records are open again as they
   * were (see {@link #isOpen()}: only when even that fails are they closed) and the failure is
   * thrown.
   */
  public BackupService.Restored restore(Path backup) {
    AppContext current = context();
    DatabaseCredentials used = credentials;
    try {
      BackupService.Restored restored =
          current
              .backups()
              .restore(
                  backup,
                  used,
                  () -> {
                    context = null;
                    current.close();
                  });
      open(used).backups().auditRestore(restored);
      return restored;
    } catch (RuntimeException failure) {
      if (context == null) {
        try {
          open(used);
        } catch (RuntimeException reopening) {
          reopening.addSuppressed(failure);
          throw reopening;
        }
      }
      throw failure;
    }
  }

  /** What the therapist is told once a restored backup is open. */
  public static String restoredNotice(BackupService.Restored restored) {
    return "The backup of "
        + NOTICE_WHEN.format(restored.manifest().createdAt())
        + " is restored ("
        + restored.manifest().summary()
        + "). Your records as they were just before are kept in "
        + restored.safetyBackup()
        + ".";
  }

  // --- Recovery when the records will not open ------------------------------------------------

  /** Finds and puts in place the newest good backup when the records will not open. */
  public Recovery recovery() {
    return new Recovery(dataDirectory, clock);
  }

  /**
   * A backup was put in place of a damaged file: the next {@link #open} notes it. Returns what the
   * therapist is told once the records are open.
   */
  public String recovered(Recovery.Recovered recovered) {
    recoveryToAudit = recovered.asRestored();
    return "Your records were restored from the backup of "
        + NOTICE_WHEN.format(recovered.restored().manifest().createdAt())
        + " ("
        + recovered.restored().manifest().summary()
        + "). The damaged file is kept as "
        + recovered.damagedFile()
        + ".";
  }

  // --- Closing --------------------------------------------------------------------------------

  /**
   * Closes the records after compacting their file (after a bulk load), keeping the folder taken
   * until {@link #close()}.
   */
  public void closeRecordsCompacted() {
    AppContext open = context;
    context = null;
    if (open != null) {
      open.closeCompacted();
    }
  }

  /**
   * Ends a working day as the app closes: the copies written for the PDF viewer are deleted, the
   * day's backup is made if there is none yet (encrypted records with a practice only), then {@link
   * #close()}. A failing step is logged and never keeps the records open or the folder taken.
   */
  public void closeAndBackUp() {
    try {
      removePrintouts();
      backUpIfDue();
    } finally {
      close();
    }
  }

  private void backUpIfDue() {
    AppContext open = context;
    if (open == null || !encrypted()) {
      return; // nothing open, or a folder from tests
    }
    try {
      if (open.practices().current().isPresent()) {
        closingBackup.backUpIfDue(open);
      }
    } catch (RuntimeException e) {
      log.error("The backup on closing failed", e);
    }
  }

  /** Deletes the copies written for the PDF viewer: they hold client details. */
  private void removePrintouts() {
    Path dir = dataDirectory.printoutsDirectory();
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var files = Files.list(dir)) {
      files.forEach(
          f -> {
            try {
              Files.deleteIfExists(f);
            } catch (IOException e) {
              log.warn("Could not delete the printout {}", f, e);
            }
          });
    } catch (IOException | RuntimeException e) {
      log.warn("Could not clear {}", dir, e);
    }
  }

  /** Closes the records (if open) and frees the data folder. Safe to call more than once. */
  @Override
  public void close() {
    AppContext open = context;
    context = null;
    InstanceLock held = instanceLock;
    instanceLock = null;
    try {
      if (open != null) {
        open.close();
      }
    } finally {
      if (held != null) {
        try {
          held.close();
        } catch (IOException e) {
          log.warn("The lock on {} was not released cleanly", dataDirectory, e);
        }
      }
    }
  }
}
