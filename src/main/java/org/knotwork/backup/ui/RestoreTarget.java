package org.knotwork.backup.ui;

import java.nio.file.Path;
import org.knotwork.backup.BackupManifest;

/**
 * The open records, as far as restoring a backup over them is concerned (the app implements it).
 */
public interface RestoreTarget {

  /**
   * Checks a backup completely against the open records (key, version, checksum, counts) and
   * returns what it holds; throws with the reason when it cannot be restored. Runs off the JavaFX
   * thread.
   */
  BackupManifest check(Path backup);

  /**
   * Replaces the open records with a checked backup and reopens them, telling the therapist how it
   * went. Called on the JavaFX thread.
   */
  void restore(Path backup, BackupManifest manifest);
}
