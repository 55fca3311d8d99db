package org.knotwork.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditRepository;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlerts;
import org.knotwork.client.ClientService;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.FileNames;
import org.knotwork.db.PrivateFiles;
import org.knotwork.handout.Handout;
import org.knotwork.handout.HandoutLibrary;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.plan.PlanService;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.practice.Practice;
import org.knotwork.practice.PracticeDetails;
import org.knotwork.practice.PracticeService;
import org.knotwork.print.DocumentPrinter;
import org.knotwork.print.Letterhead;
import org.knotwork.print.RecordOfCare;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports a client's complete record — or every client's — as a ZIP for the client to keep: a
 * readable PDF, the same record as JSON, and a short README. The ZIP is written beside its target
 * and moved into place only when complete, readable by the user only. It is not encrypted: it is
 * meant to be handed over. Every export is noted in the audit log (which holds no clinical text).
 */
public final class RecordExport {
  private static final Logger log = LoggerFactory.getLogger(RecordExport.class);

  /** The audit log's names for the records a client's entries are about. */
  static final String CLIENT = "client";

  static final String SESSION = "SESSION";
  static final String PLAN = "treatment_plan";
  static final String PRACTICE = "practice";
  static final String APPOINTMENT = "appointment";

  static final String PDF = "record.pdf";
  static final String JSON = "record.json";
  static final String README = "README.txt";
  static final String PRACTICE_JSON = "practice.json";

  /** What an export wrote. */
  public record Result(Path file, int clients, int notes) {}

  private final ClientService clients;
  private final SessionService sessions;
  private final OutcomeService outcomes;
  private final PlanService plans;
  private final AppointmentService appointments;
  private final HandoutLibrary handouts;
  private final PracticeService practices;
  private final AuditRepository audit;
  private final DocumentPrinter printer;
  private final Clock clock;
  private final java.util.function.Supplier<String> actor;

  public RecordExport(
      ClientService clients,
      SessionService sessions,
      OutcomeService outcomes,
      PlanService plans,
      AppointmentService appointments,
      HandoutLibrary handouts,
      PracticeService practices,
      AuditRepository audit,
      DocumentPrinter printer,
      Clock clock,
      String actor) {
    this(
        clients,
        sessions,
        outcomes,
        plans,
        appointments,
        handouts,
        practices,
        audit,
        printer,
        clock,
        () -> actor);
  }

  /**
   * @param actor who is at work, as the audit log names them
   */
  public RecordExport(
      ClientService clients,
      SessionService sessions,
      OutcomeService outcomes,
      PlanService plans,
      AppointmentService appointments,
      HandoutLibrary handouts,
      PracticeService practices,
      AuditRepository audit,
      DocumentPrinter printer,
      Clock clock,
      java.util.function.Supplier<String> actor) {
    this.clients = clients;
    this.sessions = sessions;
    this.outcomes = outcomes;
    this.plans = plans;
    this.appointments = appointments;
    this.handouts = handouts;
    this.practices = practices;
    this.audit = audit;
    this.printer = printer;
    this.clock = clock;
    this.actor = actor;
  }

  /** Everything the practice keeps about one client. */
  public ClientRecord gather(long clientId) {
    Client client = clients.load(clientId);
    List<AuditEntry> entries = new ArrayList<>(audit.about(CLIENT, clientId));
    // Read set-based: the client's notes and their audit entries in a fixed number of queries,
    // however many notes there are (decision 29).
    List<SessionNote> all = new ArrayList<>(sessions.notesOf(clientId));
    Map<Long, List<AuditEntry>> aboutNotes =
        audit.about(SESSION, all.stream().map(SessionNote::id).toList());
    // The notes' entries join the record newest note first, as the notes list shows them, so that
    // entries made at the same moment keep that order through the sort below.
    List<SessionNote> newestFirst = new ArrayList<>(all);
    newestFirst.sort(
        Comparator.comparing(SessionNote::serviceStart).thenComparing(SessionNote::id).reversed());
    List<RecordOfCare.Note> notes = new ArrayList<>();
    for (SessionNote note : newestFirst) {
      List<AuditEntry> about = aboutNotes.getOrDefault(note.id(), List.of());
      entries.addAll(about);
      String signedBy =
          note.signer() != null
              ? note.signer().line()
              : note.signed()
                  ? about.stream()
                      .filter(a -> a.action() == AuditEntry.Action.SIGN)
                      .map(AuditEntry::actor)
                      .reduce((first, later) -> later)
                      .orElse(null)
                  : null;
      notes.add(new RecordOfCare.Note(note, signedBy));
    }
    notes.sort(
        Comparator.comparing((RecordOfCare.Note n) -> n.note().serviceStart())
            .thenComparing(n -> n.note().id()));
    List<TreatmentPlan> planList = new ArrayList<>(plans.plans(clientId));
    planList.sort(
        Comparator.comparing(
                (TreatmentPlan p) -> p.createdAt(),
                Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TreatmentPlan::id));
    Map<String, String> titles = new LinkedHashMap<>();
    for (TreatmentPlan plan : planList) {
      entries.addAll(audit.about(PLAN, plan.id()));
      for (String ref : plan.handouts()) {
        if (!titles.containsKey(ref)) {
          handouts.find(ref).map(Handout::title).ifPresent(t -> titles.put(ref, t));
        }
      }
    }
    List<Appointment> booked = appointments.forClient(clientId);
    audit
        .about(APPOINTMENT, booked.stream().map(Appointment::id).toList())
        .values()
        .forEach(entries::addAll);
    Map<Long, String> serviceNames = new LinkedHashMap<>();
    appointments.services().forEach(s -> serviceNames.put(s.id(), s.name()));
    entries.sort(Comparator.comparing(AuditEntry::at)); // stable: ties keep their order
    return new ClientRecord(
        client,
        ClientAlerts.of(client, today()),
        notes,
        outcomes.entries(clientId),
        planList,
        titles,
        entries,
        booked,
        serviceNames);
  }

  /** The file name to offer for one client's export: "Anna-Berg-record-2026-11-22.zip". */
  public String fileName(String fullName) {
    return folderName(fullName, today()) + ".zip";
  }

  /**
   * The file name offered in the system's save dialog for one client's export. It names no client:
   * that dialog stays on screen if Knotwork locks while it is open (decision 22).
   */
  public String saveAsName() {
    return "Record of care - " + today() + ".zip";
  }

  /** The file name to offer for the whole practice: "Harbour-Massage-records-2026-11-22.zip". */
  public String practiceFileName() {
    String name = practices.current().map(Practice::name).orElse("");
    String safe = safe(name);
    return (safe.isEmpty() ? "Knotwork" : safe) + "-records-" + today() + ".zip";
  }

  /** Writes one client's record to {@code target} and notes the export in the audit log. */
  public Result exportClient(long clientId, Path target) {
    ClientRecord record = gather(clientId);
    LocalDateTime now = now();
    Practice practice = practices.current().orElse(null);
    PracticeDetails details = practices.details();
    writeZip(
        target,
        zip ->
            writeClient(
                zip,
                folderName(record.client().fullName(), now.toLocalDate()) + "/",
                record,
                practice,
                details,
                now));
    audit.append(new AuditEntry(now, actor.get(), AuditEntry.Action.EXPORT, CLIENT, clientId));
    log.info("Exported the record of client {}", clientId);
    return new Result(target, 1, record.notes().size());
  }

  /**
   * Writes every client's record (archived ones too) to {@code target}, one folder each, with the
   * practice's details; notes the export in the audit log.
   *
   * @param progress told the number of clients done so far (from any thread)
   */
  public Result exportPractice(Path target, IntConsumer progress) {
    LocalDateTime now = now();
    Practice practice = practices.current().orElse(null);
    PracticeDetails details = practices.details();
    List<ClientSummary> all =
        clients.search("", true).stream()
            .sorted(Comparator.comparingLong(ClientSummary::id))
            .toList();
    int[] notes = {0};
    writeZip(
        target,
        zip -> {
          Set<String> used = new HashSet<>();
          List<RecordJson.ListedClient> listed = new ArrayList<>();
          int done = 0;
          for (ClientSummary summary : all) {
            ClientRecord record = gather(summary.id());
            String folder = folderName(record.client().fullName(), now.toLocalDate());
            if (!used.add(folder.toLowerCase(java.util.Locale.ROOT))) {
              folder = folder + "-" + summary.id();
              used.add(folder.toLowerCase(java.util.Locale.ROOT));
            }
            writeClient(zip, folder + "/", record, practice, details, now);
            listed.add(
                new RecordJson.ListedClient(
                    summary.id(), record.client().fullName(), summary.archived(), folder));
            notes[0] += record.notes().size();
            progress.accept(++done);
          }
          entry(
              zip,
              PRACTICE_JSON,
              RecordJson.practice(
                  practice, details, practices.therapist().orElse(null), listed, now));
          entry(
              zip,
              README,
              crlf(
                  ExportReadme.practice(
                      practice == null ? null : practice.name(), all.size(), now.toLocalDate())));
        });
    audit.append(new AuditEntry(now, actor.get(), AuditEntry.Action.EXPORT, PRACTICE, 1));
    log.info("Exported the records of {} clients", all.size());
    return new Result(target, all.size(), notes[0]);
  }

  /** Like {@link #exportPractice(Path, IntConsumer)} without progress. */
  public Result exportPractice(Path target) {
    return exportPractice(target, done -> {});
  }

  /** How many clients a whole-practice export holds. */
  public int clientCount() {
    return clients.search("", true).size();
  }

  private void writeClient(
      ZipOutputStream zip,
      String folder,
      ClientRecord record,
      Practice practice,
      PracticeDetails details,
      LocalDateTime now)
      throws IOException {
    String practiceName = practice == null ? "" : practice.name();
    byte[] pdf =
        printer.recordOfCare(
            Letterhead.of(practiceName, details),
            details.paperSize(),
            record.care(),
            now.toLocalDate());
    zip.putNextEntry(new ZipEntry(folder));
    zip.closeEntry();
    entry(zip, folder + PDF, pdf);
    entry(
        zip,
        folder + JSON,
        RecordJson.client(record, practice, details, practices.therapist().orElse(null), now));
    String contact = String.join(", ", nonBlank(details.phone(), details.email()));
    entry(
        zip,
        folder + README,
        crlf(
            ExportReadme.client(
                record.client().fullName(),
                practiceName,
                contact,
                now.toLocalDate(),
                record.drafts() > 0)));
  }

  private static List<String> nonBlank(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  private static byte[] crlf(String text) {
    return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  @FunctionalInterface
  private interface ZipBody {
    void write(ZipOutputStream zip) throws IOException;
  }

  /**
   * Writes the ZIP beside the target and moves it into place once it is complete and on disk; only
   * the user can read it (see {@link PrivateFiles}).
   */
  private static void writeZip(Path target, ZipBody body) {
    try {
      PrivateFiles.write(
          target,
          out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
              body.write(zip);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The export could not be written to " + target + " (" + e.getMessage() + ")", e);
    }
  }

  /**
   * "Renée-Müller-Jr-record-2026-11-22": the full name in the order it is written, in a form every
   * file system accepts.
   */
  static String folderName(String fullName, LocalDate day) {
    String safe = safe(fullName);
    return (safe.isEmpty() ? "Client" : safe) + "-record-" + day;
  }

  /** {@link FileNames#safe} with "-" between the words. */
  private static String safe(String text) {
    return FileNames.safe(text)
        .replace(' ', '-')
        .replaceAll("-{2,}", "-")
        .replaceAll("^[-.]+|[-.]+$", "");
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }
}
