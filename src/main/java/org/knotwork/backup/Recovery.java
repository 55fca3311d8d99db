package org.knotwork.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the records will not open: finds the newest backup that checks out and puts it in place,
 * keeping the damaged file aside (never deleting it) so that nothing is lost that could still be
 * rescued.
 */
public final class Recovery {
  private static final Logger log = LoggerFactory.getLogger(Recovery.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

  private final DataDirectory dir;
  private final Clock clock;
  private String currentSchema;

  /** A backup that passed every check. */
  public record Candidate(Path backup, BackupManifest manifest) {}

  /** A restore done: what it held, and where the damaged file was put. */
  public record Recovered(Candidate restored, Path damagedFile) {
    /**
     * The restore as {@link BackupService#auditRestore} notes it. The damaged records cannot be
     * read, so the audit entries written after the backup cannot be carried over; the restore's
     * entry says so.
     */
    public BackupService.Restored asRestored() {
      return new BackupService.Restored(
          restored.backup(), restored.manifest(), damagedFile, Optional.empty());
    }
  }

  public Recovery(DataDirectory dir, Clock clock) {
    this.dir = dir;
    this.clock = clock;
  }

  /** Every backup there is for these records (both folders and safety copies), newest first. */
  public List<Path> backups() {
    return BackupService.backupsIn(BackupService.folders(dir));
  }

  /** The newest backup that passes every check; damaged or foreign ones are skipped. */
  public Optional<Candidate> newestGood(DatabaseCredentials credentials) {
    for (Path backup : backups()) {
      try {
        return Optional.of(check(backup, credentials));
      } catch (BackupRefusedException e) {
        log.warn("Skipping {}: {}", backup, e.getMessage());
      }
    }
    return Optional.empty();
  }

  /** Checks one backup completely; throws {@link BackupRefusedException} with the reason. */
  public Candidate check(Path backup, DatabaseCredentials credentials) {
    return new Candidate(backup, BackupService.verify(backup, credentials, currentSchema()));
  }

  /**
   * Moves the damaged database file aside into the safety folder and puts the backup in its place.
   * The caller opens the records again.
   */
  public Recovered restore(Candidate candidate) {
    try {
      Path aside = BackupService.safetyFolder(dir);
      Files.createDirectories(aside);
      LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
      Path damaged = aside.resolve("knotwork-damaged-" + STAMP.format(now) + ".mv.db");
      if (Files.exists(dir.databaseFile())) {
        Files.move(dir.databaseFile(), damaged, StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        BackupService.putInPlace(candidate.backup(), dir);
      } catch (IOException | RuntimeException e) {
        if (!Files.exists(dir.databaseFile()) && Files.exists(damaged)) {
          Files.move(damaged, dir.databaseFile()); // as it was: nothing changed
        }
        throw e;
      }
      log.info("Recovered from {}; the damaged file is {}", candidate.backup(), damaged);
      return new Recovered(candidate, damaged);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The backup could not be put in place (" + e.getMessage() + "). Nothing was changed.", e);
    }
  }

  /** The newest records version this Knotwork knows, read from its own migrations. */
  private synchronized String currentSchema() {
    if (currentSchema == null) {
      try (Database blank = Database.inMemory()) {
        currentSchema = new BackupRepository(blank.dsl()).schemaVersion();
      }
    }
    return currentSchema;
  }
}
