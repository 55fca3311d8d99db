package org.knotwork.audit;

import java.time.LocalDateTime;

/**
 * One line of the audit log: when, who, what was done to which record, and an optional short detail
 * that is never clinical text (why a record was deleted, which file an export went to).
 */
public record AuditEntry(
    LocalDateTime at, String actor, Action action, String entity, long entityId, String detail) {

  /** The longest detail the log keeps. */
  public static final int MAX_DETAIL = 200;

  public AuditEntry {
    if (detail != null && detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL - 1) + "…";
    }
  }

  /** An entry without a detail. */
  public AuditEntry(LocalDateTime at, String actor, Action action, String entity, long entityId) {
    this(at, actor, action, entity, entityId, null);
  }

  /** What was done. */
  public enum Action {
    CREATE,
    SIGN,
    ADDENDUM,
    DISCARD_DRAFT,
    UPDATE,
    ACTIVATE,
    COMPLETE,
    SUPERSEDE,
    PRINT,
    BACKUP,
    RESTORE,
    IMPORT,
    UNLOCK,
    UNLOCK_FAILED,
    LOCK,
    EXPORT,
    VIEW,
    ARCHIVE,
    UNARCHIVE,
    DELETE,
    /** An appointment called off (the row is kept). */
    CANCEL,
    /** The client arrived for an appointment. */
    ARRIVE,
    /** The client did not come to an appointment. */
    NO_SHOW
  }
}
