package org.knotwork.audit;

import static org.knotwork.db.generated.Tables.AUDIT_LOG;
import static org.knotwork.db.generated.Tables.CLIENT;
import static org.knotwork.db.generated.Tables.SESSION;
import static org.knotwork.db.generated.Tables.TREATMENT_PLAN;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.knotwork.db.generated.tables.Client;
import org.knotwork.db.generated.tables.Session;
import org.knotwork.db.generated.tables.TreatmentPlan;

/**
 * The audit log: who did what to which record, and when. Entries are written inside the same
 * transaction as the change they describe and carry no clinical text; the database refuses to
 * change or remove them.
 */
public final class AuditRepository {
  /** Entity names as the features write them (older entries differ in case). */
  public static final String CLIENT_ENTITY = "client";

  private final DSLContext dsl;

  public AuditRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Appends an entry using the caller's transaction. */
  public static void record(DSLContext trx, AuditEntry entry) {
    recordAll(trx, List.of(entry));
  }

  /**
   * Appends entries in the caller's transaction as one statement run for each (a JDBC batch), in
   * the order given: a large import writes thousands of entries.
   */
  public static void recordAll(DSLContext trx, List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    var batch =
        trx.batch(
            trx.insertInto(
                    AUDIT_LOG,
                    AUDIT_LOG.AT,
                    AUDIT_LOG.ACTOR,
                    AUDIT_LOG.ACTION,
                    AUDIT_LOG.ENTITY,
                    AUDIT_LOG.ENTITY_ID,
                    AUDIT_LOG.DETAIL)
                .values((LocalDateTime) null, null, null, null, null, null));
    for (AuditEntry e : entries) {
      batch = batch.bind(e.at(), e.actor(), e.action(), e.entity(), e.entityId(), e.detail());
    }
    batch.execute();
  }

  /** Appends an entry in a transaction of its own. */
  public void append(AuditEntry entry) {
    record(dsl, entry);
  }

  /** The entry written last, if there is any. */
  public Optional<AuditEntry> newest() {
    return dsl.selectFrom(AUDIT_LOG)
        .orderBy(AUDIT_LOG.ID.desc())
        .limit(1)
        .fetchOptional(AuditRepository::entry);
  }

  /**
   * How many entries say exactly what this one says (same time, person, action, record, detail).
   */
  public int countSame(AuditEntry entry) {
    return dsl.fetchCount(AUDIT_LOG, same(entry));
  }

  /**
   * The entries written after the {@code n}-th entry that says exactly what {@code entry} says, in
   * the order they were written; empty when there are fewer than {@code n} such entries.
   */
  public Optional<List<AuditEntry>> after(AuditEntry entry, int n) {
    if (n < 1) {
      return Optional.empty();
    }
    List<Long> ids =
        dsl.select(AUDIT_LOG.ID)
            .from(AUDIT_LOG)
            .where(same(entry))
            .orderBy(AUDIT_LOG.ID)
            .limit(n)
            .fetch(AUDIT_LOG.ID);
    if (ids.size() < n) {
      return Optional.empty();
    }
    return Optional.of(
        dsl.selectFrom(AUDIT_LOG)
            .where(AUDIT_LOG.ID.gt(ids.get(n - 1)))
            .orderBy(AUDIT_LOG.ID)
            .fetch(AuditRepository::entry));
  }

  /** The entries written at or after {@code at}, in the order they were written. */
  public List<AuditEntry> since(LocalDateTime at) {
    return dsl.selectFrom(AUDIT_LOG)
        .where(AUDIT_LOG.AT.ge(at))
        .orderBy(AUDIT_LOG.ID)
        .fetch(AuditRepository::entry);
  }

  private static Condition same(AuditEntry e) {
    return AUDIT_LOG
        .AT
        .eq(e.at())
        .and(AUDIT_LOG.ACTOR.eq(e.actor()))
        .and(AUDIT_LOG.ACTION.eq(e.action()))
        .and(AUDIT_LOG.ENTITY.eq(e.entity()))
        .and(AUDIT_LOG.ENTITY_ID.eq(e.entityId()))
        .and(AUDIT_LOG.DETAIL.isNotDistinctFrom(e.detail()));
  }

  /** Entries about one record, oldest first. */
  public List<AuditEntry> about(String entity, long entityId) {
    return dsl.selectFrom(AUDIT_LOG)
        .where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq(entityId)))
        .orderBy(AUDIT_LOG.ID)
        .fetch(AuditRepository::entry);
  }

  /**
   * The entries about each of these records of one kind, oldest first per record, in one query; a
   * record with none is left out.
   */
  public Map<Long, List<AuditEntry>> about(String entity, Collection<Long> entityIds) {
    if (entityIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<AuditEntry>> about = new HashMap<>();
    dsl.selectFrom(AUDIT_LOG)
        .where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.in(entityIds)))
        .orderBy(AUDIT_LOG.ID)
        .forEach(
            r ->
                about
                    .computeIfAbsent(r.getEntityId(), k -> new ArrayList<>())
                    .add(AuditRepository.entry(r)));
    return about;
  }

  /** The entries the query asks for, newest first, at most {@code limit}. */
  public List<AuditLine> lines(AuditQuery query, int limit) {
    return joined(condition(query)).limit(limit).fetch(AuditRepository::line);
  }

  /** How many entries the query matches. */
  public int count(AuditQuery query) {
    return dsl.fetchCount(joined(condition(query)));
  }

  /**
   * Hands every entry the query matches to {@code sink}, newest first, without holding them all.
   */
  public void each(AuditQuery query, Consumer<AuditLine> sink) {
    try (var cursor = joined(condition(query)).fetchSize(500).fetchLazy()) {
      for (Record r : cursor) {
        sink.accept(line(r));
      }
    }
  }

  private static Condition condition(AuditQuery query) {
    Condition where = DSL.noCondition();
    if (!query.actions().isEmpty()) {
      where = where.and(AUDIT_LOG.ACTION.in(query.actions()));
    }
    if (query.from() != null) {
      where = where.and(AUDIT_LOG.AT.ge(query.from().atStartOfDay()));
    }
    if (query.to() != null) {
      where = where.and(AUDIT_LOG.AT.lt(query.to().plusDays(1).atStartOfDay()));
    }
    if (query.clientId() != null) {
      where = where.and(CONCERNS_CLIENT_ID.eq(query.clientId()));
    }
    return where;
  }

  // The log joined to the client each entry concerns: directly (client entries), through a note or
  // through a plan, a measure or an appointment. Table aliases are immutable, so they are shared.
  private static final Client DIRECT = CLIENT.as("direct_client");
  private static final Session NOTE = SESSION.as("audited_note");
  private static final Client NOTE_CLIENT = CLIENT.as("note_client");
  private static final TreatmentPlan PLAN = TREATMENT_PLAN.as("audited_plan");
  private static final Client PLAN_CLIENT = CLIENT.as("plan_client");
  private static final org.knotwork.db.generated.tables.OutcomeEntry MEASURE =
      org.knotwork.db.generated.Tables.OUTCOME_ENTRY.as("audited_measure");
  private static final Client MEASURE_CLIENT = CLIENT.as("measure_client");
  private static final org.knotwork.db.generated.tables.Appointment BOOKED =
      org.knotwork.db.generated.Tables.APPOINTMENT.as("audited_appointment");
  private static final Client BOOKED_CLIENT = CLIENT.as("appointment_client");
  private static final Field<Long> CONCERNS_CLIENT_ID =
      DSL.coalesce(DIRECT.ID, NOTE_CLIENT.ID, PLAN_CLIENT.ID, MEASURE_CLIENT.ID, BOOKED_CLIENT.ID);
  private static final Field<Long> CLIENT_ID_COLUMN = CONCERNS_CLIENT_ID.as("concerns_client_id");
  private static final Field<String> CLIENT_NAME_COLUMN =
      DSL.coalesce(
              DIRECT.FULL_NAME,
              NOTE_CLIENT.FULL_NAME,
              PLAN_CLIENT.FULL_NAME,
              MEASURE_CLIENT.FULL_NAME,
              BOOKED_CLIENT.FULL_NAME)
          .as("concerns_client_name");

  private org.jooq.SelectSeekStep2<Record, java.time.LocalDateTime, Long> joined(Condition where) {
    return dsl.select(AUDIT_LOG.fields())
        .select(CLIENT_ID_COLUMN, CLIENT_NAME_COLUMN)
        .from(AUDIT_LOG)
        .leftJoin(DIRECT)
        .on(DSL.lower(AUDIT_LOG.ENTITY).eq(CLIENT_ENTITY).and(DIRECT.ID.eq(AUDIT_LOG.ENTITY_ID)))
        .leftJoin(NOTE)
        .on(DSL.upper(AUDIT_LOG.ENTITY).eq("SESSION").and(NOTE.ID.eq(AUDIT_LOG.ENTITY_ID)))
        .leftJoin(NOTE_CLIENT)
        .on(NOTE_CLIENT.ID.eq(NOTE.CLIENT_ID))
        .leftJoin(PLAN)
        .on(DSL.lower(AUDIT_LOG.ENTITY).eq("treatment_plan").and(PLAN.ID.eq(AUDIT_LOG.ENTITY_ID)))
        .leftJoin(PLAN_CLIENT)
        .on(PLAN_CLIENT.ID.eq(PLAN.CLIENT_ID))
        .leftJoin(MEASURE)
        .on(DSL.lower(AUDIT_LOG.ENTITY).eq("outcome_entry").and(MEASURE.ID.eq(AUDIT_LOG.ENTITY_ID)))
        .leftJoin(MEASURE_CLIENT)
        .on(MEASURE_CLIENT.ID.eq(MEASURE.CLIENT_ID))
        .leftJoin(BOOKED)
        .on(DSL.lower(AUDIT_LOG.ENTITY).eq("appointment").and(BOOKED.ID.eq(AUDIT_LOG.ENTITY_ID)))
        .leftJoin(BOOKED_CLIENT)
        .on(BOOKED_CLIENT.ID.eq(BOOKED.CLIENT_ID))
        .where(where)
        .orderBy(AUDIT_LOG.AT.desc(), AUDIT_LOG.ID.desc());
  }

  private static AuditLine line(Record r) {
    return new AuditLine(
        entry(r.into(AUDIT_LOG)), r.get(CLIENT_ID_COLUMN), r.get(CLIENT_NAME_COLUMN));
  }

  private static AuditEntry entry(org.jooq.Record r) {
    return new AuditEntry(
        r.get(AUDIT_LOG.AT),
        r.get(AUDIT_LOG.ACTOR),
        r.get(AUDIT_LOG.ACTION),
        r.get(AUDIT_LOG.ENTITY),
        r.get(AUDIT_LOG.ENTITY_ID),
        r.get(AUDIT_LOG.DETAIL));
  }
}
