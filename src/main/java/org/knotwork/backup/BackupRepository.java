package org.knotwork.backup;

import static org.knotwork.db.generated.Tables.AUDIT_LOG;
import static org.knotwork.db.generated.Tables.CLIENT;
import static org.knotwork.db.generated.Tables.HANDOUT;
import static org.knotwork.db.generated.Tables.OUTCOME_ENTRY;
import static org.knotwork.db.generated.Tables.SESSION;
import static org.knotwork.db.generated.Tables.SESSION_ADDENDUM;
import static org.knotwork.db.generated.Tables.SESSION_FINDING;
import static org.knotwork.db.generated.Tables.TREATMENT_PLAN;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;

/** What a backup needs from the database: a consistent copy of the file, counts, the schema. */
public final class BackupRepository {
  private static final List<Table<?>> COUNTED =
      List.of(
          CLIENT,
          SESSION,
          SESSION_FINDING,
          SESSION_ADDENDUM,
          OUTCOME_ENTRY,
          TREATMENT_PLAN,
          HANDOUT,
          AUDIT_LOG);
  private final DSLContext dsl;

  public BackupRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * Writes a consistent copy of the open database (still encrypted, if the database is) as a ZIP
   * holding {@code knotwork.mv.db}; H2 copies it while the app keeps working.
   */
  public void copyTo(Path zip) {
    dsl.execute("BACKUP TO {0}", org.jooq.impl.DSL.inline(zip.toAbsolutePath().toString()));
  }

  /** Notes a backup or a restore in the audit log (about the practice as a whole). */
  public void audit(org.knotwork.audit.AuditEntry.Action action, java.time.LocalDateTime at) {
    new org.knotwork.audit.AuditRepository(dsl)
        .append(
            new org.knotwork.audit.AuditEntry(
                at, System.getProperty("user.name", "therapist"), action, "practice", 1));
  }

  /** Rows per table, for the manifest and for checking a restore. */
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Table<?> t : COUNTED) {
      counts.put(t.getName().toLowerCase(java.util.Locale.ROOT), dsl.fetchCount(t));
    }
    return counts;
  }

  /** The newest schema version Flyway applied, e.g. "5". */
  public String schemaVersion() {
    return dsl.fetchValue(
            "select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is"
                + " not null order by \"installed_rank\" desc limit 1")
        .toString();
  }
}
