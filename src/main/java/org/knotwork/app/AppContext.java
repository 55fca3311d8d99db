package org.knotwork.app;

import java.time.Clock;
import java.util.function.Supplier;
import org.knotwork.appointment.AppointmentRepository;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.audit.AuditLog;
import org.knotwork.audit.AuditRepository;
import org.knotwork.backup.BackupRepository;
import org.knotwork.backup.BackupService;
import org.knotwork.calendar.CalendarFile;
import org.knotwork.calendar.CalendarFileRepository;
import org.knotwork.calendar.ForTheClient;
import org.knotwork.client.ClientCsvImport;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.demo.DemoPractice;
import org.knotwork.export.RecordExport;
import org.knotwork.handout.HandoutLibrary;
import org.knotwork.handout.HandoutRepository;
import org.knotwork.history.HistoryRepository;
import org.knotwork.history.HistoryService;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.plan.PlanRepository;
import org.knotwork.plan.PlanService;
import org.knotwork.practice.Practice;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.practice.TherapistProfile;
import org.knotwork.print.DocumentPrinter;
import org.knotwork.printout.AppointmentCards;
import org.knotwork.printout.ClientDocuments;
import org.knotwork.retention.RetentionRepository;
import org.knotwork.retention.RetentionService;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.SessionService;
import org.knotwork.today.TodayRepository;
import org.knotwork.today.TodayService;

/**
 * The composition root: builds every repository and service once, from one open database, and
 * passes them on by constructor. The window ({@link MainWindow}) and the command line take what
 * they need from here; nothing else creates services.
 */
public final class AppContext implements AutoCloseable {
  private final DataDirectory dataDirectory;
  private final Database database;
  private final Clock clock;
  private final PracticeService practices;
  private final ClientService clients;
  private final DemoPractice demo;
  private final SessionService sessions;
  private final HistoryService history;
  private final OutcomeService outcomes;
  private final PlanService plans;
  private final HandoutLibrary handouts;
  private final ClientDocuments documents;
  private final BackupService backups;
  private final ClientCsvImport clientImport;
  private final RecordExport exports;
  private final RetentionService retention;
  private final AuditLog auditLog;
  private final AppointmentService appointments;
  private final CalendarFile calendarFile;
  private final ForTheClient forTheClient;
  private final AppointmentCards appointmentCards;
  private final TodayService today;
  private final Supplier<String> actor;

  public AppContext(DataDirectory dataDirectory, Database database, Clock clock) {
    this.dataDirectory = dataDirectory;
    this.database = database;
    this.clock = clock;
    ClientRepository clientRepository = new ClientRepository(database.dsl());
    SessionRepository sessionRepository = new SessionRepository(database.dsl());
    OutcomeRepository outcomeRepository = new OutcomeRepository(database.dsl());
    this.practices = new PracticeService(new PracticeRepository(database.dsl()), clock);
    // The audit log names the therapist, with the computer account they work under; signatures
    // name the therapist only, from their profile (never the account).
    String account = System.getProperty("user.name", "");
    Supplier<String> actor = () -> practices.actor(account);
    this.clients = new ClientService(clientRepository, clock, actor);
    PlanRepository planRepository = new PlanRepository(database.dsl());
    this.demo =
        new DemoPractice(
            practices,
            clientRepository,
            sessionRepository,
            outcomeRepository,
            planRepository,
            new AppointmentRepository(database.dsl()),
            clock);
    this.sessions =
        new SessionService(
            sessionRepository,
            clock,
            actor,
            () -> practices.therapist().map(TherapistProfile::asSigner),
            () -> practices.emergencyNumbers());
    this.history = new HistoryService(new HistoryRepository(database.dsl()), clock);
    this.outcomes = new OutcomeService(outcomeRepository, clock, actor);
    this.plans = new PlanService(planRepository, sessions, outcomes, clients::load, clock, actor);
    this.handouts = new HandoutLibrary(new HandoutRepository(database.dsl()), clock);
    this.documents =
        new ClientDocuments(plans, handouts, practices, clients, new DocumentPrinter(), clock);
    this.clientImport = new ClientCsvImport(clientRepository, clock, actor);
    this.backups =
        new BackupService(
            new BackupRepository(database.dsl()), dataDirectory, clock, version(), actor);
    this.actor = actor;
    this.retention = new RetentionService(new RetentionRepository(database.dsl()), clock, actor);
    this.auditLog = new AuditLog(new AuditRepository(database.dsl()), clock, actor);
    this.appointments =
        new AppointmentService(new AppointmentRepository(database.dsl()), clock, actor);
    this.calendarFile =
        new CalendarFile(
            new CalendarFileRepository(database.dsl()),
            appointments,
            practices,
            clock,
            actor,
            CalendarFile.ATOMIC);
    // Every change to the book asks for the calendar file again; the app says where it is written
    // (its lane for long work, never the JavaFX thread), a command line run writes none.
    appointments.onChange(calendarFile::changed);
    this.forTheClient = new ForTheClient(appointments, practices, clock);
    this.appointmentCards =
        new AppointmentCards(forTheClient, practices, new DocumentPrinter(), clock);
    // A note started from an appointment completes it when signed (the session package knows
    // nothing of appointments).
    sessions.whenSigned(appointments::completeByNote);
    this.today =
        new TodayService(
            new TodayRepository(database.dsl()), appointments, clients, outcomes, sessions, clock);
    this.exports =
        new RecordExport(
            clients,
            sessions,
            outcomes,
            plans,
            appointments,
            handouts,
            practices,
            new AuditRepository(database.dsl()),
            new DocumentPrinter(),
            clock,
            actor);
  }

  /** Who is at work, as the audit log names them: the therapist and the computer account. */
  public String actor() {
    return actor.get();
  }

  /** How long records are kept, the records past it, and deleting a whole record. */
  public RetentionService retention() {
    return retention;
  }

  /** The audit log to read and export. */
  public AuditLog auditLog() {
    return auditLog;
  }

  /** Exports of a client's complete record, or of every client's. */
  public RecordExport exports() {
    return exports;
  }

  /** The appointment book. */
  public AppointmentService appointments() {
    return appointments;
  }

  /** The book's calendar file for the therapist's phone (decision 0034). */
  public CalendarFile calendarFile() {
    return calendarFile;
  }

  /** One appointment for the client: a calendar entry and a reminder text. */
  public ForTheClient forTheClient() {
    return forTheClient;
  }

  /** Appointment cards on the letterhead, for the client. */
  public AppointmentCards appointmentCards() {
    return appointmentCards;
  }

  /** The practice's day, for the Today screen. */
  public TodayService today() {
    return today;
  }

  public PlanService plans() {
    return plans;
  }

  public HandoutLibrary handouts() {
    return handouts;
  }

  /** The audit log (append-only). */
  public AuditRepository audit() {
    return new AuditRepository(database.dsl());
  }

  public ClientCsvImport clientImport() {
    return clientImport;
  }

  public BackupService backups() {
    return backups;
  }

  /** Checks stored rows against the schema's constraints (for {@code knotwork verify}). */
  public org.knotwork.db.IntegrityCheck integrity() {
    return new org.knotwork.db.IntegrityCheck(database.dsl());
  }

  /**
   * The program's version: the one the installer was built for (the packaged launchers pass it as
   * {@code jpackage.app-version}), else the jar's, else null for a build run from its classes.
   */
  public static String version() {
    String packaged = System.getProperty("jpackage.app-version");
    return packaged != null ? packaged : AppContext.class.getPackage().getImplementationVersion();
  }

  /** The schema version of the open records. */
  public String schemaVersion() {
    return new BackupRepository(database.dsl()).schemaVersion();
  }

  public ClientDocuments documents() {
    return documents;
  }

  public DataDirectory dataDirectory() {
    return dataDirectory;
  }

  public Clock clock() {
    return clock;
  }

  public PracticeService practices() {
    return practices;
  }

  public ClientService clients() {
    return clients;
  }

  public HistoryService history() {
    return history;
  }

  public OutcomeService outcomes() {
    return outcomes;
  }

  public SessionService sessions() {
    return sessions;
  }

  public DemoPractice demo() {
    return demo;
  }

  /** Fills an empty data folder with the standard demo practice and returns it. */
  public Practice createDemoPractice() {
    demo.create(
        DemoPractice.DEFAULT_CLIENTS, DemoPractice.DEFAULT_YEARS, DemoPractice.DEFAULT_SEED);
    return practices.current().orElseThrow();
  }

  /** Runs a bulk load of records (see {@link Database#bulkLoad}). */
  public void bulkLoad(Runnable work) {
    database.bulkLoad(work);
  }

  /** Closes the records after compacting the database file (after a bulk load). */
  public void closeCompacted() {
    database.closeCompacted();
  }

  @Override
  public void close() {
    database.close();
  }
}
