package org.knotwork.db;

/** A database problem explained in words a therapist can act on; the cause goes to the log. */
public class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }

  public DatabaseException(String message) {
    super(message);
  }

  /**
   * Whether the failure is the database access layer's own (jOOQ's data-access exception), so that
   * code outside {@code db} and the repositories need not know jOOQ.
   */
  public static boolean isDataAccess(Throwable failure) {
    return failure instanceof org.jooq.exception.DataAccessException;
  }
}
