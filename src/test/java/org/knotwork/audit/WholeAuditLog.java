package org.knotwork.audit;

import java.util.List;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.generated.Tables;

/** The whole audit log of a practice on disk, in the order it was written (tests only). */
public final class WholeAuditLog {
  private WholeAuditLog() {}

  public static List<AuditEntry> of(DataDirectory data, DatabaseCredentials key) {
    try (Database db = Database.open(data, key)) {
      return db.dsl()
          .selectFrom(Tables.AUDIT_LOG)
          .orderBy(Tables.AUDIT_LOG.ID)
          .fetch(
              r ->
                  new AuditEntry(
                      r.getAt(),
                      r.getActor(),
                      r.getAction(),
                      r.getEntity(),
                      r.getEntityId(),
                      r.getDetail()));
    }
  }
}
