package org.knotwork.today;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.InvalidAppointmentException;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlerts;
import org.knotwork.client.ClientService;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionService;
import org.knotwork.today.TodayAppointment.LastVisit;
import org.knotwork.today.TodayAppointment.PlanSession;
import org.knotwork.today.TodayAppointment.Reassessment;

/**
 * The practice's day for the Today screen, and starting the note of an appointment. Reads a fixed
 * handful of set-based queries whatever the number of appointments: the day's book, the services,
 * the clients' records, their last visits with findings, the drafts, the active plans, and the
 * measures and plans behind the reassessment dates.
 */
public final class TodayService {
  private final TodayRepository repository;
  private final AppointmentService appointments;
  private final ClientService clients;
  private final OutcomeService outcomes;
  private final SessionService sessions;
  private final Clock clock;

  public TodayService(
      TodayRepository repository,
      AppointmentService appointments,
      ClientService clients,
      OutcomeService outcomes,
      SessionService sessions,
      Clock clock) {
    this.clock = clock;
    this.repository = repository;
    this.appointments = appointments;
    this.clients = clients;
    this.outcomes = outcomes;
    this.sessions = sessions;
  }

  /** Today in the practice's time zone. */
  public TodayOverview today() {
    AppointmentSettings settings = appointments.settings();
    LocalDateTime now = settings.time().now(clock);
    return day(now.toLocalDate(), now);
  }

  /**
   * The day's appointments (cancelled ones too, for the record) with their clients' alerts, last
   * visits, reassessments, drafts and plan counts; the drafts from before the day; and the active
   * plans with sessions left and nothing booked from the day on.
   */
  public TodayOverview day(LocalDate day, LocalDateTime now) {
    LocalDateTime dayStart = day.atStartOfDay();
    List<Appointment> booked = appointments.between(day, day.plusDays(1));
    Set<Long> clientIds = new LinkedHashSet<>();
    booked.forEach(a -> clientIds.add(a.clientId()));

    Map<Long, String> services = new HashMap<>();
    if (booked.stream().anyMatch(a -> a.booking().serviceId() != null)) {
      for (BookableService s : appointments.services()) {
        services.put(s.id(), s.name());
      }
    }
    Map<Long, Client> records = clients.loadAll(clientIds);
    Map<Long, TodayRepository.Visit> visits = repository.lastVisits(clientIds, dayStart);
    Map<Long, LocalDate> reassessments = outcomes.nextReassessments(clientIds);
    List<DraftWaiting> drafts = repository.drafts();
    Map<Long, List<Long>> draftsOf = new HashMap<>();
    drafts.forEach(
        d -> draftsOf.computeIfAbsent(d.clientId(), k -> new ArrayList<>()).add(d.sessionId()));
    List<TodayRepository.ActivePlan> plans = repository.activePlans(dayStart);
    Map<Long, TodayRepository.ActivePlan> planOf = new HashMap<>();
    plans.forEach(p -> planOf.putIfAbsent(p.clientId(), p));

    List<TodayAppointment> rows = new ArrayList<>();
    for (Appointment a : booked) {
      long clientId = a.clientId();
      Client client = records.get(clientId);
      TodayRepository.Visit visit = visits.get(clientId);
      LastVisit last =
          visit == null
              ? null
              : new LastVisit(
                  visit.start().toLocalDate(),
                  ChronoUnit.DAYS.between(visit.start().toLocalDate(), day),
                  visit.regions());
      LocalDate due = reassessments.get(clientId);
      Reassessment reassessment =
          due == null || due.isAfter(day)
              ? null
              : new Reassessment(due, ChronoUnit.DAYS.between(due, day));
      List<Long> clientDrafts = draftsOf.getOrDefault(clientId, List.of());
      Long draft =
          a.sessionId() != null && clientDrafts.contains(a.sessionId())
              ? a.sessionId()
              : clientDrafts.isEmpty() ? null : clientDrafts.get(clientDrafts.size() - 1);
      TodayRepository.ActivePlan plan = planOf.get(clientId);
      PlanSession planSession =
          plan == null ? null : new PlanSession(plan.heldBeforeDay() + 1, plan.planned());
      rows.add(
          new TodayAppointment(
              a,
              a.booking().serviceId() == null ? null : services.get(a.booking().serviceId()),
              client,
              client == null ? List.of() : ClientAlerts.of(client, day),
              last,
              reassessment,
              draft,
              planSession));
    }
    List<DraftWaiting> earlier = drafts.stream().filter(d -> d.start().isBefore(dayStart)).toList();
    List<PlanToBook> toBook =
        plans.stream()
            .filter(p -> !p.booked() && p.held() < p.planned())
            .map(
                p ->
                    new PlanToBook(p.clientId(), p.clientName(), p.planId(), p.held(), p.planned()))
            .toList();
    boolean any = !booked.isEmpty() || appointments.hasAppointments();
    return new TodayOverview(day, now, rows, earlier, toBook, any);
  }

  /**
   * The note of an appointment: the one started for it, or a new draft that takes the appointment's
   * day, start and length (the last signed note's findings carried over), linked to the appointment
   * so that signing it completes the appointment. Returns the note's id.
   */
  public long startNote(long appointmentId) {
    Appointment a = appointments.load(appointmentId);
    if (a.sessionId() != null) {
      return a.sessionId();
    }
    if (!a.state().canBecome(AppointmentState.COMPLETED)) {
      throw new InvalidAppointmentException(
          "This appointment is "
              + a.state().label().toLowerCase(java.util.Locale.UK)
              + "; a note is started from a booked or arrived one. Start it from the client's"
              + " Notes instead.");
    }
    SessionNote draft = sessions.startNote(a.clientId(), true, a.start(), a.lengthMinutes());
    try {
      appointments.linkNote(appointmentId, draft.id());
    } catch (RuntimeException e) {
      sessions.discardDraft(draft.id()); // no note without the appointment it was started for
      throw e;
    }
    return draft.id();
  }

  public Appointment arrived(long appointmentId) {
    return appointments.markArrived(appointmentId);
  }

  public Appointment noShow(long appointmentId) {
    return appointments.markNoShow(appointmentId);
  }
}
