package org.knotwork.retention;

import static org.knotwork.db.generated.Tables.APPOINTMENT;
import static org.knotwork.db.generated.Tables.CLIENT;
import static org.knotwork.db.generated.Tables.OUTCOME_ENTRY;
import static org.knotwork.db.generated.Tables.OUTCOME_ITEM;
import static org.knotwork.db.generated.Tables.PRACTICE;
import static org.knotwork.db.generated.Tables.SESSION;
import static org.knotwork.db.generated.Tables.SESSION_ADDENDUM;
import static org.knotwork.db.generated.Tables.SESSION_FINDING;
import static org.knotwork.db.generated.Tables.SESSION_RED_FLAG;
import static org.knotwork.db.generated.Tables.SESSION_TREATMENT;
import static org.knotwork.db.generated.Tables.TREATMENT_PLAN;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditRepository;
import org.knotwork.client.ClientNotFoundException;
import org.knotwork.session.NoteStatus;

/** The retention settings, each client's last visit, and the deletion of a whole record. */
public final class RetentionRepository {
  private static final int THE_PRACTICE = 1;
  private final DSLContext dsl;

  public RetentionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  public RetentionPolicy policy() {
    return dsl.select(PRACTICE.RETENTION_YEARS, PRACTICE.RETENTION_ADULT_AGE)
        .from(PRACTICE)
        .where(PRACTICE.ID.eq(THE_PRACTICE))
        .fetchOptional(r -> new RetentionPolicy(r.value1(), r.value2()))
        .orElse(RetentionPolicy.DEFAULT);
  }

  public void savePolicy(RetentionPolicy policy) {
    dsl.update(PRACTICE)
        .set(PRACTICE.RETENTION_YEARS, policy.years())
        .set(PRACTICE.RETENTION_ADULT_AGE, policy.adultAge())
        .where(PRACTICE.ID.eq(THE_PRACTICE))
        .execute();
  }

  /**
   * Every client with the day of their last visit (their latest signed note; a draft is no visit)
   * or, never seen, of the record's creation, in name order.
   */
  public List<KeptRecord> records(RetentionPolicy policy) {
    Field<LocalDateTime> lastVisit = DSL.max(SESSION.SERVICE_START).as("last_visit");
    return dsl.select(
            CLIENT.ID,
            CLIENT.FULL_NAME,
            CLIENT.DATE_OF_BIRTH,
            CLIENT.ARCHIVED_AT,
            CLIENT.CREATED_AT,
            CLIENT.SEARCH_TEXT,
            lastVisit)
        .from(CLIENT)
        .leftJoin(SESSION)
        .on(SESSION.CLIENT_ID.eq(CLIENT.ID).and(SESSION.STATUS.eq(NoteStatus.SIGNED)))
        .groupBy(
            CLIENT.ID,
            CLIENT.FULL_NAME,
            CLIENT.DATE_OF_BIRTH,
            CLIENT.ARCHIVED_AT,
            CLIENT.CREATED_AT,
            CLIENT.SEARCH_TEXT)
        .orderBy(CLIENT.SEARCH_TEXT, CLIENT.ID)
        .fetch(
            r -> {
              LocalDateTime visited = r.get(lastVisit);
              return new KeptRecord(
                  r.get(CLIENT.ID),
                  r.get(CLIENT.FULL_NAME),
                  r.get(CLIENT.DATE_OF_BIRTH),
                  visited == null ? null : visited.toLocalDate(),
                  r.get(CLIENT.ARCHIVED_AT) != null,
                  policy.keptUntil(
                      (visited == null ? r.get(CLIENT.CREATED_AT) : visited).toLocalDate(),
                      r.get(CLIENT.DATE_OF_BIRTH)));
            });
  }

  public Optional<KeptRecord> record(long clientId, RetentionPolicy policy) {
    return records(policy).stream().filter(r -> r.clientId() == clientId).findFirst();
  }

  /**
   * Removes every row of one client in one transaction, after writing the audit entry that allows
   * the database to delete signed notes (see {@code SignedRecordGuard}). The entry stays; it holds
   * no clinical text.
   */
  public DeletedRecord delete(long clientId, LocalDateTime at, String actor, String detail) {
    return dsl.transactionResult(
        trx -> {
          DSLContext ctx = trx.dsl();
          String name =
              ctx.select(CLIENT.FULL_NAME)
                  .from(CLIENT)
                  .where(CLIENT.ID.eq(clientId))
                  .forUpdate()
                  .fetchOptional(CLIENT.FULL_NAME)
                  .orElseThrow(() -> new ClientNotFoundException(clientId));
          AuditRepository.record(
              ctx,
              new AuditEntry(
                  at,
                  actor,
                  AuditEntry.Action.DELETE,
                  AuditRepository.CLIENT_ENTITY,
                  clientId,
                  detail));
          // appointments first: a completed one points at its note; a cancelled one is kept in the
          // book, but not past the deletion of the whole record
          ctx.deleteFrom(APPOINTMENT).where(APPOINTMENT.CLIENT_ID.eq(clientId)).execute();
          var sessions = DSL.select(SESSION.ID).from(SESSION).where(SESSION.CLIENT_ID.eq(clientId));
          var findings =
              DSL.select(SESSION_FINDING.ID)
                  .from(SESSION_FINDING)
                  .where(SESSION_FINDING.SESSION_ID.in(sessions));
          ctx.deleteFrom(SESSION_TREATMENT)
              .where(SESSION_TREATMENT.FINDING_ID.in(findings))
              .execute();
          ctx.deleteFrom(SESSION_FINDING).where(SESSION_FINDING.SESSION_ID.in(sessions)).execute();
          ctx.deleteFrom(SESSION_RED_FLAG)
              .where(SESSION_RED_FLAG.SESSION_ID.in(sessions))
              .execute();
          ctx.deleteFrom(SESSION_ADDENDUM)
              .where(SESSION_ADDENDUM.SESSION_ID.in(sessions))
              .execute();
          int notes = ctx.deleteFrom(SESSION).where(SESSION.CLIENT_ID.eq(clientId)).execute();
          ctx.deleteFrom(OUTCOME_ITEM)
              .where(
                  OUTCOME_ITEM.ENTRY_ID.in(
                      DSL.select(OUTCOME_ENTRY.ID)
                          .from(OUTCOME_ENTRY)
                          .where(OUTCOME_ENTRY.CLIENT_ID.eq(clientId))))
              .execute();
          int measures =
              ctx.deleteFrom(OUTCOME_ENTRY).where(OUTCOME_ENTRY.CLIENT_ID.eq(clientId)).execute();
          // goals, focus areas, techniques and handouts of a plan go with it (ON DELETE CASCADE)
          int plans =
              ctx.deleteFrom(TREATMENT_PLAN).where(TREATMENT_PLAN.CLIENT_ID.eq(clientId)).execute();
          // the health history and region consents go with the client (ON DELETE CASCADE)
          ctx.deleteFrom(CLIENT).where(CLIENT.ID.eq(clientId)).execute();
          return new DeletedRecord(name, notes, measures, plans);
        });
  }
}
