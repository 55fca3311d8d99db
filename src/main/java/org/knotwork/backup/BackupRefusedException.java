package org.knotwork.backup;

/** A backup that will not be restored, with the reason in words. */
public final class BackupRefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public BackupRefusedException(String reason) {
    super("This backup cannot be restored: " + reason + ". Your current records were not touched.");
  }
}
