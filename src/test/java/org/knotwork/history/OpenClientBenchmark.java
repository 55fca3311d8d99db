package org.knotwork.history;

import static org.knotwork.db.generated.Tables.OUTCOME_ENTRY;
import static org.knotwork.db.generated.Tables.OUTCOME_INSTRUMENT;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Record;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.session.Addendum;
import org.knotwork.session.CarePlan;
import org.knotwork.session.NoteHash;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.Position;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.Subjective;
import org.knotwork.session.Technique;

/**
 * Times what opening a client runs against the database: overview, full timeline, pain series and
 * overall pain, for a client with 300 signed sessions in a file database that also holds other
 * clients. Not a JUnit test; run by hand (see docs/performance.md).
 */
public final class OpenClientBenchmark {
  private static final int SESSIONS = 300;
  private static final int OTHER_CLIENTS = 20;
  private static final int OTHER_SESSIONS = 100;
  private static final int WARMUP = 200;
  private static final int RUNS = 50;
  private static final LocalDateTime FIRST = LocalDateTime.of(2019, 1, 7, 9, 0);

  private OpenClientBenchmark() {}

  public static void main(String[] args) throws IOException {
    // With a folder argument the database is kept there and reused by later runs.
    boolean keep = args.length > 0;
    Path folder = keep ? Path.of(args[0]) : Files.createTempDirectory("knotwork-bench");
    Clock clock = Clock.fixed(FIRST.plusYears(7).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    long clientId = 1;
    if (!Files.exists(DataDirectory.at(folder).databaseFile())) {
      long buildStart = System.nanoTime();
      try (Database db =
          Database.open(DataDirectory.at(folder), DatabaseCredentials.unencrypted())) {
        clientId = populate(db, clock);
      }
      System.out.printf(
          "Built %s in %d ms: client %d with %d signed sessions, %d other clients with %d each%n",
          folder,
          ms(System.nanoTime() - buildStart),
          clientId,
          SESSIONS,
          OTHER_CLIENTS,
          OTHER_SESSIONS);
    }

    // Reopen, as the application does on start, so the first call is really cold.
    try (Database db = Database.open(DataDirectory.at(folder), DatabaseCredentials.unencrypted())) {
      HistoryService service = new HistoryService(new HistoryRepository(db.dsl()), clock);

      // The application shows the client list before any client can be opened; that first
      // query pays for loading jOOQ and H2 classes, so it is timed on its own.
      long listStart = System.nanoTime();
      int listed =
          new ClientService(new ClientRepository(db.dsl()), clock).search("", false).size();
      System.out.printf(
          "First query after opening (client list, %d clients): %.1f ms%n",
          listed, (System.nanoTime() - listStart) / 1e6);

      long t0 = System.nanoTime();
      int rows = openClient(service, clientId);
      System.out.printf(
          "Cold (first opening of a client after the list): %.1f ms (%d rows)%n",
          (System.nanoTime() - t0) / 1e6, rows);

      long t1 = System.nanoTime();
      openClient(service, clientId);
      System.out.printf("Second opening: %.1f ms%n", (System.nanoTime() - t1) / 1e6);

      for (int i = 0; i < WARMUP; i++) {
        openClient(service, clientId);
      }
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      double[] total = new double[RUNS];
      double[] cpu = new double[RUNS];
      double[][] parts = new double[4][RUNS];
      for (int i = 0; i < RUNS; i++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long a = System.nanoTime();
        service.overview(clientId);
        long b = System.nanoTime();
        service.timeline(clientId, TimelineFilter.ALL);
        long c = System.nanoTime();
        service.painSeries(clientId, null);
        long d = System.nanoTime();
        service.overallPain(clientId);
        long e = System.nanoTime();
        parts[0][i] = (b - a) / 1e6;
        parts[1][i] = (c - b) / 1e6;
        parts[2][i] = (d - c) / 1e6;
        parts[3][i] = (e - d) / 1e6;
        total[i] = (e - a) / 1e6;
        cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      }
      System.out.printf(
          "Warm, %d runs after %d warm-up: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
          RUNS, WARMUP, percentile(total, 50), percentile(total, 95), percentile(total, 100));
      System.out.printf(
          "  CPU time of the calling thread: median %.2f ms, p95 %.2f ms%n",
          percentile(cpu, 50), percentile(cpu, 95));
      System.out.printf(
          "  load average during the run: %.2f on %d cores%n",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      String[] names = {"overview", "timeline(ALL)", "painSeries(null)", "overallPain"};
      for (int p = 0; p < names.length; p++) {
        System.out.printf(
            "  %-17s median %.2f ms, p95 %.2f ms%n",
            names[p], percentile(parts[p], 50), percentile(parts[p], 95));
      }
      TimelineCounts counts = counts(service.timeline(clientId, TimelineFilter.ALL));
      System.out.println("  timeline entries: " + counts);

      explain(db.dsl(), clock, clientId);
    } finally {
      if (!keep) {
        deleteFolder(folder);
      }
    }
  }

  private static int openClient(HistoryService service, long clientId) {
    return service.overview(clientId).regions().size()
        + service.timeline(clientId, TimelineFilter.ALL).size()
        + service.painSeries(clientId, null).size()
        + service.overallPain(clientId).size();
  }

  /** Runs one opening with a listener that keeps each statement, then asks H2 for its plan. */
  private static void explain(DSLContext dsl, Clock clock, long clientId) {
    List<String> statements = new ArrayList<>();
    DSLContext traced =
        dsl.configuration()
            .derive(
                new ExecuteListener() {
                  @Override
                  public void executeStart(ExecuteContext ctx) {
                    if (ctx.query() != null) {
                      statements.add(dsl.renderInlined(ctx.query()));
                    }
                  }
                })
            .dsl();
    openClient(new HistoryService(new HistoryRepository(traced), clock), clientId);
    System.out.printf("%nQueries for one opening: %d%n", statements.size());
    for (String sql : statements) {
      System.out.println();
      System.out.println("EXPLAIN " + sql);
      for (Record r : dsl.fetch("EXPLAIN " + sql)) {
        System.out.println("  " + String.valueOf(r.get(0)).replace("\n", "\n  "));
      }
    }
  }

  private static long populate(Database db, Clock clock) {
    new PracticeService(new PracticeRepository(db.dsl()), clock)
        .start("Bench", false, org.knotwork.practice.TestTherapist.PROFILE);
    ClientService clients = new ClientService(new ClientRepository(db.dsl()), clock);
    SessionRepository sessions = new SessionRepository(db.dsl());
    long clientId = clients.save(Client.builder().fullName("Bench Client").build()).id();
    sessions.importNotes(notes(clientId, SESSIONS, true), "bench");
    for (int i = 0; i < 30; i++) {
      measure(db.dsl(), clientId, i % 2 == 0 ? "ODI" : "NPRS", FIRST.plusWeeks(i * 10L), i);
    }
    for (int c = 0; c < OTHER_CLIENTS; c++) {
      long other = clients.save(Client.builder().fullName("Other Client " + c).build()).id();
      sessions.importNotes(notes(other, OTHER_SESSIONS, false), "bench");
      for (int i = 0; i < 10; i++) {
        measure(db.dsl(), other, "ODI", FIRST.plusWeeks(i * 10L), i);
      }
    }
    return clientId;
  }

  private static List<SessionNote> notes(long clientId, int count, boolean extras) {
    BackRegion[] regions = BackRegion.values();
    Technique[] techniques = Technique.values();
    List<SessionNote> notes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDateTime start = FIRST.plusDays(i * 7L);
      List<RegionFinding> findings = new ArrayList<>();
      for (int f = 0; f < 3; f++) {
        int pain = Math.max(0, 8 - i / 40 - f);
        findings.add(
            HistoryFixture.finding(
                regions[(i + f * 3) % regions.length],
                Side.values()[(i + f) % Side.values().length],
                pain,
                Math.max(0, pain - 3),
                techniques[(i + f) % techniques.length],
                techniques[(i + f + 4) % techniques.length]));
      }
      Map<RedFlagQuestion, RedFlagAnswer> flags = new EnumMap<>(RedFlagQuestion.class);
      RedFlagQuestion.everySession().stream().forEach(q -> flags.put(q, RedFlagAnswer.NO));
      boolean flagged = extras && i % 25 == 0;
      if (flagged) {
        flags.put(RedFlagQuestion.NIGHT_PAIN, RedFlagAnswer.YES);
      }
      SessionNote note =
          new SessionNote(
              null,
              clientId,
              start,
              60,
              Set.of(Position.PRONE),
              start.plusHours(2),
              new Subjective(
                  "Lower back ache",
                  i % 3 == 0 ? null : 5,
                  7,
                  2,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  true,
                  null,
                  null,
                  null),
              flags,
              flagged ? "Advised to see the GP about the night pain" : null,
              findings,
              "Tolerated well",
              null,
              new CarePlan("Same again", "Weekly", "Knee rolls", i % 30 == 0 ? "GP review" : null),
              NoteStatus.DRAFT,
              null,
              null,
              List.of());
      SessionNote signed = note.signedAs(start.plusHours(2), NoteHash.of(note));
      if (extras && i % 20 == 0) {
        signed =
            signed.withAddenda(
                List.of(
                    new Addendum(
                        null,
                        start.plusDays(1),
                        "bench",
                        "Late detail",
                        "The client phoned the next day: less stiff in the morning.")));
      }
      notes.add(signed);
    }
    return notes;
  }

  private static void measure(
      DSLContext dsl, long clientId, String code, LocalDateTime at, int step) {
    long instrument =
        dsl.select(OUTCOME_INSTRUMENT.ID)
            .from(OUTCOME_INSTRUMENT)
            .where(OUTCOME_INSTRUMENT.CODE.eq(code))
            .fetchSingle()
            .value1();
    dsl.insertInto(OUTCOME_ENTRY)
        .set(OUTCOME_ENTRY.CLIENT_ID, clientId)
        .set(OUTCOME_ENTRY.INSTRUMENT_ID, instrument)
        .set(OUTCOME_ENTRY.TAKEN_ON, at.toLocalDate())
        .set(OUTCOME_ENTRY.SCORE, BigDecimal.valueOf(code.equals("ODI") ? 40 - step : 7 - step % 7))
        .set(OUTCOME_ENTRY.RECORDED_AT, at)
        .execute();
  }

  private record TimelineCounts(Map<EntryKind, Integer> byKind) {
    @Override
    public String toString() {
      return byKind.toString();
    }
  }

  private static TimelineCounts counts(List<TimelineEntry> entries) {
    Map<EntryKind, Integer> byKind = new EnumMap<>(EntryKind.class);
    entries.forEach(e -> byKind.merge(e.kind(), 1, Integer::sum));
    return new TimelineCounts(byKind);
  }

  private static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static void deleteFolder(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
