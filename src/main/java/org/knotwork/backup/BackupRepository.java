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
  public void audit(
      org.knotwork.audit.AuditEntry.Action action, java.time.LocalDateTime at, String actor) {
    org.knotwork.audit.AuditRepository.record(
        dsl, new org.knotwork.audit.AuditEntry(at, actor, action, "practice", 1));
  }

  /** The audit log of these records. */
  public org.knotwork.audit.AuditRepository auditLog() {
    return new org.knotwork.audit.AuditRepository(dsl);
  }

  /**
   * Writes the entries carried over from the records a restore replaced, in order, and then the
   * restore's own entry, in one transaction.
   *
   * <p>The carried entries may name clients, notes and plans that these (older) records do not
   * hold. Their ids are never handed out again here: each such table's next id is moved past the
   * highest id the carried entries name, so that an entry never comes to read as if it were about a
   * record made after the restore.
   */
  public void recordRestore(
      List<org.knotwork.audit.AuditEntry> carried, org.knotwork.audit.AuditEntry restore) {
    for (Table<?> table : List.of(CLIENT, SESSION, TREATMENT_PLAN)) {
      String entity = table.getName().toLowerCase(java.util.Locale.ROOT);
      carried.stream()
          .filter(e -> e.entity().equalsIgnoreCase(entity))
          .mapToLong(org.knotwork.audit.AuditEntry::entityId)
          .max()
          .ifPresent(highest -> keepIdsAbove(table, highest));
    }
    List<org.knotwork.audit.AuditEntry> all = new java.util.ArrayList<>(carried);
    all.add(restore);
    dsl.transaction(trx -> org.knotwork.audit.AuditRepository.recordAll(trx.dsl(), all));
  }

  /** Makes sure the table's next id is above {@code highest}; never lowers it. */
  private void keepIdsAbove(Table<?> table, long highest) {
    Long next =
        dsl.fetchOptionalValue(
                "select identity_base from information_schema.columns where table_schema ="
                    + " current_schema and table_name = {0} and column_name = 'ID'",
                table.getName())
            .map(v -> ((Number) v).longValue())
            .orElse(null);
    if (next != null && next <= highest) {
      dsl.execute(
          "alter table {0} alter column id restart with {1}",
          table, org.jooq.impl.DSL.inline(highest + 1));
    }
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
