package org.knotwork.today;

import static org.knotwork.db.generated.Tables.APPOINTMENT;
import static org.knotwork.db.generated.Tables.CLIENT;
import static org.knotwork.db.generated.Tables.SESSION;
import static org.knotwork.db.generated.Tables.SESSION_FINDING;
import static org.knotwork.db.generated.Tables.TREATMENT_PLAN;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.plan.PlanStatus;
import org.knotwork.session.NoteStatus;
import org.knotwork.today.TodayAppointment.RegionPain;

/**
 * The Today screen's reads that no other feature has: last visits, drafts and plan counts for many
 * clients at once. Each is one set-based query, however many appointments the day holds.
 */
public final class TodayRepository {
  private final DSLContext dsl;

  public TodayRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** A client's latest signed visit before a time, with its regions in note order. */
  record Visit(long sessionId, long clientId, LocalDateTime start, List<RegionPain> regions) {}

  /** For each of the clients, the latest signed visit starting before {@code before}. */
  Map<Long, Visit> lastVisits(Collection<Long> clientIds, LocalDateTime before) {
    if (clientIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Visit> visits = new HashMap<>();
    Map<Long, Long> clientOf = new HashMap<>();
    // the latest start per client (grouped on session(client_id, service_start)), then its note
    var latest =
        DSL.select(SESSION.CLIENT_ID, DSL.max(SESSION.SERVICE_START).as("latest"))
            .from(SESSION)
            .where(SESSION.CLIENT_ID.in(clientIds))
            .and(SESSION.STATUS.eq(NoteStatus.SIGNED))
            .and(SESSION.SERVICE_START.lt(before))
            .groupBy(SESSION.CLIENT_ID)
            .asTable("latest");
    Field<Long> latestClient = latest.field(SESSION.CLIENT_ID);
    Field<LocalDateTime> latestStart = latest.field("latest", LocalDateTime.class);
    dsl.select(SESSION.ID, SESSION.CLIENT_ID, SESSION.SERVICE_START)
        .from(latest)
        .join(SESSION)
        .on(SESSION.CLIENT_ID.eq(latestClient))
        .and(SESSION.SERVICE_START.eq(latestStart))
        .and(SESSION.STATUS.eq(NoteStatus.SIGNED))
        .orderBy(SESSION.ID)
        .forEach(
            r -> {
              visits.put(
                  r.value2(), new Visit(r.value1(), r.value2(), r.value3(), new ArrayList<>()));
              clientOf.put(r.value1(), r.value2());
            });
    // two signed notes at the same minute: the later id wins (its findings only)
    clientOf.keySet().removeIf(id -> visits.get(clientOf.get(id)).sessionId() != id);
    if (clientOf.isEmpty()) {
      return visits;
    }
    dsl.select(
            SESSION_FINDING.SESSION_ID,
            SESSION_FINDING.REGION,
            SESSION_FINDING.SIDE,
            SESSION_FINDING.PAIN_BEFORE,
            SESSION_FINDING.PAIN_AFTER)
        .from(SESSION_FINDING)
        .where(SESSION_FINDING.SESSION_ID.in(clientOf.keySet()))
        .orderBy(SESSION_FINDING.SESSION_ID, SESSION_FINDING.POSITION_IN_NOTE)
        .forEach(
            r ->
                visits
                    .get(clientOf.get(r.value1()))
                    .regions()
                    .add(new RegionPain(r.value2(), r.value3(), r.value4(), r.value5())));
    return visits;
  }

  /** Every unsigned note of the practice, oldest first. */
  List<DraftWaiting> drafts() {
    return dsl.select(SESSION.ID, SESSION.CLIENT_ID, CLIENT.FULL_NAME, SESSION.SERVICE_START)
        .from(SESSION)
        .join(CLIENT)
        .on(CLIENT.ID.eq(SESSION.CLIENT_ID))
        .where(SESSION.STATUS.eq(NoteStatus.DRAFT))
        .orderBy(SESSION.SERVICE_START, SESSION.ID)
        .fetch(r -> new DraftWaiting(r.value1(), r.value2(), r.value3(), r.value4()));
  }

  /**
   * An active plan: its size, the signed visits since it started (all, and those before the day),
   * and whether the client has anything booked or arrived from the day on.
   */
  record ActivePlan(
      long planId,
      long clientId,
      String clientName,
      int planned,
      int heldBeforeDay,
      int held,
      boolean booked) {}

  /**
   * Every active plan of the practice, by client name: the plans with their signed visits counted
   * in one grouped join, and who has anything booked from the day on in a second query.
   */
  List<ActivePlan> activePlans(LocalDateTime dayStart) {
    java.util.Set<Long> booked =
        new java.util.HashSet<>(
            dsl.selectDistinct(APPOINTMENT.CLIENT_ID)
                .from(APPOINTMENT)
                .where(APPOINTMENT.STARTS_AT.ge(dayStart))
                .and(APPOINTMENT.STATE.in(AppointmentState.BOOKED, AppointmentState.ARRIVED))
                .fetch(APPOINTMENT.CLIENT_ID));
    Field<Integer> held = DSL.count(SESSION.ID);
    Field<Integer> heldBefore =
        DSL.count(SESSION.ID).filterWhere(SESSION.SERVICE_START.lt(dayStart));
    return dsl.select(
            TREATMENT_PLAN.ID,
            TREATMENT_PLAN.CLIENT_ID,
            CLIENT.FULL_NAME,
            TREATMENT_PLAN.SESSION_COUNT,
            heldBefore,
            held)
        .from(TREATMENT_PLAN)
        .join(CLIENT)
        .on(CLIENT.ID.eq(TREATMENT_PLAN.CLIENT_ID))
        .leftJoin(SESSION)
        .on(SESSION.CLIENT_ID.eq(TREATMENT_PLAN.CLIENT_ID))
        .and(SESSION.STATUS.eq(NoteStatus.SIGNED))
        .and(SESSION.SERVICE_START.ge(DSL.cast(TREATMENT_PLAN.STARTS_ON, LocalDateTime.class)))
        .where(TREATMENT_PLAN.STATUS.eq(PlanStatus.ACTIVE))
        .and(CLIENT.ARCHIVED_AT.isNull())
        .groupBy(
            TREATMENT_PLAN.ID,
            TREATMENT_PLAN.CLIENT_ID,
            CLIENT.FULL_NAME,
            TREATMENT_PLAN.SESSION_COUNT)
        .orderBy(CLIENT.FULL_NAME, TREATMENT_PLAN.ID)
        .fetch(
            r ->
                new ActivePlan(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    r.value6(),
                    booked.contains(r.value2())));
  }
}
