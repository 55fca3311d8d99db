package org.knotwork.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder that holds one practice: its database, its log files and its window settings.
 *
 * <p>By default it follows the platform's convention for per-user application data; {@code
 * --data-dir} overrides it so tests and demos never touch the real one.
 */
public final class DataDirectory {
  static final String DATABASE_NAME = "knotwork";

  private final Path root;

  private DataDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public static DataDirectory at(Path root) {
    return new DataDirectory(root);
  }

  /** The platform default for the current user. */
  public static DataDirectory platformDefault() {
    return new DataDirectory(
        defaultRoot(
            System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home")));
  }

  static Path defaultRoot(String osName, Map<String, String> env, String userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String appData = env.get("APPDATA");
      Path base =
          appData != null && !appData.isBlank()
              ? Path.of(appData)
              : Path.of(userHome, "AppData", "Roaming");
      return base.resolve("Knotwork");
    }
    if (os.contains("mac")) {
      return Path.of(userHome, "Library", "Application Support", "Knotwork");
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
    return base.resolve("knotwork");
  }

  public Path root() {
    return root;
  }

  /** The H2 database path without its {@code .mv.db} suffix. */
  public Path databaseBase() {
    return root.resolve(DATABASE_NAME);
  }

  public Path databaseFile() {
    return root.resolve(DATABASE_NAME + ".mv.db");
  }

  /** The practice's key, wrapped under the passphrase (see {@link KeyFile}). */
  public Path keyFile() {
    return root.resolve("knotwork.key");
  }

  public Path lockFile() {
    return root.resolve("knotwork.lock");
  }

  public Path logDirectory() {
    return root.resolve("logs");
  }

  /**
   * Where documents opened in the system's PDF viewer are written; emptied when Knotwork closes,
   * because they hold client details.
   */
  public Path printoutsDirectory() {
    return root.resolve("printouts");
  }

  public Path windowSettingsFile() {
    return root.resolve("window.properties");
  }

  /** The light or dark theme chosen on this computer. */
  public Path appearanceFile() {
    return root.resolve("appearance.properties");
  }

  /** Where backups go on this computer besides the data folder. */
  public Path backupSettingsFile() {
    return root.resolve("backup.properties");
  }

  /**
   * Creates the folder if it does not exist yet, and keeps it for its owner alone (rwx------ where
   * the file system has POSIX permissions): the database, its key, backups, logs and printouts in
   * it are then out of reach of the computer's other users, whatever each file's own mode.
   */
  public DataDirectory ensureExists() {
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data folder " + root, e);
    }
    keepForOwner();
    return this;
  }

  private void keepForOwner() {
    try {
      if (!Files.getFileStore(root).supportsFileAttributeView("posix")) {
        return;
      }
      java.util.Set<java.nio.file.attribute.PosixFilePermission> ownerOnly =
          java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");
      if (!Files.getPosixFilePermissions(root).equals(ownerOnly)) {
        Files.setPosixFilePermissions(root, ownerOnly);
        org.slf4j.LoggerFactory.getLogger(DataDirectory.class)
            .info("The data folder {} is now for its owner only", root);
      }
    } catch (IOException | UnsupportedOperationException e) {
      org.slf4j.LoggerFactory.getLogger(DataDirectory.class)
          .warn("Could not keep the data folder {} for its owner only", root, e);
    }
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
