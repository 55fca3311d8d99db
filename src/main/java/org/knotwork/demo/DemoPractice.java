package org.knotwork.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentRepository;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.BlockedTime;
import org.knotwork.appointment.BookableService;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.plan.PlanRepository;
import org.knotwork.practice.PaperSize;
import org.knotwork.practice.PracticeDetails;
import org.knotwork.practice.PracticeService;
import org.knotwork.practice.TherapistProfile;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;

/** Fills an empty data folder with a generated, clearly marked demo practice. */
public final class DemoPractice {
  public static final String NAME = "Demo practice";
  public static final int DEFAULT_CLIENTS = 60;
  public static final int DEFAULT_YEARS = 3;
  public static final long DEFAULT_SEED = 42L;

  /** Notes stored per transaction, so a large demo never holds all its notes in memory at once. */
  private static final int BATCH = 500;

  /** The demo practice's therapist: invented, like everyone in it, and marked so. */
  public static final TherapistProfile THERAPIST =
      new TherapistProfile(
          "Alex Morgan",
          "Registered Massage Therapist",
          "DEMO-0417",
          "Demo Board of Massage Therapy (invented)");

  private final PracticeService practices;
  private final ClientRepository clients;
  private final SessionRepository sessions;
  private final OutcomeRepository outcomes;
  private final PlanRepository plans;
  private final AppointmentRepository appointments;
  private final Clock clock;

  public DemoPractice(
      PracticeService practices,
      ClientRepository clients,
      SessionRepository sessions,
      OutcomeRepository outcomes,
      PlanRepository plans,
      AppointmentRepository appointments,
      Clock clock) {
    this.practices = practices;
    this.clients = clients;
    this.sessions = sessions;
    this.outcomes = outcomes;
    this.plans = plans;
    this.appointments = appointments;
    this.clock = clock;
  }

  /** Creates the demo practice; the same seed, size and day always give the same practice. */
  public void create(int clientCount, int years, long seed) {
    if (clientCount < 1 || clientCount > 100_000) {
      throw new IllegalArgumentException("A demo practice has between 1 and 100,000 clients.");
    }
    if (years < 1 || years > 30) {
      throw new IllegalArgumentException("A demo practice covers between 1 and 30 years.");
    }
    LocalDate today = LocalDate.now(clock);
    List<DemoClient> generated = new DemoDataGenerator(seed, today).clients(clientCount, years);
    practices.start(NAME, true, THERAPIST);
    practices.saveDetails(
        new PracticeDetails(
            "14 Harbour Lane\nPortwell PW1 4HX", // an invented address
            "01632 960 418",
            "hello@demo-practice.example",
            null,
            PaperSize.A4));
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    List<Long> ids = clients.insertAll(generated.stream().map(DemoClient::client).toList(), now);
    DemoAppointments book = openBook(seed, years, today, now);
    DemoNoteGenerator writer = new DemoNoteGenerator(seed, today);
    DemoMeasureGenerator measurer = new DemoMeasureGenerator(seed, outcomes.instruments());
    Batch batch = new Batch();
    DemoPlanGenerator planner = new DemoPlanGenerator(today);
    List<DemoPlanGenerator.DemoPlan> agreed = new ArrayList<>();
    List<DemoAppointments.Bookable> bookable = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      DemoClient demo = generated.get(i);
      long clientId = ids.get(i);
      List<SessionNote> notes = writer.notes(demo.client(), clientId, demo.visits());
      DemoAppointments.Seen seen = book.seen(demo.client());
      batch.add(notes, seen);
      batch.missed.addAll(book.missed(clientId, notes, seen));
      List<OutcomeEntry> theirs = measurer.entries(demo.client(), clientId, notes);
      batch.measures.addAll(theirs);
      agreed.addAll(planner.plans(demo.client(), clientId, notes, theirs));
      if (!demo.client().isArchived() && !notes.isEmpty()) {
        bookable.add(new DemoAppointments.Bookable(clientId, seen));
      }
      if (batch.notes.size() >= BATCH) {
        store(batch, book, now);
      }
    }
    if (!batch.isEmpty()) {
      store(batch, book, now);
    }
    appointments.importAll(book.ahead(bookable), DemoNoteGenerator.AUTHOR);
    for (DemoPlanGenerator.DemoPlan p : agreed) {
      String by = DemoNoteGenerator.AUTHOR;
      long id = plans.insert(p.plan(), by, p.agreedAt());
      plans.activate(id, p.agreedAt().toLocalDate(), DemoNoteGenerator.SIGNER, by, p.agreedAt());
      if (p.completedAt() != null) {
        plans.complete(id, by, p.completedAt());
      }
    }
  }

  /**
   * Sets up the book: the services, the working hours with a gap between appointments, and the
   * holidays and training days over the years the visits span and the weeks ahead.
   */
  private DemoAppointments openBook(long seed, int years, LocalDate today, LocalDateTime now) {
    String by = DemoNoteGenerator.AUTHOR;
    List<Long> serviceIds = new ArrayList<>();
    for (BookableService s : DemoBook.SERVICES) {
      serviceIds.add(appointments.saveService(s, now, by));
    }
    AppointmentSettings settings =
        new AppointmentSettings(clock.getZone(), DemoBook.HOURS, DemoBook.GAP_MINUTES, 24);
    appointments.saveSettings(settings, now, by);
    DemoBook calendar = new DemoBook(seed);
    for (BlockedTime b :
        calendar.blocked(today.minusYears(years), today.plusWeeks(DemoAppointments.WEEKS_AHEAD))) {
      appointments.addBlocked(b, now, by);
    }
    return new DemoAppointments(seed, now, calendar, serviceIds, settings);
  }

  private void store(Batch batch, DemoAppointments book, LocalDateTime now) {
    List<Long> sessionIds = sessions.importNotes(batch.notes, DemoNoteGenerator.AUTHOR);
    List<Appointment> made = new ArrayList<>(sessionIds.size() + batch.missed.size());
    for (int i = 0; i < sessionIds.size(); i++) {
      made.add(
          book.behind(
              batch.notes.get(i), sessionIds.get(i), batch.first.get(i), batch.seen.get(i)));
    }
    made.addAll(batch.missed);
    appointments.importAll(made, DemoNoteGenerator.AUTHOR);
    outcomes.importEntries(batch.measures, now);
    batch.clear();
  }

  /** Notes, with where each visit was and whether it was the client's first, stored together. */
  private static final class Batch {
    final List<SessionNote> notes = new ArrayList<>(BATCH + 200);
    final List<Boolean> first = new ArrayList<>(BATCH + 200);
    final List<DemoAppointments.Seen> seen = new ArrayList<>(BATCH + 200);
    final List<Appointment> missed = new ArrayList<>();
    final List<OutcomeEntry> measures = new ArrayList<>();

    void add(List<SessionNote> theirs, DemoAppointments.Seen where) {
      for (int i = 0; i < theirs.size(); i++) {
        notes.add(theirs.get(i));
        first.add(i == 0);
        seen.add(where);
      }
    }

    boolean isEmpty() {
      return notes.isEmpty() && missed.isEmpty() && measures.isEmpty();
    }

    void clear() {
      notes.clear();
      first.clear();
      seen.clear();
      missed.clear();
      measures.clear();
    }
  }

  /** One generated client with the dates of their past visits. */
  public record DemoClient(Client client, List<DemoVisit> visits) {
    /** A past appointment. */
    public record DemoVisit(LocalDateTime start, int minutes) {}
  }
}
