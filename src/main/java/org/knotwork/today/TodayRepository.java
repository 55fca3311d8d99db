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
import org.knotwork.db.generated.tables.Session;
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
    Session later = SESSION.as("later");
    Map<Long, Visit> visits = new HashMap<>();
    Map<Long, Long> clientOf = new HashMap<>();
    dsl.select(SESSION.ID, SESSION.CLIENT_ID, SESSION.SERVICE_START)
        .from(SESSION)
        .where(SESSION.CLIENT_ID.in(clientIds))
        .and(SESSION.STATUS.eq(NoteStatus.SIGNED))
        .and(SESSION.SERVICE_START.lt(before))
        .andNotExists(
            DSL.selectOne()
                .from(later)
                .where(later.CLIENT_ID.eq(SESSION.CLIENT_ID))
                .and(later.STATUS.eq(NoteStatus.SIGNED))
                .and(later.SERVICE_START.lt(before))
                .and(
                    later
                        .SERVICE_START
                        .gt(SESSION.SERVICE_START)
                        .or(
                            later
                                .SERVICE_START
                                .eq(SESSION.SERVICE_START)
                                .and(later.ID.gt(SESSION.ID)))))
        .forEach(
            r -> {
              visits.put(
                  r.value2(), new Visit(r.value1(), r.value2(), r.value3(), new ArrayList<>()));
              clientOf.put(r.value1(), r.value2());
            });
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

  /** Every active plan of the practice, by client name. */
  List<ActivePlan> activePlans(LocalDateTime dayStart) {
    Field<Integer> held = held(null).as("held");
    Field<Integer> heldBefore = held(dayStart).as("held_before");
    Field<Boolean> booked =
        DSL.field(
                DSL.exists(
                    DSL.selectOne()
                        .from(APPOINTMENT)
                        .where(APPOINTMENT.CLIENT_ID.eq(TREATMENT_PLAN.CLIENT_ID))
                        .and(APPOINTMENT.STARTS_AT.ge(dayStart))
                        .and(
                            APPOINTMENT.STATE.in(
                                AppointmentState.BOOKED, AppointmentState.ARRIVED))))
            .as("booked");
    return dsl.select(
            TREATMENT_PLAN.ID,
            TREATMENT_PLAN.CLIENT_ID,
            CLIENT.FULL_NAME,
            TREATMENT_PLAN.SESSION_COUNT,
            heldBefore,
            held,
            booked)
        .from(TREATMENT_PLAN)
        .join(CLIENT)
        .on(CLIENT.ID.eq(TREATMENT_PLAN.CLIENT_ID))
        .where(TREATMENT_PLAN.STATUS.eq(PlanStatus.ACTIVE))
        .and(CLIENT.ARCHIVED_AT.isNull())
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
                    Boolean.TRUE.equals(r.value7())));
  }

  /** Signed visits of the plan's client since the plan started (and before {@code until}). */
  private static Field<Integer> held(LocalDateTime until) {
    var since =
        SESSION
            .CLIENT_ID
            .eq(TREATMENT_PLAN.CLIENT_ID)
            .and(SESSION.STATUS.eq(NoteStatus.SIGNED))
            .and(SESSION.SERVICE_START.ge(DSL.cast(TREATMENT_PLAN.STARTS_ON, LocalDateTime.class)));
    return DSL.field(
        DSL.selectCount()
            .from(SESSION)
            .where(until == null ? since : since.and(SESSION.SERVICE_START.lt(until))));
  }
}
