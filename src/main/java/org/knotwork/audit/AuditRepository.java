package org.knotwork.audit;

import static org.knotwork.db.generated.Tables.AUDIT_LOG;

import java.util.List;
import org.jooq.DSLContext;

/**
 * The audit log: who did what to which record, and when. Entries are written inside the same
 * transaction as the change they describe and carry no clinical text; the database refuses to
 * change or remove them.
 */
public final class AuditRepository {
  private final DSLContext dsl;

  public AuditRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Appends an entry using the caller's transaction. */
  public static void record(DSLContext trx, AuditEntry entry) {
    trx.insertInto(AUDIT_LOG)
        .set(AUDIT_LOG.AT, entry.at())
        .set(AUDIT_LOG.ACTOR, entry.actor())
        .set(AUDIT_LOG.ACTION, entry.action().name())
        .set(AUDIT_LOG.ENTITY, entry.entity())
        .set(AUDIT_LOG.ENTITY_ID, entry.entityId())
        .execute();
  }

  /** Appends an entry in a transaction of its own. */
  public void append(AuditEntry entry) {
    record(dsl, entry);
  }

  /** Entries about one record, oldest first. */
  public List<AuditEntry> about(String entity, long entityId) {
    return dsl.selectFrom(AUDIT_LOG)
        .where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq(entityId)))
        .orderBy(AUDIT_LOG.ID)
        .fetch(
            r ->
                new AuditEntry(
                    r.getAt(),
                    r.getActor(),
                    AuditEntry.Action.valueOf(r.getAction()),
                    r.getEntity(),
                    r.getEntityId()));
  }
}
