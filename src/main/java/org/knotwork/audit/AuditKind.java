package org.knotwork.audit;

import java.util.EnumSet;
import java.util.Set;
import org.knotwork.audit.AuditEntry.Action;

/** Groups of audit actions the log can be narrowed to, named as the therapist thinks of them. */
public enum AuditKind {
  ALL("Everything", EnumSet.noneOf(Action.class)),
  VIEWS("Records opened", EnumSet.of(Action.VIEW)),
  CHANGES(
      "Records added or changed",
      EnumSet.of(
          Action.CREATE,
          Action.UPDATE,
          Action.ARCHIVE,
          Action.UNARCHIVE,
          Action.DISCARD_DRAFT,
          Action.ACTIVATE,
          Action.COMPLETE,
          Action.SUPERSEDE,
          Action.IMPORT,
          Action.CANCEL,
          Action.ARRIVE,
          Action.NO_SHOW)),
  SIGNING("Notes signed and addenda", EnumSet.of(Action.SIGN, Action.ADDENDUM)),
  EXPORTS("Exports and printouts", EnumSet.of(Action.EXPORT, Action.PRINT)),
  BACKUPS("Backups and restores", EnumSet.of(Action.BACKUP, Action.RESTORE)),
  DELETIONS("Records deleted", EnumSet.of(Action.DELETE)),
  UNLOCKS(
      "Locks, unlocks and wrong passphrases",
      EnumSet.of(Action.LOCK, Action.UNLOCK, Action.UNLOCK_FAILED));

  private final String label;
  private final Set<Action> actions;

  AuditKind(String label, Set<Action> actions) {
    this.label = label;
    this.actions = actions;
  }

  /** The actions of this kind; empty for {@link #ALL}. */
  public Set<Action> actions() {
    return actions;
  }

  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
