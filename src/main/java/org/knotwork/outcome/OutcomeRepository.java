package org.knotwork.outcome;

import static org.knotwork.db.generated.Tables.OUTCOME_BASELINE;
import static org.knotwork.db.generated.Tables.OUTCOME_ENTRY;
import static org.knotwork.db.generated.Tables.OUTCOME_INSTRUMENT;
import static org.knotwork.db.generated.Tables.OUTCOME_ITEM;
import static org.knotwork.db.generated.Tables.TREATMENT_PLAN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditRepository;
import org.knotwork.db.BatchInsert;
import org.knotwork.db.generated.tables.records.OutcomeInstrumentRecord;
import org.knotwork.db.generated.tables.records.OutcomeItemRecord;

/**
 * Stores outcome instruments and the measures taken with them. The only place their SQL lives. The
 * schema itself refuses an item rating outside 0–10 and a second instrument with the same code.
 */
public final class OutcomeRepository {
  /**
   * A plan's status as its stored text: the plan package depends on this one, so naming {@code
   * PlanStatus} here would make a cycle.
   */
  private static final org.jooq.Field<String> PLAN_STATUS =
      TREATMENT_PLAN.STATUS.coerce(String.class);

  /** How the audit log names an outcome entry. */
  public static final String ENTITY = "outcome_entry";

  private final DSLContext dsl;

  public OutcomeRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Every instrument: the built-in ones first, then by name. */
  public List<Instrument> instruments() {
    return dsl.selectFrom(OUTCOME_INSTRUMENT)
        .orderBy(
            OUTCOME_INSTRUMENT.BUILT_IN.desc(),
            OUTCOME_INSTRUMENT.NAME.asc(),
            OUTCOME_INSTRUMENT.ID.asc())
        .fetch(OutcomeRepository::toInstrument);
  }

  /** Stores a new instrument (its id is ignored) and returns it as stored. */
  public Instrument addInstrument(Instrument definition) {
    return dsl.transactionResult(
        trx -> {
          OutcomeInstrumentRecord r = trx.dsl().newRecord(OUTCOME_INSTRUMENT);
          r.setCode(definition.code());
          r.setName(definition.name());
          r.setMinScore(decimal(definition.min()));
          r.setMaxScore(decimal(definition.max()));
          r.setHigherIsBetter(definition.higherIsBetter());
          r.setMeaningfulChange(decimal(definition.meaningfulChange()));
          r.setReassessDays(definition.reassessDays());
          r.setEntryKind(definition.kind());
          r.setBuiltIn(definition.builtIn());
          r.setUnit(definition.unit());
          r.setSourceNote(definition.sourceNote());
          r.store();
          r.refresh();
          return toInstrument(r);
        });
  }

  /** Stores one entry with its PSFS items in one transaction; returns its id. */
  public long addEntry(OutcomeEntry entry, LocalDateTime recordedAt) {
    return dsl.transactionResult(trx -> insertAll(trx.dsl(), List.of(entry), recordedAt).get(0));
  }

  /** Stores one entry as {@link #addEntry(OutcomeEntry, LocalDateTime)}, and its audit entry. */
  public long addEntry(OutcomeEntry entry, LocalDateTime recordedAt, String actor) {
    return dsl.transactionResult(
        trx -> {
          long id = insertAll(trx.dsl(), List.of(entry), recordedAt).get(0);
          AuditRepository.record(
              trx.dsl(), new AuditEntry(recordedAt, actor, AuditEntry.Action.CREATE, ENTITY, id));
          return id;
        });
  }

  /** Stores many entries in one transaction (demo practices, imports). */
  public void importEntries(List<OutcomeEntry> entries, LocalDateTime recordedAt) {
    dsl.transaction(trx -> insertAll(trx.dsl(), entries, recordedAt));
  }

  /** The client's entries, oldest first, with their PSFS items. */
  public List<OutcomeEntry> entries(long clientId) {
    Map<Long, Instrument> instruments =
        instruments().stream().collect(Collectors.toMap(Instrument::id, Function.identity()));
    Map<Long, Result<OutcomeItemRecord>> items =
        dsl.select(OUTCOME_ITEM.fields())
            .from(OUTCOME_ITEM)
            .join(OUTCOME_ENTRY)
            .on(OUTCOME_ENTRY.ID.eq(OUTCOME_ITEM.ENTRY_ID))
            .where(OUTCOME_ENTRY.CLIENT_ID.eq(clientId))
            .orderBy(OUTCOME_ITEM.ENTRY_ID, OUTCOME_ITEM.POSITION_IN_ENTRY)
            .fetchInto(OUTCOME_ITEM)
            .intoGroups(OUTCOME_ITEM.ENTRY_ID);
    return dsl.selectFrom(OUTCOME_ENTRY)
        .where(OUTCOME_ENTRY.CLIENT_ID.eq(clientId))
        .orderBy(OUTCOME_ENTRY.TAKEN_ON.asc(), OUTCOME_ENTRY.ID.asc())
        .fetch(
            r ->
                new OutcomeEntry(
                    r.getId(),
                    r.getClientId(),
                    instruments.get(r.getInstrumentId()),
                    r.getTakenOn(),
                    r.getScore().doubleValue(),
                    items.containsKey(r.getId())
                        ? items.get(r.getId()).stream()
                            .map(i -> new PsfsItem(i.getLabel(), i.getScore()))
                            .toList()
                        : List.of(),
                    r.getNote()));
  }

  /** Removes an entry entered by mistake, with its items. */
  public void deleteEntry(long entryId) {
    dsl.transaction(trx -> delete(trx.dsl(), entryId));
  }

  /** Removes an entry as {@link #deleteEntry(long)} does, and records who did, in one go. */
  public void deleteEntry(long entryId, LocalDateTime at, String actor) {
    dsl.transaction(
        trx -> {
          delete(trx.dsl(), entryId);
          AuditRepository.record(
              trx.dsl(), new AuditEntry(at, actor, AuditEntry.Action.DELETE, ENTITY, entryId));
        });
  }

  private static void delete(DSLContext ctx, long entryId) {
    ctx.deleteFrom(OUTCOME_ITEM).where(OUTCOME_ITEM.ENTRY_ID.eq(entryId)).execute();
    int deleted = ctx.deleteFrom(OUTCOME_ENTRY).where(OUTCOME_ENTRY.ID.eq(entryId)).execute();
    if (deleted != 1) {
      throw new IllegalStateException("This measure is no longer in the records.");
    }
  }

  /** The ids of the client's entries the therapist marked as a new baseline. */
  public Set<Long> baselineMarks(long clientId) {
    return Set.copyOf(
        dsl.select(OUTCOME_BASELINE.ENTRY_ID)
            .from(OUTCOME_BASELINE)
            .join(OUTCOME_ENTRY)
            .on(OUTCOME_ENTRY.ID.eq(OUTCOME_BASELINE.ENTRY_ID))
            .where(OUTCOME_ENTRY.CLIENT_ID.eq(clientId))
            .fetch(OUTCOME_BASELINE.ENTRY_ID));
  }

  /**
   * Marks an entry as a new baseline, or removes the mark. The entry itself is not changed: the
   * mark is a row of its own.
   */
  public void markBaseline(long entryId, boolean baseline, LocalDateTime at) {
    dsl.transaction(
        trx -> {
          DSLContext ctx = trx.dsl();
          if (!ctx.fetchExists(OUTCOME_ENTRY, OUTCOME_ENTRY.ID.eq(entryId))) {
            throw new IllegalStateException("This measure is no longer in the records.");
          }
          ctx.deleteFrom(OUTCOME_BASELINE).where(OUTCOME_BASELINE.ENTRY_ID.eq(entryId)).execute();
          if (baseline) {
            ctx.insertInto(OUTCOME_BASELINE, OUTCOME_BASELINE.ENTRY_ID, OUTCOME_BASELINE.MARKED_AT)
                .values(entryId, at)
                .execute();
          }
        });
  }

  /**
   * The day the client's current treatment plan starts: the active plan's, or when none is active,
   * the most recently agreed plan's. Empty when no plan was ever agreed.
   */
  public Optional<LocalDate> currentPlanStart(long clientId) {
    return dsl.select(TREATMENT_PLAN.STARTS_ON)
        .from(TREATMENT_PLAN)
        .where(TREATMENT_PLAN.CLIENT_ID.eq(clientId))
        .and(TREATMENT_PLAN.ACTIVATED_AT.isNotNull())
        .orderBy(
            PLAN_STATUS.eq("ACTIVE").desc(),
            TREATMENT_PLAN.ACTIVATED_AT.desc(),
            TREATMENT_PLAN.ID.desc())
        .limit(1)
        .fetchOptional(TREATMENT_PLAN.STARTS_ON);
  }

  /** For each of the clients, the day each instrument was last taken: client → instrument → day. */
  public Map<Long, Map<Long, LocalDate>> lastTakenPerInstrument(
      java.util.Collection<Long> clientIds) {
    Map<Long, Map<Long, LocalDate>> last = new java.util.HashMap<>();
    dsl.select(
            OUTCOME_ENTRY.CLIENT_ID,
            OUTCOME_ENTRY.INSTRUMENT_ID,
            org.jooq.impl.DSL.max(OUTCOME_ENTRY.TAKEN_ON))
        .from(OUTCOME_ENTRY)
        .where(OUTCOME_ENTRY.CLIENT_ID.in(clientIds))
        .groupBy(OUTCOME_ENTRY.CLIENT_ID, OUTCOME_ENTRY.INSTRUMENT_ID)
        .forEach(
            r ->
                last.computeIfAbsent(r.value1(), k -> new java.util.HashMap<>())
                    .put(r.value2(), r.value3()));
    return last;
  }

  /** {@link #activePlanReassessment} for each of the clients that has one. */
  public Map<Long, LocalDate> activePlanReassessments(java.util.Collection<Long> clientIds) {
    Map<Long, LocalDate> dates = new java.util.HashMap<>();
    // oldest first, so the most recently activated plan of a client is the one kept
    dsl.select(TREATMENT_PLAN.CLIENT_ID, TREATMENT_PLAN.REASSESS_ON)
        .from(TREATMENT_PLAN)
        .where(TREATMENT_PLAN.CLIENT_ID.in(clientIds))
        .and(PLAN_STATUS.eq("ACTIVE"))
        .and(TREATMENT_PLAN.REASSESS_ON.isNotNull())
        .orderBy(TREATMENT_PLAN.ACTIVATED_AT.asc(), TREATMENT_PLAN.ID.asc())
        .forEach(r -> dates.put(r.value1(), r.value2()));
    return dates;
  }

  /** The reassessment date of the client's active treatment plan, if it has one with a date. */
  public Optional<LocalDate> activePlanReassessment(long clientId) {
    return dsl.select(TREATMENT_PLAN.REASSESS_ON)
        .from(TREATMENT_PLAN)
        .where(TREATMENT_PLAN.CLIENT_ID.eq(clientId))
        .and(PLAN_STATUS.eq("ACTIVE"))
        .and(TREATMENT_PLAN.REASSESS_ON.isNotNull())
        .orderBy(TREATMENT_PLAN.ACTIVATED_AT.desc(), TREATMENT_PLAN.ID.desc())
        .limit(1)
        .fetchOptional(TREATMENT_PLAN.REASSESS_ON);
  }

  /** Inserts the entries and their PSFS items, one batch per table; returns their ids in order. */
  private static List<Long> insertAll(
      DSLContext ctx, List<OutcomeEntry> entries, LocalDateTime recordedAt) {
    List<Object[]> rows =
        entries.stream()
            .map(
                e ->
                    new Object[] {
                      e.clientId(),
                      e.instrument().id(),
                      e.takenOn(),
                      decimal(e.score()),
                      e.note(),
                      recordedAt
                    })
            .toList();
    List<Long> ids =
        BatchInsert.returningIds(
            ctx,
            OUTCOME_ENTRY,
            OUTCOME_ENTRY.ID,
            List.of(
                OUTCOME_ENTRY.CLIENT_ID,
                OUTCOME_ENTRY.INSTRUMENT_ID,
                OUTCOME_ENTRY.TAKEN_ON,
                OUTCOME_ENTRY.SCORE,
                OUTCOME_ENTRY.NOTE,
                OUTCOME_ENTRY.RECORDED_AT),
            rows);
    var items =
        ctx.batch(
            ctx.insertInto(
                    OUTCOME_ITEM,
                    OUTCOME_ITEM.ENTRY_ID,
                    OUTCOME_ITEM.POSITION_IN_ENTRY,
                    OUTCOME_ITEM.LABEL,
                    OUTCOME_ITEM.SCORE)
                .values((Long) null, null, null, null));
    boolean anyItem = false;
    for (int e = 0; e < entries.size(); e++) {
      List<PsfsItem> theirs = entries.get(e).items();
      for (int i = 0; i < theirs.size(); i++) {
        items = items.bind(ids.get(e), i, theirs.get(i).activity(), theirs.get(i).score());
        anyItem = true;
      }
    }
    if (anyItem) {
      items.execute();
    }
    return ids;
  }

  private static Instrument toInstrument(OutcomeInstrumentRecord r) {
    return new Instrument(
        r.getId(),
        r.getCode(),
        r.getName(),
        r.getMinScore().doubleValue(),
        r.getMaxScore().doubleValue(),
        r.getHigherIsBetter(),
        r.getMeaningfulChange().doubleValue(),
        r.getReassessDays(),
        r.getEntryKind(),
        r.getBuiltIn(),
        r.getUnit(),
        r.getSourceNote());
  }

  private static BigDecimal decimal(double value) {
    // Two decimals, as the columns keep them.
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
