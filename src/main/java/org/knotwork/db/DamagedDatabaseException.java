package org.knotwork.db;

/**
 * The database file exists but cannot be read as a Knotwork database: damaged by a failing disk,
 * cut short, or overwritten. Restoring a backup is the way out.
 */
public final class DamagedDatabaseException extends DatabaseException {
  private static final long serialVersionUID = 1L;

  public DamagedDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
