package org.knotwork.appointment;

import static org.knotwork.db.generated.Tables.APPOINTMENT;
import static org.knotwork.db.generated.Tables.APPOINTMENT_SETTINGS;
import static org.knotwork.db.generated.Tables.BLOCKED_TIME;
import static org.knotwork.db.generated.Tables.BOOKABLE_SERVICE;
import static org.knotwork.db.generated.Tables.CLIENT;
import static org.knotwork.db.generated.Tables.SESSION;
import static org.knotwork.db.generated.Tables.WORKING_HOURS;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditEntry.Action;
import org.knotwork.audit.AuditRepository;
import org.knotwork.db.BatchInsert;
import org.knotwork.db.generated.tables.records.AppointmentRecord;
import org.knotwork.db.generated.tables.records.BookableServiceRecord;
import org.knotwork.session.NoteStatus;

/**
 * The appointment book's tables: appointments (with the client's name), blocked time, the services
 * offered and the book's settings. Every change is audited in its own transaction, without clinical
 * text (a private note never reaches the log).
 */
public final class AppointmentRepository {
  static final String ENTITY = "appointment";
  static final String BLOCKED_ENTITY = "blocked_time";
  static final String SERVICE_ENTITY = "bookable_service";
  static final String SETTINGS_ENTITY = "appointment_settings";
  private static final int THE_SETTINGS = 1;

  private final DSLContext dsl;

  public AppointmentRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  // --- appointments --------------------------------------------------------------------------

  /** Stores new bookings in one transaction, each audited; returns their ids in order. */
  public List<Long> insertAll(List<Booking> bookings, LocalDateTime now, String actor) {
    return dsl.transactionResult(
        trx -> {
          DSLContext ctx = trx.dsl();
          List<Long> ids = new ArrayList<>(bookings.size());
          List<AuditEntry> entries = new ArrayList<>(bookings.size());
          for (Booking b : bookings) {
            AppointmentRecord r = ctx.newRecord(APPOINTMENT);
            fill(r, b);
            r.setState(AppointmentState.BOOKED);
            r.setCreatedAt(now);
            r.store();
            ids.add(r.getId());
            entries.add(new AuditEntry(now, actor, Action.CREATE, ENTITY, r.getId()));
          }
          AuditRepository.recordAll(ctx, entries);
          return ids;
        });
  }

  /**
   * Stores appointments as they stand, with their state, cancellation, note and creation time (a
   * generated practice's history), in the caller's order as one batch; each is audited as created
   * at its creation time, without the private note. The appointments' ids and client names are
   * ignored. Returns the new ids in order.
   */
  public List<Long> importAll(List<Appointment> appointments, String actor) {
    if (appointments.isEmpty()) {
      return List.of();
    }
    List<org.jooq.Field<?>> columns =
        List.of(
            APPOINTMENT.CLIENT_ID,
            APPOINTMENT.STARTS_AT,
            APPOINTMENT.LENGTH_MINUTES,
            APPOINTMENT.SERVICE_ID,
            APPOINTMENT.PLACE_KIND,
            APPOINTMENT.ADDRESS,
            APPOINTMENT.TRAVEL_BEFORE_MINUTES,
            APPOINTMENT.TRAVEL_AFTER_MINUTES,
            APPOINTMENT.PRIVATE_NOTE,
            APPOINTMENT.STATE,
            APPOINTMENT.CANCELLED_BY,
            APPOINTMENT.CANCELLED_AT,
            APPOINTMENT.SESSION_ID,
            APPOINTMENT.CREATED_AT);
    List<Object[]> rows = new ArrayList<>(appointments.size());
    for (Appointment a : appointments) {
      Booking b = a.booking();
      rows.add(
          new Object[] {
            b.clientId(),
            b.start(),
            b.lengthMinutes(),
            b.serviceId(),
            b.place().kind(),
            b.place().address(),
            b.travelBeforeMinutes(),
            b.travelAfterMinutes(),
            b.privateNote(),
            a.state(),
            a.cancelledBy(),
            a.cancelledAt(),
            a.sessionId(),
            a.createdAt()
          });
    }
    return dsl.transactionResult(
        trx -> {
          DSLContext ctx = trx.dsl();
          List<Long> ids =
              BatchInsert.returningIds(ctx, APPOINTMENT, APPOINTMENT.ID, columns, rows);
          List<AuditEntry> entries = new ArrayList<>(ids.size());
          for (int i = 0; i < ids.size(); i++) {
            entries.add(
                new AuditEntry(
                    appointments.get(i).createdAt(), actor, Action.CREATE, ENTITY, ids.get(i)));
          }
          AuditRepository.recordAll(ctx, entries);
          return ids;
        });
  }

  public Optional<Appointment> find(long id) {
    return selectAppointments().where(APPOINTMENT.ID.eq(id)).fetchOptional(this::appointment);
  }

  /** Appointments starting from {@code from} (inclusive) to {@code to} (exclusive), by start. */
  public List<Appointment> startingBetween(LocalDateTime from, LocalDateTime to) {
    return selectAppointments()
        .where(APPOINTMENT.STARTS_AT.ge(from))
        .and(APPOINTMENT.STARTS_AT.lt(to))
        .orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
        .fetch(this::appointment);
  }

  /** Every appointment of the client, cancelled ones too, by start. */
  public List<Appointment> ofClient(long clientId) {
    return selectAppointments()
        .where(APPOINTMENT.CLIENT_ID.eq(clientId))
        .orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
        .fetch(this::appointment);
  }

  /** The client's first booked appointment starting at or after {@code from}. */
  public Optional<Appointment> nextBooked(long clientId, LocalDateTime from) {
    return selectAppointments()
        .where(APPOINTMENT.CLIENT_ID.eq(clientId))
        .and(APPOINTMENT.STARTS_AT.ge(from))
        .and(APPOINTMENT.STATE.eq(AppointmentState.BOOKED))
        .orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
        .limit(1)
        .fetchOptional(this::appointment);
  }

  /** The client's booked and arrived appointments starting at or after {@code from}, by start. */
  public List<Appointment> openFor(long clientId, LocalDateTime from) {
    return selectAppointments()
        .where(APPOINTMENT.CLIENT_ID.eq(clientId))
        .and(APPOINTMENT.STARTS_AT.ge(from))
        .and(APPOINTMENT.STATE.in(AppointmentState.BOOKED, AppointmentState.ARRIVED))
        .orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
        .fetch(this::appointment);
  }

  /** How many signed notes the client has for sessions from {@code from} on. */
  public int signedNotesFrom(long clientId, LocalDateTime from) {
    return dsl.fetchCount(
        SESSION,
        SESSION
            .CLIENT_ID
            .eq(clientId)
            .and(SESSION.STATUS.eq(NoteStatus.SIGNED))
            .and(SESSION.SERVICE_START.ge(from)));
  }

  /** The client's booked appointments starting at or after {@code from}, at most {@code limit}. */
  public List<Appointment> bookedFrom(long clientId, LocalDateTime from, int limit) {
    return selectAppointments()
        .where(APPOINTMENT.CLIENT_ID.eq(clientId))
        .and(APPOINTMENT.STARTS_AT.ge(from))
        .and(APPOINTMENT.STATE.eq(AppointmentState.BOOKED))
        .orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
        .limit(limit)
        .fetch(this::appointment);
  }

  /**
   * Gives an appointment a new start and length, if it is still in one of the states given. Returns
   * false when it is not (changed meanwhile, or gone).
   */
  public boolean reschedule(
      long id,
      LocalDateTime start,
      int lengthMinutes,
      Collection<AppointmentState> whileIn,
      String detail,
      LocalDateTime now,
      String actor) {
    return dsl.transactionResult(
        trx -> {
          int n =
              trx.dsl()
                  .update(APPOINTMENT)
                  .set(APPOINTMENT.STARTS_AT, start)
                  .set(APPOINTMENT.LENGTH_MINUTES, lengthMinutes)
                  .where(APPOINTMENT.ID.eq(id))
                  .and(APPOINTMENT.STATE.in(whileIn))
                  .execute();
          if (n == 1) {
            AuditRepository.record(
                trx.dsl(), new AuditEntry(now, actor, Action.UPDATE, ENTITY, id, detail));
          }
          return n == 1;
        });
  }

  /**
   * Moves an appointment from one state to the next, with who cancelled and when (for a
   * cancellation) and the note (for completion). Returns false when it was no longer in {@code
   * from}.
   */
  public boolean changeState(
      long id,
      AppointmentState from,
      AppointmentState to,
      CancelledBy cancelledBy,
      Long sessionId,
      Action action,
      String detail,
      LocalDateTime now,
      String actor) {
    return dsl.transactionResult(
        trx -> {
          var update =
              trx.dsl()
                  .update(APPOINTMENT)
                  .set(APPOINTMENT.STATE, to)
                  .set(APPOINTMENT.CANCELLED_BY, cancelledBy)
                  .set(APPOINTMENT.CANCELLED_AT, cancelledBy == null ? null : now);
          if (sessionId != null) {
            update = update.set(APPOINTMENT.SESSION_ID, sessionId);
          }
          int n = update.where(APPOINTMENT.ID.eq(id)).and(APPOINTMENT.STATE.eq(from)).execute();
          if (n == 1) {
            AuditRepository.record(
                trx.dsl(), new AuditEntry(now, actor, action, ENTITY, id, detail));
          }
          return n == 1;
        });
  }

  /**
   * Links a note to an appointment still in one of the states given and without a note yet. Returns
   * false when it is not (changed meanwhile, linked already, or gone).
   */
  public boolean linkNote(
      long id,
      long sessionId,
      Collection<AppointmentState> whileIn,
      LocalDateTime now,
      String actor) {
    return dsl.transactionResult(
        trx -> {
          int n =
              trx.dsl()
                  .update(APPOINTMENT)
                  .set(APPOINTMENT.SESSION_ID, sessionId)
                  .where(APPOINTMENT.ID.eq(id))
                  .and(APPOINTMENT.STATE.in(whileIn))
                  .and(APPOINTMENT.SESSION_ID.isNull())
                  .execute();
          if (n == 1) {
            AuditRepository.record(
                trx.dsl(),
                new AuditEntry(now, actor, Action.UPDATE, ENTITY, id, "Note " + sessionId));
          }
          return n == 1;
        });
  }

  /** The appointment the note was started from, if any. */
  public Optional<Appointment> linkedTo(long sessionId) {
    return selectAppointments()
        .where(APPOINTMENT.SESSION_ID.eq(sessionId))
        .orderBy(APPOINTMENT.ID)
        .limit(1)
        .fetchOptional(this::appointment);
  }

  /** Whether anything was ever booked. */
  public boolean any() {
    return dsl.fetchExists(APPOINTMENT);
  }

  /** Whether the note exists, is signed, and belongs to the client. */
  public boolean isSignedNoteOf(long sessionId, long clientId) {
    return dsl.fetchExists(
        SESSION,
        SESSION
            .ID
            .eq(sessionId)
            .and(SESSION.CLIENT_ID.eq(clientId))
            .and(SESSION.STATUS.eq(NoteStatus.SIGNED)));
  }

  private SelectOnConditionStep<Record> selectAppointments() {
    return dsl.select(APPOINTMENT.fields())
        .select(CLIENT.FULL_NAME)
        .from(APPOINTMENT)
        .join(CLIENT)
        .on(CLIENT.ID.eq(APPOINTMENT.CLIENT_ID));
  }

  private Appointment appointment(Record r) {
    AppointmentRecord a = r.into(APPOINTMENT);
    Booking booking =
        new Booking(
            a.getClientId(),
            a.getStartsAt(),
            a.getLengthMinutes(),
            a.getServiceId(),
            new Place(a.getPlaceKind(), a.getAddress()),
            a.getTravelBeforeMinutes(),
            a.getTravelAfterMinutes(),
            a.getPrivateNote());
    return new Appointment(
        a.getId(),
        booking,
        r.get(CLIENT.FULL_NAME),
        a.getState(),
        a.getCancelledBy(),
        a.getCancelledAt(),
        a.getSessionId(),
        a.getCreatedAt());
  }

  private static void fill(AppointmentRecord r, Booking b) {
    r.setClientId(b.clientId());
    r.setStartsAt(b.start());
    r.setLengthMinutes(b.lengthMinutes());
    r.setServiceId(b.serviceId());
    r.setPlaceKind(b.place().kind());
    r.setAddress(b.place().address());
    r.setTravelBeforeMinutes(b.travelBeforeMinutes());
    r.setTravelAfterMinutes(b.travelAfterMinutes());
    r.setPrivateNote(b.privateNote());
  }

  // --- blocked time --------------------------------------------------------------------------

  /** Blocked time overlapping {@code from} to {@code to}, by start. */
  public List<BlockedTime> blockedBetween(LocalDateTime from, LocalDateTime to) {
    Condition overlaps = BLOCKED_TIME.STARTS_AT.lt(to).and(BLOCKED_TIME.ENDS_AT.gt(from));
    return dsl.selectFrom(BLOCKED_TIME)
        .where(overlaps)
        .orderBy(BLOCKED_TIME.STARTS_AT, BLOCKED_TIME.ID)
        .fetch(
            r ->
                new BlockedTime(
                    r.getId(), r.getStartsAt(), r.getEndsAt(), r.getReason(), r.getLabel()));
  }

  public long addBlocked(BlockedTime blocked, LocalDateTime now, String actor) {
    return dsl.transactionResult(
        trx -> {
          var r = trx.dsl().newRecord(BLOCKED_TIME);
          r.setStartsAt(blocked.start());
          r.setEndsAt(blocked.end());
          r.setReason(blocked.reason());
          r.setLabel(blocked.label());
          r.store();
          AuditRepository.record(
              trx.dsl(), new AuditEntry(now, actor, Action.CREATE, BLOCKED_ENTITY, r.getId()));
          return r.getId();
        });
  }

  /** Frees blocked time again; false when it was not there. */
  public boolean removeBlocked(long id, LocalDateTime now, String actor) {
    return dsl.transactionResult(
        trx -> {
          int n = trx.dsl().deleteFrom(BLOCKED_TIME).where(BLOCKED_TIME.ID.eq(id)).execute();
          if (n == 1) {
            AuditRepository.record(
                trx.dsl(), new AuditEntry(now, actor, Action.DELETE, BLOCKED_ENTITY, id));
          }
          return n == 1;
        });
  }

  // --- services --------------------------------------------------------------------------------

  /** The services offered, active ones first, then by name. */
  public List<BookableService> services() {
    return dsl.selectFrom(BOOKABLE_SERVICE)
        .orderBy(BOOKABLE_SERVICE.ACTIVE.desc(), BOOKABLE_SERVICE.NAME, BOOKABLE_SERVICE.ID)
        .fetch(
            r ->
                new BookableService(
                    r.getId(), r.getName(), r.getUsualMinutes(), r.getColour(), r.getActive()));
  }

  /** Stores a new service or changes one; returns its id. */
  public long saveService(BookableService service, LocalDateTime now, String actor) {
    return dsl.transactionResult(
        trx -> {
          BookableServiceRecord r =
              service.id() == null
                  ? trx.dsl().newRecord(BOOKABLE_SERVICE)
                  : trx.dsl()
                      .selectFrom(BOOKABLE_SERVICE)
                      .where(BOOKABLE_SERVICE.ID.eq(service.id()))
                      .fetchOptional()
                      .orElseThrow(
                          () ->
                              new InvalidAppointmentException(
                                  "This service no longer exists; nothing was changed."));
          r.setName(service.name());
          r.setUsualMinutes(service.usualMinutes());
          r.setColour(service.colour().toUpperCase(java.util.Locale.ROOT));
          r.setActive(service.active());
          r.store();
          AuditRepository.record(
              trx.dsl(),
              new AuditEntry(
                  now,
                  actor,
                  service.id() == null ? Action.CREATE : Action.UPDATE,
                  SERVICE_ENTITY,
                  r.getId()));
          return r.getId();
        });
  }

  // --- settings --------------------------------------------------------------------------------

  /** The book's settings; a practice that has not chosen a time zone gets {@code computersZone}. */
  public AppointmentSettings settings(ZoneId computersZone) {
    List<WorkingHours.Span> spans =
        dsl.selectFrom(WORKING_HOURS)
            .orderBy(WORKING_HOURS.WEEKDAY, WORKING_HOURS.STARTS)
            .fetch(
                r ->
                    new WorkingHours.Span(
                        DayOfWeek.of(r.getWeekday()), r.getStarts(), r.getEnds()));
    return dsl.selectFrom(APPOINTMENT_SETTINGS)
        .where(APPOINTMENT_SETTINGS.ID.eq(THE_SETTINGS))
        .fetchOptional(
            r ->
                new AppointmentSettings(
                    r.getZoneId() == null ? computersZone : ZoneId.of(r.getZoneId()),
                    new WorkingHours(spans),
                    r.getMinimumGapMinutes(),
                    r.getLateNoticeHours()))
        .orElseGet(() -> new AppointmentSettings(computersZone, new WorkingHours(spans), 0, 24));
  }

  /** The time zone the practice chose; empty while the book follows the computer's zone. */
  public Optional<ZoneId> chosenZone() {
    return dsl.select(APPOINTMENT_SETTINGS.ZONE_ID)
        .from(APPOINTMENT_SETTINGS)
        .where(APPOINTMENT_SETTINGS.ID.eq(THE_SETTINGS))
        .fetchOptional(APPOINTMENT_SETTINGS.ZONE_ID)
        .map(ZoneId::of);
  }

  public void saveSettings(AppointmentSettings settings, LocalDateTime now, String actor) {
    saveSettings(settings, settings.zone().getId(), now, actor);
  }

  /**
   * Stores the settings; {@code zoneId} null keeps the book on the computer's own zone, whatever
   * zone {@code settings} names.
   */
  public void saveSettings(
      AppointmentSettings settings, String zoneId, LocalDateTime now, String actor) {
    dsl.transaction(
        trx -> {
          DSLContext ctx = trx.dsl();
          ctx.update(APPOINTMENT_SETTINGS)
              .set(APPOINTMENT_SETTINGS.ZONE_ID, zoneId)
              .set(APPOINTMENT_SETTINGS.MINIMUM_GAP_MINUTES, settings.minimumGapMinutes())
              .set(APPOINTMENT_SETTINGS.LATE_NOTICE_HOURS, settings.lateNoticeHours())
              .where(APPOINTMENT_SETTINGS.ID.eq(THE_SETTINGS))
              .execute();
          ctx.deleteFrom(WORKING_HOURS).execute();
          for (WorkingHours.Span s : settings.hours().spans()) {
            ctx.insertInto(
                    WORKING_HOURS, WORKING_HOURS.WEEKDAY, WORKING_HOURS.STARTS, WORKING_HOURS.ENDS)
                .values(s.day().getValue(), s.from(), s.to())
                .execute();
          }
          AuditRepository.record(
              ctx, new AuditEntry(now, actor, Action.UPDATE, SETTINGS_ENTITY, THE_SETTINGS));
        });
  }
}
