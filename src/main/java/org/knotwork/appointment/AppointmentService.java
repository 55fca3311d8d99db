package org.knotwork.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.knotwork.audit.AuditEntry.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appointment book: booking (refused with each clash named, unless the therapist books over it
 * on purpose), repeating, moving, changing the length, cancelling (kept, with who and whether
 * late), arrival, no-show, completion by a signed note, the book for a range of days, a client's
 * next appointment and the next free times. Times are wall-clock times of the practice's zone
 * (decision 0032). Every change is audited.
 */
public final class AppointmentService {
  private static final Logger log = LoggerFactory.getLogger(AppointmentService.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMMM", Locale.UK);

  /** How far ahead a free-slot search looks before it gives up. */
  static final int SEARCH_WEEKS = 52;

  private static final int WINDOW_DAYS = 28;

  private final AppointmentRepository repository;
  private final Clock clock;
  private final Supplier<String> actor;
  private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

  /**
   * @param actor who is at work, for the audit log
   */
  public AppointmentService(AppointmentRepository repository, Clock clock, Supplier<String> actor) {
    this.repository = repository;
    this.clock = clock;
    this.actor = actor;
  }

  /**
   * Calls {@code listener} after every change this service writes to the book (a booking, a move, a
   * new length, a cancellation, arrival, no-show, completion, blocked time, services, settings), on
   * the thread that made the change. A listener that fails is logged and never undoes the change.
   */
  public void onChange(Runnable listener) {
    changeListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
  }

  private <T> T changed(T result) {
    for (Runnable listener : changeListeners) {
      try {
        listener.run();
      } catch (RuntimeException e) {
        log.warn("A listener to the appointment book failed; the change itself was kept", e);
      }
    }
    return result;
  }

  private void changed() {
    changed(null);
  }

  // --- settings, services, blocked time ----------------------------------------------------

  /** The book's settings; the computer's time zone until the practice chooses one. */
  public AppointmentSettings settings() {
    return repository.settings(clock.getZone());
  }

  public void saveSettings(AppointmentSettings settings) {
    repository.saveSettings(settings, auditTime(), actor.get());
    changed();
  }

  /** The time zone the practice chose; empty while the book follows the computer's own zone. */
  public Optional<ZoneId> chosenZone() {
    return repository.chosenZone();
  }

  /**
   * Stores the settings; with {@code computersZone} the book follows the computer's own time zone
   * (whatever zone {@code settings} names) until the practice chooses one.
   */
  public void saveSettings(AppointmentSettings settings, boolean computersZone) {
    repository.saveSettings(
        settings, computersZone ? null : settings.zone().getId(), auditTime(), actor.get());
  }

  public List<BookableService> services() {
    return repository.services();
  }

  public BookableService saveService(BookableService service) {
    long id = repository.saveService(service, auditTime(), actor.get());
    changed();
    return repository.services().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
  }

  /** Blocked time overlapping the days from {@code from} up to (not including) {@code to}. */
  public List<BlockedTime> blocked(LocalDate from, LocalDate to) {
    return repository.blockedBetween(from.atStartOfDay(), to.atStartOfDay());
  }

  public long block(BlockedTime blocked) {
    return changed(repository.addBlocked(blocked, auditTime(), actor.get()));
  }

  public void unblock(long id) {
    if (!repository.removeBlocked(id, auditTime(), actor.get())) {
      throw new InvalidAppointmentException("This blocked time was already freed.");
    }
    changed();
  }

  // --- reading the book ----------------------------------------------------------------------

  /** Appointments starting on the days from {@code from} up to (not including) {@code to}. */
  public List<Appointment> between(LocalDate from, LocalDate to) {
    return repository.startingBetween(from.atStartOfDay(), to.atStartOfDay());
  }

  public Appointment load(long id) {
    return repository
        .find(id)
        .orElseThrow(() -> new InvalidAppointmentException("This appointment no longer exists."));
  }

  /** Every appointment of the client, past and ahead, cancelled ones too, oldest first. */
  public List<Appointment> forClient(long clientId) {
    return repository.ofClient(clientId);
  }

  /** The client's next booked appointment from now on. */
  public Optional<Appointment> nextFor(long clientId) {
    return repository.nextBooked(clientId, now(settings()));
  }

  /**
   * The client's booked appointments from {@code from} on, in order, at most {@code limit} (an
   * appointment card's series).
   */
  public List<Appointment> bookedFor(long clientId, LocalDateTime from, int limit) {
    return repository.bookedFrom(clientId, from, limit);
  }

  /** The wall-clock time now in the practice's zone. */
  public LocalDateTime now() {
    return now(settings());
  }

  // --- booking and changing ----------------------------------------------------------------

  /**
   * Books an appointment.
   *
   * @param doubleBookAnyway book even over the clashes (the therapist chose to)
   * @throws BookingConflictException naming each clash, when there are any and not asked to book
   *     anyway; nothing is stored
   * @throws InvalidAppointmentException for a time the clocks skip
   */
  public Appointment book(Booking booking, boolean doubleBookAnyway) {
    AppointmentSettings settings = settings();
    settings.time().requireExists(booking.start());
    if (!doubleBookAnyway) {
      List<Conflict> conflicts = conflicts(booking, null, settings);
      if (!conflicts.isEmpty()) {
        throw new BookingConflictException(conflicts);
      }
    }
    return changed(load(repository.insertAll(List.of(booking), auditTime(), actor.get()).get(0)));
  }

  /**
   * Books a series at the same wall-clock time, all or nothing. Clashes are named with the day they
   * fall on.
   */
  public List<Appointment> bookSeries(
      Booking first, Recurrence recurrence, boolean doubleBookAnyway) {
    AppointmentSettings settings = settings();
    List<Booking> bookings = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (LocalDateTime start : recurrence.starts(first.start())) {
      settings.time().requireExists(start);
      Booking b = first.at(start);
      bookings.add(b);
      if (!doubleBookAnyway) {
        for (Conflict c : conflicts(b, null, settings)) {
          conflicts.add(new Conflict(c.kind(), "On " + DAY.format(start) + ": " + c.message()));
        }
      }
    }
    if (!conflicts.isEmpty()) {
      throw new BookingConflictException(conflicts);
    }
    return changed(
        repository.insertAll(bookings, auditTime(), actor.get()).stream().map(this::load).toList());
  }

  /**
   * Books several appointments at once, all or nothing: each is checked against the book and
   * against the others, and a clash anywhere books none (named with its day).
   */
  public List<Appointment> bookAll(List<Booking> bookings) {
    if (bookings.isEmpty()) {
      return List.of();
    }
    AppointmentSettings settings = settings();
    List<Conflict> conflicts = new ArrayList<>();
    List<Appointment> others = new ArrayList<>();
    for (Booking b : bookings) {
      settings.time().requireExists(b.start());
      List<Conflict> found = new ArrayList<>(conflicts(b, null, settings));
      // against the others of the series: only clashes between them, the hours are checked above
      BookingRules.conflicts(b, null, others, List.of(), settings).stream()
          .filter(c -> c.kind() != Conflict.Kind.OUTSIDE_HOURS)
          .forEach(found::add);
      found.forEach(c -> conflicts.add(dayOf(b, c)));
      others.add(
          new Appointment(
              -1L - others.size(),
              b,
              "another of these",
              AppointmentState.BOOKED,
              null,
              null,
              null,
              null));
    }
    if (!conflicts.isEmpty()) {
      throw new BookingConflictException(conflicts);
    }
    return repository.insertAll(bookings, auditTime(), actor.get()).stream()
        .map(this::load)
        .toList();
  }

  private static Conflict dayOf(Booking b, Conflict c) {
    return new Conflict(c.kind(), "On " + DAY.format(b.start()) + ": " + c.message());
  }

  /**
   * Proposes a plan's sessions from the first slot on, each clash moved to the nearest free time
   * ({@link PlanSchedule}); nothing is booked.
   */
  public List<PlanSchedule.Proposal> proposePlan(
      Booking first, PlanSchedule.Rhythm rhythm, int count) {
    AppointmentSettings settings = settings();
    List<LocalDateTime> wanted = PlanSchedule.wanted(rhythm, first.start(), count);
    LocalDateTime from = first.start().toLocalDate().minusDays(5).atStartOfDay();
    LocalDateTime to =
        wanted.get(wanted.size() - 1).toLocalDate().plusMonths(1).plusDays(3).atStartOfDay();
    return PlanSchedule.propose(
        first,
        rhythm,
        count,
        repository.startingBetween(from, to),
        repository.blockedBetween(from, to),
        settings,
        now(settings));
  }

  /**
   * A plan's sessions so far: signed notes of the client from the plan's first day on (done), and
   * the client's open appointments from now on (booked).
   */
  public PlanSchedule.SoFar planSoFar(long clientId, LocalDate planStarts) {
    LocalDateTime now = now(settings());
    return new PlanSchedule.SoFar(
        repository.signedNotesFrom(clientId, planStarts.atStartOfDay()),
        repository.openFor(clientId, now).stream().map(Appointment::start).toList());
  }

  /** Moves a booked appointment to a new start, checked like a new booking. */
  public Appointment move(long id, LocalDateTime newStart, boolean doubleBookAnyway) {
    Appointment a = load(id);
    requireState(a, EnumSet.of(AppointmentState.BOOKED), "moved");
    return reschedule(
        a,
        a.booking().at(newStart),
        EnumSet.of(AppointmentState.BOOKED),
        "Moved",
        doubleBookAnyway);
  }

  /** Changes the length of a booked or arrived appointment, checked like a new booking. */
  public Appointment changeLength(long id, int minutes, boolean doubleBookAnyway) {
    Appointment a = load(id);
    EnumSet<AppointmentState> open = EnumSet.of(AppointmentState.BOOKED, AppointmentState.ARRIVED);
    requireState(a, open, "changed");
    return reschedule(a, a.booking().lasting(minutes), open, "Length changed", doubleBookAnyway);
  }

  private Appointment reschedule(
      Appointment a,
      Booking changed,
      EnumSet<AppointmentState> whileIn,
      String detail,
      boolean doubleBookAnyway) {
    AppointmentSettings settings = settings();
    settings.time().requireExists(changed.start());
    if (!doubleBookAnyway) {
      List<Conflict> conflicts = conflicts(changed, a.id(), settings);
      if (!conflicts.isEmpty()) {
        throw new BookingConflictException(conflicts);
      }
    }
    if (!repository.reschedule(
        a.id(),
        changed.start(),
        changed.lengthMinutes(),
        whileIn,
        detail,
        auditTime(),
        actor.get())) {
      throw changedMeanwhile();
    }
    return changed(load(a.id()));
  }

  /**
   * Cancels a booked appointment; the appointment is kept. A client's cancellation with less notice
   * than the practice asks (counted in real hours, across a clock change too) is a late one; the
   * therapist's never is.
   */
  public Appointment cancel(long id, CancelledBy by) {
    Appointment a = load(id);
    requireState(a, EnumSet.of(AppointmentState.BOOKED), "cancelled");
    AppointmentSettings settings = settings();
    boolean late =
        by == CancelledBy.CLIENT
            && Duration.between(clock.instant(), settings.time().instant(a.start()))
                    .compareTo(Duration.ofHours(settings.lateNoticeHours()))
                < 0;
    AppointmentState to = late ? AppointmentState.CANCELLED_LATE : AppointmentState.CANCELLED;
    String detail =
        by == CancelledBy.THERAPIST
            ? "By the therapist"
            : late ? "By the client, at short notice" : "By the client";
    change(a, to, by, null, Action.CANCEL, detail);
    return load(id);
  }

  public Appointment markArrived(long id) {
    Appointment a = load(id);
    change(a, AppointmentState.ARRIVED, null, null, Action.ARRIVE, null);
    return load(id);
  }

  public Appointment markNoShow(long id) {
    Appointment a = load(id);
    change(a, AppointmentState.NO_SHOW, null, null, Action.NO_SHOW, null);
    return load(id);
  }

  /** Completes an appointment by the client's signed note for it. */
  public Appointment complete(long id, long sessionId) {
    Appointment a = load(id);
    if (!repository.isSignedNoteOf(sessionId, a.clientId())) {
      throw new InvalidAppointmentException(
          "An appointment is completed by a signed note of the same client; sign the note first.");
    }
    change(a, AppointmentState.COMPLETED, null, sessionId, Action.COMPLETE, "Note " + sessionId);
    return load(id);
  }

  /**
   * Links a note started for a booked or arrived appointment to it; signing that note completes it
   * ({@link #completeByNote}). Discarding the draft leaves the appointment without a note.
   */
  public Appointment linkNote(long id, long sessionId) {
    Appointment a = load(id);
    EnumSet<AppointmentState> open = EnumSet.of(AppointmentState.BOOKED, AppointmentState.ARRIVED);
    requireState(a, open, "given a note");
    if (a.sessionId() != null && a.sessionId() != sessionId) {
      throw new InvalidAppointmentException(
          "This appointment already has a note; open that one instead.");
    }
    if (a.sessionId() == null
        && !repository.linkNote(id, sessionId, open, auditTime(), actor.get())) {
      throw changedMeanwhile();
    }
    return load(id);
  }

  /**
   * Completes the booked or arrived appointment the signed note was started from; empty when the
   * note was started from none (or its appointment is no longer open).
   */
  public Optional<Appointment> completeByNote(long sessionId) {
    return repository
        .linkedTo(sessionId)
        .filter(a -> a.state().canBecome(AppointmentState.COMPLETED))
        .map(a -> complete(a.id(), sessionId));
  }

  /** Whether anything was ever booked: the Today screen is the home screen from then on. */
  public boolean hasAppointments() {
    return repository.any();
  }

  private void change(
      Appointment a,
      AppointmentState to,
      CancelledBy by,
      Long sessionId,
      Action action,
      String detail) {
    if (!a.state().canBecome(to)) {
      throw new InvalidAppointmentException(
          "This appointment is "
              + a.state().label().toLowerCase(Locale.UK)
              + "; it cannot be marked "
              + to.label().toLowerCase(Locale.UK)
              + ".");
    }
    if (!repository.changeState(
        a.id(), a.state(), to, by, sessionId, action, detail, auditTime(), actor.get())) {
      throw changedMeanwhile();
    }
    changed();
  }

  // --- finding a time ----------------------------------------------------------------------

  /**
   * The next free times for the search, from its start or from now, whichever is later, looking up
   * to a year ahead. Reads the book a window of four weeks at a time, never the whole of it.
   */
  public List<LocalDateTime> freeSlots(FreeSlots.Search search) {
    AppointmentSettings settings = settings();
    LocalDateTime from = later(search.from(), now(settings));
    LocalDate last = from.toLocalDate().plusWeeks(SEARCH_WEEKS);
    List<LocalDateTime> found = new ArrayList<>();
    for (LocalDate windowStart = from.toLocalDate();
        !windowStart.isAfter(last) && found.size() < search.count();
        windowStart = windowStart.plusDays(WINDOW_DAYS)) {
      LocalDate windowEnd = windowStart.plusDays(WINDOW_DAYS - 1);
      LocalDateTime windowFrom = later(from, windowStart.atStartOfDay());
      List<Appointment> appointments =
          repository.startingBetween(
              windowStart.minusDays(1).atStartOfDay(), windowEnd.plusDays(3).atStartOfDay());
      List<BlockedTime> blocked =
          repository.blockedBetween(
              windowStart.minusDays(1).atStartOfDay(), windowEnd.plusDays(3).atStartOfDay());
      FreeSlots.Search window =
          new FreeSlots.Search(
              search.template(),
              windowFrom,
              search.weekdays(),
              search.earliest(),
              search.latest(),
              search.count() - found.size());
      found.addAll(FreeSlots.find(window, windowEnd, appointments, blocked, settings));
    }
    return found;
  }

  // --- helpers -------------------------------------------------------------------------------

  private List<Conflict> conflicts(Booking b, Long ignoreId, AppointmentSettings settings) {
    LocalDateTime from = b.busyFrom().minusDays(1);
    LocalDateTime to = b.busyUntil().plusDays(1);
    return BookingRules.conflicts(
        b,
        ignoreId,
        repository.startingBetween(from, to),
        repository.blockedBetween(from, to),
        settings);
  }

  private static void requireState(Appointment a, EnumSet<AppointmentState> allowed, String verb) {
    if (!allowed.contains(a.state())) {
      throw new InvalidAppointmentException(
          "This appointment is "
              + a.state().label().toLowerCase(Locale.UK)
              + "; it can no longer be "
              + verb
              + ".");
    }
  }

  private static InvalidAppointmentException changedMeanwhile() {
    return new InvalidAppointmentException(
        "This appointment was changed meanwhile; nothing was changed. Look at it again.");
  }

  private LocalDateTime now(AppointmentSettings settings) {
    return settings.time().now(clock);
  }

  /** The audit log's time: the computer's clock, as everywhere else in the log. */
  private LocalDateTime auditTime() {
    return LocalDateTime.now(clock);
  }

  private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }
}
