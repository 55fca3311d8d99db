package org.knotwork.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditRepository;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups that are known to restore: a consistent copy of the (encrypted) database with its key and
 * a manifest, written so that a full disk never leaves a half backup behind, rotated by {@link
 * BackupRotation} (everything from the last 48 hours, then 7 daily, 4 weekly and 12 monthly), and
 * verified by opening them before a restore replaces anything. A restore carries the audit entries
 * written after the backup into the restored records, so the audit log only ever grows.
 */
public final class BackupService {
  private static final Logger log = LoggerFactory.getLogger(BackupService.class);
  static final String DB_ENTRY = "knotwork.mv.db";
  static final String KEY_ENTRY = "knotwork.key";
  static final String MANIFEST_ENTRY = "manifest.properties";
  private static final String PREFIX = "knotwork-backup-";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
  private static final DateTimeFormatter DETAIL_WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH);

  private final BackupRepository repository;
  private final java.util.function.Supplier<String> actor;
  private final DataDirectory dir;
  private final Clock clock;
  private final String appVersion;
  private Outputs outputs = Files::newOutputStream;

  /** Opens the files a backup is written to (tests put a full disk here). */
  @FunctionalInterface
  interface Outputs {
    OutputStream open(Path file) throws IOException;
  }

  /** A backup just made, and what happened to its copy in the second folder. */
  public record Made(Path backup, Optional<Path> copy, Optional<String> copyProblem) {}

  /**
   * A restore done: the backup and what it held, where the records from before it are kept, and the
   * audit entries those records had that the backup does not, in the order they were written, to be
   * carried into the restored records by {@link #auditRestore(Restored)}. The later entries are
   * empty when the records from before could not be read (they were damaged).
   */
  public record Restored(
      Path backup,
      BackupManifest manifest,
      Path safetyBackup,
      Optional<List<AuditEntry>> laterEntries) {}

  /** A backup that passed every check, and the end of its audit log. */
  private record Checked(BackupManifest manifest, AuditTail tail) {}

  /**
   * The end of a backup's audit log: its newest entry, how many entries say exactly the same (a
   * second entry in the same second, by the same person, about the same record), and the entries
   * written at or after the time the backup was made.
   */
  private record AuditTail(
      Optional<AuditEntry> newest, int newestCount, List<AuditEntry> fromMade) {}

  public BackupService(
      BackupRepository repository, DataDirectory dir, Clock clock, String appVersion) {
    this(repository, dir, clock, appVersion, () -> "Knotwork");
  }

  /**
   * @param actor who is at work, as the audit log names them
   */
  public BackupService(
      BackupRepository repository,
      DataDirectory dir,
      Clock clock,
      String appVersion,
      java.util.function.Supplier<String> actor) {
    this.actor = actor;
    this.repository = repository;
    this.dir = dir;
    this.clock = clock;
    this.appVersion = appVersion == null ? "development" : appVersion;
  }

  /** Writes backups through {@code outputs} instead of plain files (tests only). */
  BackupService writingWith(Outputs outputs) {
    this.outputs = outputs;
    return this;
  }

  /** Where backups go on this computer besides the data folder. */
  public BackupSettings settings() {
    return BackupSettings.load(dir.backupSettingsFile());
  }

  public void saveSettings(BackupSettings settings) {
    settings.save(dir.backupSettingsFile());
  }

  /**
   * Backs up into the data folder's backups folder and copies the backup to the second folder, if
   * one is set. A second folder that is missing (a drive not plugged in) or full does not undo the
   * backup: the problem is reported in {@link Made#copyProblem()}.
   */
  public Made backUp() {
    Path made = backupNow(defaultFolder());
    Optional<Path> second = settings().secondFolder();
    if (second.isEmpty()) {
      return new Made(made, Optional.empty(), Optional.empty());
    }
    try {
      return new Made(made, Optional.of(copyInto(made, second.get())), Optional.empty());
    } catch (IOException | RuntimeException e) {
      log.warn("The copy to the second backup folder {} failed", second.get(), e);
      return new Made(made, Optional.empty(), Optional.of(copyProblem(second.get(), e)));
    }
  }

  /** {@link #backUp()} unless a backup was already made today. */
  public Optional<Made> backUpIfDue() {
    LocalDate today = LocalDate.now(clock);
    boolean doneToday =
        backups(defaultFolder()).stream().anyMatch(b -> stampOf(b).toLocalDate().equals(today));
    return doneToday ? Optional.empty() : Optional.of(backUp());
  }

  /** Every backup Knotwork knows of (both folders and the safety copies), newest first. */
  public List<Path> allBackups() {
    return backupsIn(folders(dir));
  }

  /** The folders backups are kept in for this data folder, the usual one first. */
  static List<Path> folders(DataDirectory dir) {
    List<Path> folders = new ArrayList<>();
    folders.add(usualFolder(dir));
    BackupSettings.load(dir.backupSettingsFile()).secondFolder().ifPresent(folders::add);
    folders.add(safetyFolder(dir));
    return folders;
  }

  static Path usualFolder(DataDirectory dir) {
    return dir.root().resolve("backups");
  }

  static Path safetyFolder(DataDirectory dir) {
    return usualFolder(dir).resolve("before-restore");
  }

  static List<Path> backupsIn(List<Path> folders) {
    return folders.stream()
        .flatMap(f -> backups(f).stream())
        .sorted(Comparator.comparing(BackupService::stampOf).reversed())
        .toList();
  }

  /**
   * Replaces the records with a backup: checks the backup completely, backs up the current records
   * into {@link #safetyFolder()}, reads the audit entries written after the backup, has the caller
   * close the database, and puts the backup in place. Nothing is replaced when the check fails. The
   * caller opens the restored records and calls {@link #auditRestore(Restored)} on them.
   */
  public Restored restore(Path backup, DatabaseCredentials credentials, Runnable closeDatabase) {
    Checked checked = check(backup, credentials, repository.schemaVersion());
    BackupManifest manifest = checked.manifest();
    Path safety = write(safetyFolder());
    List<AuditEntry> later = writtenAfter(checked, repository.auditLog());
    closeDatabase.run();
    try {
      putInPlace(backup, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The backup could not be put in place ("
              + e.getMessage()
              + "). Your records are unchanged.",
          e);
    }
    log.info(
        "Restored {}; the records from before are in {}; {} later audit entries to carry over",
        backup,
        safety,
        later.size());
    return new Restored(backup, manifest, safety, Optional.of(later));
  }

  /**
   * The audit entries of the current records that the backup does not hold, in the order they were
   * written.
   *
   * <p>When the current records continue the backup's log (the usual case, also after earlier
   * restores, whose carried entries say exactly what the originals said), these are the entries
   * after the backup's newest entry: found by what it says and how many times the backup says it,
   * not by its time, so a clock that was changed or two entries in the same second lose nothing.
   * Otherwise (the backup belongs to another line of these records), they are the entries written
   * at or after the time the backup was made, less those the backup holds.
   */
  private static List<AuditEntry> writtenAfter(Checked checked, AuditRepository current) {
    AuditTail tail = checked.tail();
    if (tail.newest().isPresent()) {
      Optional<List<AuditEntry>> after = current.after(tail.newest().get(), tail.newestCount());
      if (after.isPresent()) {
        return after.get();
      }
    }
    List<AuditEntry> since = new ArrayList<>(current.since(checked.manifest().createdAt()));
    for (AuditEntry held : tail.fromMade()) {
      since.remove(held);
    }
    return since;
  }

  /**
   * Writes into the restored records the audit entries carried over from the records they replaced,
   * in order, and then the restore's own entry, which names the backup (file, date and what its
   * manifest counted) and says how many entries were carried over, or that none could be.
   */
  public void auditRestore(Restored restored) {
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    List<AuditEntry> carried = restored.laterEntries().orElse(List.of());
    repository.recordRestore(
        carried,
        new AuditEntry(
            now, actor.get(), AuditEntry.Action.RESTORE, "practice", 1, restoreDetail(restored)));
    log.info("Restore audited; {} entries carried over", carried.size());
  }

  /**
   * "knotwork-backup-2026-11-22-154000.zip of 22 Nov 2026, 15:40 (3 clients, 40 sessions, 2 plans).
   * 5 later entries carried over."
   */
  static String restoreDetail(Restored restored) {
    BackupManifest manifest = restored.manifest();
    String backup =
        restored.backup().getFileName()
            + " of "
            + DETAIL_WHEN.format(manifest.createdAt())
            + " ("
            + manifest.summary()
            + ").";
    return restored
        .laterEntries()
        .map(
            later ->
                switch (later.size()) {
                  case 0 -> backup + " No later entries to carry over.";
                  case 1 -> backup + " 1 later entry carried over.";
                  default -> backup + " " + later.size() + " later entries carried over.";
                })
        .orElse(backup + " The damaged records could not be read: later entries not carried over.");
  }

  private Path copyInto(Path backup, Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new java.nio.file.NoSuchFileException(folder.toString());
    }
    Path target = folder.resolve(backup.getFileName());
    Path part = folder.resolve(backup.getFileName() + ".part");
    try {
      try (OutputStream out = outputs.open(part)) {
        Files.copy(backup, out);
      }
      force(part);
      move(part, target);
    } finally {
      Files.deleteIfExists(part);
    }
    rotate(folder);
    log.info("Backup copied to {}", target);
    return target;
  }

  private static String copyProblem(Path folder, Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException && !Files.isDirectory(folder)) {
      return "The copy for "
          + folder
          + " was not made: that folder is not there. If it is on a USB drive, plug the drive in"
          + " and back up again.";
    }
    return "The copy for "
        + folder
        + " was not made ("
        + (org.knotwork.db.DiskFull.is(e) ? "that disk is full" : String.valueOf(e.getMessage()))
        + "). The backup in your data folder was made.";
  }

  /** The backups folder inside the data folder. */
  public Path defaultFolder() {
    return usualFolder(dir);
  }

  /**
   * Where the records as they were before a restore are kept: apart from the rotated backups, so
   * that no rotation removes them (or the backup being restored).
   */
  public Path safetyFolder() {
    return safetyFolder(dir);
  }

  /** Makes a backup in the folder now, then rotates the folder; returns the new backup. */
  public Path backupNow(Path folder) {
    Path made = write(folder);
    try {
      rotate(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The backup was written to " + made + ", but older backups could not be removed", e);
    }
    return made;
  }

  /**
   * Makes a backup in the folder now and leaves the folder's other backups alone (the safety copy
   * before a restore is never rotated).
   */
  private Path write(Path folder) {
    try {
      Files.createDirectories(folder);
      LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
      Path target = folder.resolve(PREFIX + STAMP.format(now) + ".zip");
      for (int n = 2; Files.exists(target); n++) { // two backups within one second
        target = folder.resolve(PREFIX + STAMP.format(now) + "-" + n + ".zip");
      }
      Path h2Copy = Files.createTempFile(folder, ".knotwork-h2-", ".zip");
      Path part = folder.resolve(target.getFileName() + ".part");
      try {
        Files.delete(h2Copy); // H2 writes the file itself
        repository.copyTo(h2Copy);
        Map<String, Integer> counts = repository.counts();
        String schema = repository.schemaVersion();
        writeBackup(h2Copy, part, now, counts, schema);
        move(part, target);
      } finally {
        Files.deleteIfExists(h2Copy);
        Files.deleteIfExists(part);
      }
      repository.audit(AuditEntry.Action.BACKUP, now, actor.get());
      log.info("Backup written to {}", target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The backup could not be written to " + folder + " (" + e.getMessage() + ")", e);
    }
  }

  /** The backups in a folder, newest first. */
  public static List<Path> backups(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> stampOrNull(p) != null)
          .sorted(Comparator.comparing(BackupService::stampOf).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The backups in a rotated folder that the rotation keeps now, each with its reason, newest
   * first. A backup of the folder that is not among them goes with the next backup.
   */
  public List<BackupRotation.Kept<Path>> keptIn(Path folder) {
    return BackupRotation.keep(backups(folder), BackupService::stampOf, LocalDateTime.now(clock));
  }

  /**
   * Deletes the backups the rotation does not keep. This is the only place backups are deleted; it
   * runs on the usual folder and the second folder, never on the safety folder.
   */
  void rotate(Path folder) throws IOException {
    Set<Path> keep = new HashSet<>();
    keptIn(folder).forEach(k -> keep.add(k.backup()));
    for (Path p : backups(folder)) {
      if (!keep.contains(p)) {
        Files.deleteIfExists(p);
        log.info("Rotated out {}", p.getFileName());
      }
    }
  }

  /**
   * Checks a backup completely before anything is replaced: it is a Knotwork backup, its checksum
   * matches, its schema is not newer than this version's, it opens with the practice's key, and its
   * row counts match the manifest.
   *
   * @param currentSchema the schema version of this version of Knotwork
   */
  public static BackupManifest verify(
      Path backup, DatabaseCredentials credentials, String currentSchema) {
    return check(backup, credentials, currentSchema).manifest();
  }

  /** {@link #verify}, also reading the end of the backup's audit log. */
  private static Checked check(Path backup, DatabaseCredentials credentials, String currentSchema) {
    if (!Files.isRegularFile(backup)) {
      throw new BackupRefusedException("the file " + backup + " does not exist");
    }
    Path temp = null;
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      ZipEntry manifestEntry = zip.getEntry(MANIFEST_ENTRY);
      ZipEntry dbEntry = zip.getEntry(DB_ENTRY);
      if (manifestEntry == null || dbEntry == null || zip.getEntry(KEY_ENTRY) == null) {
        throw new BackupRefusedException("it is not a Knotwork backup");
      }
      BackupManifest manifest;
      try (InputStream in = zip.getInputStream(manifestEntry)) {
        manifest = BackupManifest.read(in);
      }
      if (newer(manifest.schemaVersion(), currentSchema)) {
        throw new BackupRefusedException(
            "it was made by a newer version of Knotwork (records version "
                + manifest.schemaVersion()
                + "; this version reads up to "
                + currentSchema
                + "). Install the newer version to restore it");
      }
      temp = Files.createTempDirectory("knotwork-verify-");
      String sha;
      try (InputStream in = zip.getInputStream(dbEntry)) {
        sha = copyHashing(in, temp.resolve(DB_ENTRY));
      }
      if (!sha.equals(manifest.sha256())) {
        throw new BackupRefusedException(
            "it is damaged: its contents do not match the checksum taken when it was made");
      }
      Map<String, Integer> counts;
      AuditTail tail;
      try (Database db = Database.open(DataDirectory.at(temp), credentials)) {
        BackupRepository held = new BackupRepository(db.dsl());
        counts = held.counts();
        AuditRepository audit = held.auditLog();
        Optional<AuditEntry> newest = audit.newest();
        tail =
            new AuditTail(
                newest, newest.map(audit::countSame).orElse(0), audit.since(manifest.createdAt()));
      } catch (DatabaseException e) {
        throw new BackupRefusedException(
            "it does not open with this practice's key (it may belong to another practice)");
      }
      for (var expected : manifest.counts().entrySet()) {
        if (!expected.getValue().equals(counts.get(expected.getKey()))) {
          throw new BackupRefusedException(
              "its " + expected.getKey() + " records do not match its manifest");
        }
      }
      return new Checked(manifest, tail);
    } catch (ZipException e) {
      throw new BackupRefusedException("it is damaged or truncated, or not a backup at all");
    } catch (IOException e) {
      throw new BackupRefusedException("it could not be read (" + e.getMessage() + ")");
    } finally {
      deleteQuietly(temp);
    }
  }

  /**
   * The database file from a verified backup, written into the data folder, with the backup's key
   * only when the folder has none. A backup verifies only when it opens with the folder's own data
   * key, so the folder's key file (wrapped under today's passphrase) stays: restoring a backup made
   * before a passphrase change must not bring the old passphrase back.
   */
  public static void putInPlace(Path backup, DataDirectory target) throws IOException {
    Path db = target.root().resolve(DB_ENTRY + ".restoring");
    Path key = target.root().resolve(KEY_ENTRY + ".restoring");
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      boolean needsKey = !Files.exists(target.keyFile());
      try (InputStream in = zip.getInputStream(zip.getEntry(DB_ENTRY))) {
        Files.copy(in, db, StandardCopyOption.REPLACE_EXISTING);
      }
      force(db);
      if (needsKey) {
        try (InputStream in = zip.getInputStream(zip.getEntry(KEY_ENTRY))) {
          Files.copy(in, key, StandardCopyOption.REPLACE_EXISTING);
        }
        force(key);
      }
      move(db, target.databaseFile());
      if (needsKey) {
        move(key, target.keyFile());
      }
    } finally {
      Files.deleteIfExists(db);
      Files.deleteIfExists(key);
    }
  }

  private void writeBackup(
      Path h2Copy, Path part, LocalDateTime now, Map<String, Integer> counts, String schema)
      throws IOException {
    try (OutputStream file = outputs.open(part);
        ZipOutputStream out = new ZipOutputStream(file)) {
      String sha;
      // The database file is encrypted, so it does not compress: it is stored as it is rather
      // than deflated for nothing.
      out.setLevel(Deflater.NO_COMPRESSION);
      out.putNextEntry(new ZipEntry(DB_ENTRY));
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Copy))) {
        ZipEntry e;
        sha = null;
        while ((e = in.getNextEntry()) != null) {
          if (e.getName().endsWith(".mv.db")) {
            sha = copyHashing(in, out);
          }
        }
        if (sha == null) {
          throw new IOException("the database copy holds no database file");
        }
      }
      out.closeEntry();
      out.setLevel(Deflater.DEFAULT_COMPRESSION);
      out.putNextEntry(new ZipEntry(KEY_ENTRY));
      if (Files.exists(dir.keyFile())) {
        Files.copy(dir.keyFile(), out);
      }
      out.closeEntry();
      out.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
      new BackupManifest(appVersion, schema, now, counts, sha).write(out);
      out.closeEntry();
      out.finish();
      file.flush();
    }
    force(part);
  }

  private static void force(Path file) throws IOException {
    try (var channel =
        java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  private static String copyHashing(InputStream in, Path target) throws IOException {
    try (OutputStream out = Files.newOutputStream(target)) {
      return copyHashing(in, out);
    }
  }

  private static String copyHashing(InputStream in, OutputStream out) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      DigestInputStream digesting = new DigestInputStream(in, sha);
      digesting.transferTo(out);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean newer(String backup, String current) {
    try {
      return Integer.parseInt(backup) > Integer.parseInt(current);
    } catch (NumberFormatException e) {
      return backup.compareTo(current) > 0;
    }
  }

  /** When a backup was made, read from its name. */
  public static LocalDateTime madeAt(Path backup) {
    return stampOf(backup);
  }

  private static LocalDateTime stampOf(Path p) {
    return stampOrNull(p);
  }

  private static LocalDateTime stampOrNull(Path p) {
    String name = p.getFileName().toString();
    if (!name.startsWith(PREFIX) || !name.endsWith(".zip")) {
      return null;
    }
    String stamp = name.substring(PREFIX.length(), name.length() - ".zip".length());
    if (stamp.length() > 17) {
      stamp = stamp.substring(0, 17); // "-2" after a second backup in the same second
    }
    try {
      return LocalDateTime.parse(stamp, STAMP);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> all = new ArrayList<>(files.toList());
      all.sort(Comparator.reverseOrder());
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      log.warn("Could not clean up {}", folder, e);
    }
  }
}
