package org.knotwork.audit;

import java.time.LocalDateTime;

/** One line of the audit log. */
public record AuditEntry(
    LocalDateTime at, String actor, Action action, String entity, long entityId) {

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
    EXPORT
  }
}
