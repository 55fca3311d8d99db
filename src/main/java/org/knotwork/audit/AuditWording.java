package org.knotwork.audit;

import java.util.Locale;
import org.knotwork.audit.AuditEntry.Action;

/** Audit entries in words, the same on screen and in an exported log. */
public final class AuditWording {
  private AuditWording() {}

  public static String action(Action action) {
    return switch (action) {
      case VIEW -> "Opened";
      case CREATE -> "Created";
      case UPDATE -> "Changed";
      case SIGN -> "Signed";
      case ADDENDUM -> "Addendum added";
      case DISCARD_DRAFT -> "Draft discarded";
      case ACTIVATE -> "Agreed";
      case COMPLETE -> "Completed";
      case SUPERSEDE -> "Superseded";
      case PRINT -> "Printed";
      case BACKUP -> "Backed up";
      case RESTORE -> "Restored from a backup";
      case IMPORT -> "Imported";
      case UNLOCK -> "Unlocked";
      case UNLOCK_FAILED -> "Wrong passphrase typed";
      case LOCK -> "Locked";
      case EXPORT -> "Exported";
      case ARCHIVE -> "Archived";
      case UNARCHIVE -> "Unarchived";
      case DELETE -> "Deleted";
      case CANCEL -> "Cancelled";
      case ARRIVE -> "Arrived";
      case NO_SHOW -> "Marked as no-show";
    };
  }

  /** What kind of record an entry is about: "Client record", "Note 42", "Practice". */
  public static String record(AuditEntry entry) {
    return switch (entry.entity().toLowerCase(Locale.ROOT)) {
      case "client" -> "Client record";
      case "session" -> "Note " + entry.entityId();
      case "treatment_plan" -> "Treatment plan " + entry.entityId();
      case "outcome_entry" -> "Measure " + entry.entityId();
      case "practice" -> "Practice";
      case "audit_log" -> "Audit log";
      case "appointment" -> "Appointment " + entry.entityId();
      case "blocked_time" -> "Blocked time " + entry.entityId();
      case "bookable_service" -> "Service " + entry.entityId();
      case "appointment_settings" -> "Appointment settings";
      default -> entry.entity() + " " + entry.entityId();
    };
  }

  /** The client an entry concerns, or a note that it was deleted or concerns no one client. */
  public static String client(AuditLine line) {
    if (line.clientName() != null) {
      return line.clientName();
    }
    String entity = line.entry().entity().toLowerCase(Locale.ROOT);
    if (entity.equals("practice")
        || entity.equals("audit_log")
        || entity.equals("blocked_time")
        || entity.equals("bookable_service")
        || entity.equals("appointment_settings")) {
      return "";
    }
    return "(record deleted)";
  }
}
