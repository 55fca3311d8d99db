package org.knotwork.ui;

import org.knotwork.db.DatabaseException;
import org.knotwork.db.DiskFull;

/** Turns a failure into a sentence for the therapist. The stack trace is already in the log. */
public final class UserMessages {
  private UserMessages() {}

  /**
   * Services throw these with messages written for the therapist (a broken rule, a missing record,
   * a database that cannot be opened).
   */
  private static boolean speaksToPeople(Throwable t) {
    return t instanceof DatabaseException
        || t instanceof IllegalArgumentException
        || t instanceof IllegalStateException;
  }

  public static String explain(Throwable failure, String whatWasAttempted) {
    if (DiskFull.is(failure)) {
      return whatWasAttempted
          + " did not work because the disk is full. Everything saved before is unchanged. Free some"
          + " space (empty the bin, move large files such as videos elsewhere) and try again.";
    }
    Throwable t = failure;
    while (t.getCause() != null && !speaksToPeople(t)) {
      t = t.getCause();
    }
    if (speaksToPeople(t)) {
      return t.getMessage();
    }
    if (DatabaseException.isDataAccess(failure) || t instanceof java.sql.SQLException) {
      return whatWasAttempted
          + " did not work because the database refused the change. "
          + "Nothing was changed. Check the highlighted fields and try again; the details are in the log.";
    }
    if (t instanceof java.io.IOException) {
      return whatWasAttempted
          + " did not work because a file could not be read or written ("
          + t.getMessage()
          + "). Check that the disk is not full and try again.";
    }
    return whatWasAttempted
        + " did not work because of an unexpected problem. "
        + "Nothing was changed. The details are in the log.";
  }
}
