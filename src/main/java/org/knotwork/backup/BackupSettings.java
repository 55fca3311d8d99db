package org.knotwork.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Where backups go besides the data folder: a second folder on a USB drive or a synced folder.
 *
 * <p>Kept in a small file of this computer's data folder rather than in the records, so that
 * restoring a backup (or opening the records on another computer) never points backups at a drive
 * that is not there.
 */
public record BackupSettings(Optional<Path> secondFolder) {
  private static final String SECOND_FOLDER = "second-folder";

  public static BackupSettings none() {
    return new BackupSettings(Optional.empty());
  }

  public BackupSettings withSecondFolder(Path folder) {
    return new BackupSettings(Optional.ofNullable(folder).map(p -> p.toAbsolutePath().normalize()));
  }

  /** The settings in the file, or none when there is no file or it cannot be read. */
  public static BackupSettings load(Path file) {
    if (!Files.isRegularFile(file)) {
      return none();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      return none();
    }
    String folder = p.getProperty(SECOND_FOLDER, "").trim();
    return folder.isEmpty() ? none() : none().withSecondFolder(Path.of(folder));
  }

  /** Writes the settings; the old file stays whole if writing fails. */
  public void save(Path file) {
    Properties p = new Properties();
    secondFolder.ifPresent(f -> p.setProperty(SECOND_FOLDER, f.toString()));
    Path part = file.resolveSibling(file.getFileName() + ".part");
    try {
      try (OutputStream out = Files.newOutputStream(part)) {
        p.store(out, "Knotwork backup settings for this computer");
      }
      try {
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // the original error says more
      }
      throw new UncheckedIOException("The backup settings could not be saved in " + file, e);
    }
  }
}
