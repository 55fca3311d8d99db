package org.knotwork.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.knotwork.app.AppContext;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.client.SearchText;
import org.knotwork.client.ui.ClientListViewModel;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.demo.DemoDataGenerator;
import org.knotwork.demo.DemoPractice.DemoClient;
import org.knotwork.demo.DemoPractice.DemoClient.DemoVisit;
import org.knotwork.export.RecordExport;
import org.knotwork.history.HistoryService;
import org.knotwork.history.TimelineFilter;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

/**
 * The performance benchmarks on the ten-year demo practice: search, opening a client, the plan PDF
 * (against LibreOffice), backup and verified restore, cold start (against a bare JavaFX window) and
 * memory after opening 50 clients. Not a test; run with {@code mvn -Pbenchmark verify} (see
 * docs/performance.md). Writes its figures to target/bench/results.md and into docs/performance.md
 * between the results markers.
 */
public final class PerformanceSuite {
  static final String PASSPHRASE = "benchmark passphrase ten years";
  private static final String MARK_START = "<!-- results:start -->";
  private static final String MARK_END = "<!-- results:end -->";

  private final Path base;
  private final Path passphraseFile;
  private final List<String> report = new ArrayList<>();
  private final Clock clock = Clock.systemDefaultZone();

  private PerformanceSuite(Path base) throws IOException {
    this.base = base;
    Files.createDirectories(base);
    passphraseFile = base.resolve("passphrase.txt");
    Files.writeString(passphraseFile, PASSPHRASE + "\n");
  }

  public static void main(String[] args) throws Exception {
    Path base = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
    Path doc = Path.of(args.length > 1 ? args[1] : "docs/performance.md").toAbsolutePath();
    String only = System.getProperty("bench.only", "");
    PerformanceSuite suite = new PerformanceSuite(base);
    suite.header();
    Path tenYear = suite.tenYearPractice();
    if (only.isEmpty() || only.contains("search")) {
      suite.search(suite.searchPractice());
    }
    if (only.isEmpty() || only.contains("open")) {
      suite.openClient(tenYear);
    }
    if (only.isEmpty() || only.contains("pdf")) {
      suite.planPdf(tenYear);
    }
    if (only.isEmpty() || only.contains("backup")) {
      suite.backupAndRestore(tenYear);
    }
    if (only.isEmpty() || only.contains("export")) {
      suite.exportPractice(tenYear);
    }
    if (only.isEmpty() || only.contains("start")) {
      new StartupBench(base, suite.report, suite.passphraseFile).run(tenYear);
    }
    String text = String.join("\n", suite.report) + "\n";
    Files.writeString(base.resolve("results.md"), text);
    System.out.println(text);
    if (only.isEmpty()) {
      suite.writeInto(doc, text);
    }
  }

  private void header() throws IOException {
    String cpu = "unknown CPU";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.exists(cpuinfo)) {
      cpu =
          Files.readAllLines(cpuinfo).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).strip())
              .findFirst()
              .orElse(cpu);
    }
    long memory =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize()
            >> 30;
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    report.add("Run of " + LocalDate.now(clock) + " on this machine:");
    report.add("");
    report.add(
        String.format(
            Locale.ROOT,
            "- %d cores (%s), %d GiB; %s %s; Java %s (%s); load average at start %.1f",
            Runtime.getRuntime().availableProcessors(),
            cpu,
            memory,
            System.getProperty("os.name"),
            System.getProperty("os.version"),
            System.getProperty("java.version"),
            System.getProperty("java.vm.name"),
            load));
    report.add("");
  }

  // --- datasets ---------------------------------------------------------------------------

  /**
   * The ten-year preset, generated once with the demo command and kept between runs. The command
   * runs in a process of its own, started as the installed command-line launcher starts it: the
   * packaged jar, the installers' heap settings and the JVM's full compiler.
   */
  private Path tenYearPractice() throws Exception {
    Path dir = base.resolve("ten-year");
    if (!Files.exists(dir.resolve("knotwork.mv.db"))) {
      Path target = base.getParent();
      List<String> cmd = new ArrayList<>(List.of(StartupBench.java()));
      cmd.addAll(StartupBench.heapOptions(target));
      cmd.addAll(
          List.of(
              "-cp",
              target.resolve("knotwork.jar").toString(),
              "org.knotwork.cli.Launcher",
              "demo",
              "--data-dir",
              dir.toString(),
              "--preset",
              "ten-year",
              "--seed",
              "1",
              "--passphrase-file",
              passphraseFile.toString()));
      long t = System.nanoTime();
      Process demo = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = demo.waitFor();
      if (code != 0) {
        // A half-made practice must not be reused by the next run: it is moved aside, its log
        // with it.
        Path failed = dir.resolveSibling("ten-year-failed-" + System.currentTimeMillis());
        if (Files.exists(dir)) {
          Files.move(dir, failed);
        }
        throw new IllegalStateException(
            "the demo command failed with exit code "
                + code
                + " (its folder and log are now in "
                + failed
                + "): "
                + out);
      }
      report.add(
          String.format(
              Locale.ROOT,
              "- `knotwork demo --preset ten-year` generated the practice in %.1f s (one run, in a"
                  + " process of its own as `knotwork-cli` starts it).",
              (System.nanoTime() - t) / 1e9));
    } else {
      report.add("- The ten-year practice was generated by an earlier run and reused.");
    }
    try (Opened o = open(dir)) {
      report.add(
          "- Ten-year practice: "
              + o.count("client")
              + " clients, "
              + o.count("session")
              + " sessions, "
              + o.count("session_finding")
              + " region findings, "
              + o.count("session_treatment")
              + " treatments, "
              + o.count("outcome_entry")
              + " outcome measures, "
              + o.count("treatment_plan")
              + " plans, "
              + o.count("audit_log")
              + " audit entries; database file "
              + Files.size(dir.resolve("knotwork.mv.db")) / (1 << 20)
              + " MB.");
    }
    report.add("");
    return dir;
  }

  /**
   * 10,000 clients (the stress preset's size) with ten years of visit dates. The visits are stored
   * without note content: the search reads only the clients and the date of each one's last visit.
   */
  private Path searchPractice() throws Exception {
    Path dir = base.resolve("search-10k");
    if (!Files.exists(dir.resolve("knotwork.mv.db"))) {
      DataDirectory data = DataDirectory.at(dir);
      data.ensureExists();
      DatabaseCredentials credentials = new PracticeKeys().create(data, PASSPHRASE.toCharArray());
      try (Database db = Database.open(data, credentials)) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        List<DemoClient> demo = new DemoDataGenerator(7, LocalDate.now(clock)).clients(10_000, 10);
        List<Long> ids =
            new ClientRepository(db.dsl())
                .insertAll(demo.stream().map(DemoClient::client).toList(), now);
        db.dsl()
            .connection(
                c -> {
                  c.setAutoCommit(false);
                  try (PreparedStatement insert =
                      c.prepareStatement(
                          "INSERT INTO session (client_id, service_start, duration_minutes,"
                              + " written_at) VALUES (?, ?, ?, ?)")) {
                    int n = 0;
                    for (int i = 0; i < demo.size(); i++) {
                      for (DemoVisit v : demo.get(i).visits()) {
                        insert.setLong(1, ids.get(i));
                        insert.setTimestamp(2, Timestamp.valueOf(v.start()));
                        insert.setInt(3, v.minutes());
                        insert.setTimestamp(4, Timestamp.valueOf(v.start().plusHours(1)));
                        insert.addBatch();
                        if (++n % 5_000 == 0) {
                          insert.executeBatch();
                          c.commit();
                        }
                      }
                    }
                    insert.executeBatch();
                    c.commit();
                  }
                });
      }
    }
    return dir;
  }

  // --- search -----------------------------------------------------------------------------

  private void search(Path dir) throws Exception {
    try (Opened o = open(dir)) {
      ClientService service = o.context.clients();
      ClientListViewModel list =
          new ClientListViewModel(
              service, new CurrentThreadTaskExecutor(), new RecordingDialogService());
      List<String> typed = keystrokes(o);
      String sql =
          "SELECT c.id, c.full_name, c.preferred_name, c.date_of_birth, c.archived_at,"
              + " c.last_visit FROM (SELECT s.client_id, s.recent_at, s.search_text"
              + " FROM client_search s WHERE NOT s.archived%s"
              + " ORDER BY s.recent_at DESC, s.search_text, s.client_id LIMIT "
              + (ClientListViewModel.LIMIT + 1)
              + ") l JOIN client c ON c.id = l.client_id"
              + " ORDER BY l.recent_at DESC, l.search_text, l.client_id";
      for (int round = 0; round < 3; round++) {
        for (String q : typed) {
          list.queryProperty().set(q);
          raw(o, sql, q);
        }
      }
      List<Double> viaViewModel = new ArrayList<>();
      List<Double> viaSql = new ArrayList<>();
      long found = 0;
      for (int round = 0; round < 5; round++) {
        for (String q : typed) {
          long t = System.nanoTime();
          list.queryProperty().set(q);
          viaViewModel.add((System.nanoTime() - t) / 1e6);
          found += list.clients().size();
          t = System.nanoTime();
          int rows = raw(o, sql, q);
          viaSql.add((System.nanoTime() - t) / 1e6);
          if (rows != list.clients().size()) {
            throw new IllegalStateException("the raw query and the list disagree for " + q);
          }
        }
      }
      Stats vm = Stats.of(viaViewModel);
      Stats raw = Stats.of(viaSql);
      report.add("## Search as you type (10,000 clients)");
      report.add("");
      report.add(
          "Each of "
              + typed.size()
              + " keystrokes (40 surnames typed a letter at a time, 1 to 6 letters) sets the"
              + " client list's query; the ViewModel searches and fills its list (on the calling"
              + " thread, which in the app is a background thread). The raw query is the same SQL"
              + " through JDBC: the listed clients and, when more match, their count. 5 rounds after 3 rounds of warm-up; on average "
              + found / viaViewModel.size()
              + " clients listed per keystroke.");
      report.add("");
      report.add("| | median | p95 | target |");
      report.add("|---|---|---|---|");
      report.add(row("Through the ViewModel", vm, "p95 ≤ 8 ms"));
      report.add(row("Raw SQL, same search", raw, ""));
      report.add(
          String.format(
              Locale.ROOT,
              "| ViewModel ÷ raw SQL | %.2f× | %.2f× | ≤ 2× |",
              vm.median() / raw.median(),
              vm.p95() / raw.p95()));
      report.add("");
    }
  }

  /** Prefixes of 40 surnames spread through the list, as typed. */
  private static List<String> keystrokes(Opened o) throws SQLException {
    List<String> names = new ArrayList<>();
    o.jdbc(
        c -> {
          try (var s = c.createStatement();
              ResultSet r = s.executeQuery("SELECT full_name FROM client ORDER BY id")) {
            int i = 0;
            while (r.next()) {
              if (i++ % 250 == 0) {
                names.add(r.getString(1));
              }
            }
          }
        });
    List<String> typed = new ArrayList<>();
    for (String name : names) {
      String surname = name.substring(name.lastIndexOf(' ') + 1);
      for (int n = 1; n <= Math.min(6, surname.length()); n++) {
        typed.add(surname.substring(0, n));
      }
    }
    return typed;
  }

  /**
   * The list's search through JDBC: the listed clients (one more than the list shows, to know
   * whether there are more) and, when there are more, the count of all matches.
   */
  private static int raw(Opened o, String sql, String query) throws SQLException {
    List<String> terms = SearchText.terms(query);
    String where = " AND s.search_text LIKE ?".repeat(terms.size());
    int[] rows = new int[1];
    o.jdbc(
        c -> {
          try (PreparedStatement p = c.prepareStatement(String.format(sql, where))) {
            bindTerms(p, terms);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                r.getLong(1);
                r.getString(2);
                r.getString(3);
                r.getObject(4);
                r.getObject(5);
                r.getObject(6);
                rows[0]++;
              }
            }
          }
          if (rows[0] > ClientListViewModel.LIMIT) {
            try (PreparedStatement p =
                c.prepareStatement(
                    "SELECT COUNT(*) FROM client_search s WHERE NOT s.archived" + where)) {
              bindTerms(p, terms);
              try (ResultSet r = p.executeQuery()) {
                r.next();
                r.getInt(1);
              }
            }
          }
        });
    return Math.min(rows[0], ClientListViewModel.LIMIT);
  }

  private static void bindTerms(PreparedStatement p, List<String> terms) throws SQLException {
    for (int i = 0; i < terms.size(); i++) {
      p.setString(i + 1, "%" + terms.get(i) + "%");
    }
  }

  // --- open a client ----------------------------------------------------------------------

  private void openClient(Path dir) throws Exception {
    try (Opened o = open(dir)) {
      long[] busiest = new long[2];
      o.jdbc(
          c -> {
            try (var s = c.createStatement();
                ResultSet r =
                    s.executeQuery(
                        "SELECT client_id, COUNT(*) n FROM session GROUP BY client_id"
                            + " ORDER BY n DESC, client_id LIMIT 1")) {
              r.next();
              busiest[0] = r.getLong(1);
              busiest[1] = r.getLong(2);
            }
          });
      HistoryService history = o.context.history();
      Supplier<Integer> opening =
          () ->
              history.overview(busiest[0]).regions().size()
                  + history.timeline(busiest[0], TimelineFilter.ALL).size()
                  + history.painSeries(busiest[0], null).size()
                  + history.overallPain(busiest[0]).size()
                  + (o.context.clients().load(busiest[0]) == null ? 0 : 1);
      long t0 = System.nanoTime();
      opening.get();
      double first = (System.nanoTime() - t0) / 1e6;
      for (int i = 0; i < 100; i++) {
        opening.get();
      }
      Stats warm = time(50, opening::get);
      report.add("## Opening a client (the busiest: " + busiest[1] + " sessions)");
      report.add("");
      report.add(
          "The client's record, overview, full timeline, pain series and overall pain, as the"
              + " client screen loads them; 50 openings after 100 of warm-up.");
      report.add("");
      report.add("| | median | p95 | target |");
      report.add("|---|---|---|---|");
      report.add(row("Open, warm", warm, "≤ 100 ms"));
      report.add(String.format(Locale.ROOT, "| First opening in this JVM | %.0f ms | | |", first));
      report.add("");
    }
  }

  // --- plan PDF ---------------------------------------------------------------------------

  private void planPdf(Path dir) throws Exception {
    byte[] pdf;
    Stats warm;
    double first;
    long[] plan = new long[2];
    try (Opened o = open(dir)) {
      o.jdbc(
          c -> {
            try (var s = c.createStatement();
                ResultSet r =
                    s.executeQuery(
                        "SELECT p.id, COUNT(h.plan_id) n FROM treatment_plan p JOIN plan_handout h"
                            + " ON h.plan_id = p.id WHERE p.status = 'ACTIVE' GROUP BY p.id"
                            + " ORDER BY ABS(COUNT(h.plan_id) - 3), p.id LIMIT 1")) {
              r.next();
              plan[0] = r.getLong(1);
              plan[1] = r.getLong(2);
            }
          });
      var documents = o.context.documents();
      long t0 = System.nanoTime();
      pdf = documents.plan(plan[0]).pdf();
      first = (System.nanoTime() - t0) / 1e6;
      for (int i = 0; i < 20; i++) {
        documents.plan(plan[0]);
      }
      warm = time(50, () -> documents.plan(plan[0]).pdf().length);
    }
    int pages;
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      pages = doc.getNumberOfPages();
      text = new PDFTextStripper().getText(doc);
    }
    Files.write(base.resolve("plan.pdf"), pdf);
    report.add("## Treatment plan PDF (" + plan[1] + " handouts, " + pages + " pages)");
    report.add("");
    report.add(
        "An active plan of the ten-year practice with its handouts, read from the database and"
            + " laid out with PDFBox; 50 runs after 20 of warm-up. LibreOffice converts a document"
            + " with the same text (HTML, one page break per PDF page) with"
            + " `soffice --headless --convert-to pdf`, a new process per conversion as a user would"
            + " run it; 5 runs after 1 of warm-up.");
    report.add("");
    report.add("| | median | p95 | target |");
    report.add("|---|---|---|---|");
    report.add(row("Knotwork, warm", warm, "≤ 100 ms"));
    report.add(String.format(Locale.ROOT, "| Knotwork, first in this JVM | %.0f ms | | |", first));
    Stats office = libreOffice(text);
    if (office == null) {
      report.add("| LibreOffice | not installed | | |");
    } else {
      report.add(row("LibreOffice headless", office, ""));
      report.add(
          String.format(
              Locale.ROOT,
              "| LibreOffice ÷ Knotwork (medians) | %.0f× | | ≥ 20× |",
              office.median() / warm.median()));
    }
    report.add("");
  }

  private Stats libreOffice(String text) throws Exception {
    String soffice = which("soffice");
    if (soffice == null) {
      return null;
    }
    Path work = base.resolve("libreoffice");
    Files.createDirectories(work);
    StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
    for (String page : text.split("\f")) {
      html.append("<div style=\"page-break-after: always\">");
      for (String line : page.split("\\R")) {
        html.append("<p>")
            .append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
            .append("</p>");
      }
      html.append("</div>");
    }
    html.append("</body></html>");
    Path source = work.resolve("plan.html");
    Files.writeString(source, html, StandardCharsets.UTF_8);
    List<Double> runs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      long t = System.nanoTime();
      Process p =
          new ProcessBuilder(
                  soffice,
                  "-env:UserInstallation=file://" + work.resolve("profile"),
                  "--headless",
                  "--convert-to",
                  "pdf",
                  "--outdir",
                  work.toString(),
                  source.toString())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("soffice.log").toFile())
              .start();
      if (p.waitFor() != 0 || !Files.exists(work.resolve("plan.pdf"))) {
        throw new IllegalStateException("LibreOffice did not convert the document");
      }
      if (i > 0) {
        runs.add((System.nanoTime() - t) / 1e6);
      }
      Files.delete(work.resolve("plan.pdf"));
    }
    return Stats.of(runs);
  }

  // --- backup and restore -----------------------------------------------------------------

  private void backupAndRestore(Path tenYear) throws Exception {
    Path work = base.resolve("backup-work");
    deleteTree(work);
    copyTree(tenYear, work.resolve("data"));
    Path folder = work.resolve("backups");
    List<Double> backups = new ArrayList<>();
    List<Double> restores = new ArrayList<>();
    Path last = null;
    long size = 0;
    for (int i = 0; i < 4; i++) {
      Opened o = open(work.resolve("data"));
      try {
        long t = System.nanoTime();
        last = o.context.backups().backupNow(folder);
        double ms = (System.nanoTime() - t) / 1e6;
        size = Files.size(last);
        if (i > 0) {
          backups.add(ms);
        }
        t = System.nanoTime();
        o.context.backups().restore(last, o.credentials, o::closeDatabase);
        ms = (System.nanoTime() - t) / 1e6;
        if (i > 0) {
          restores.add(ms);
        }
      } finally {
        o.close();
      }
    }
    report.add("## Backup and verified restore");
    report.add("");
    report.add(
        "A copy of the ten-year practice, backed up and then restored from that backup, 3 times"
            + " after one warm-up. The backup is H2's online copy, checksummed into the backup"
            + " file with its key and manifest; the restore checks the checksum, opens the copy"
            + " with the key and compares its counts, makes a safety backup of the current"
            + " records and then puts the copy in place. Backup file "
            + size / (1 << 20)
            + " MB.");
    report.add("");
    report.add("| | median | max | target |");
    report.add("|---|---|---|---|");
    Stats b = Stats.of(backups);
    Stats r = Stats.of(restores);
    report.add(
        String.format(
            Locale.ROOT, "| Backup | %.2f s | %.2f s | ≤ 5 s |", b.median() / 1e3, b.max() / 1e3));
    report.add(
        String.format(
            Locale.ROOT,
            "| Verified restore (with its safety backup) | %.2f s | %.2f s | ≤ 10 s |",
            r.median() / 1e3,
            r.max() / 1e3));
    report.add("");
    deleteTree(work);
  }

  // --- export the practice ---------------------------------------------------------------

  /**
   * {@code knotwork export-practice}'s work: every client's record as PDF and JSON in one ZIP. The
   * database statements are counted with a listener on the practice's jOOQ configuration.
   */
  private void exportPractice(Path tenYear) throws Exception {
    Path work = base.resolve("export-work");
    deleteTree(work);
    Files.createDirectories(work);
    List<Double> runs = new ArrayList<>();
    long[] statements = new long[1];
    RecordExport.Result result = null;
    long size = 0;
    int count = Integer.getInteger("bench.export.runs", 3);
    try (Opened o = open(tenYear)) {
      o.database
          .dsl()
          .configuration()
          .set(
              new org.jooq.impl.DefaultExecuteListenerProvider(
                  new org.jooq.ExecuteListener() {
                    @Override
                    public void executeStart(org.jooq.ExecuteContext ctx) {
                      statements[0]++;
                    }
                  }));
      for (int i = 0; i < count; i++) {
        Path zip = work.resolve("practice-" + i + ".zip");
        statements[0] = 0;
        long t = System.nanoTime();
        result = o.context.exports().exportPractice(zip);
        runs.add((System.nanoTime() - t) / 1e6);
        size = Files.size(zip);
        Files.delete(zip);
      }
    }
    Stats s = Stats.of(runs);
    report.add(
        "## Exporting the practice ("
            + result.clients()
            + " clients, "
            + result.notes()
            + " notes)");
    report.add("");
    report.add(
        "`knotwork export-practice`'s work: every client's record read and written as PDF and"
            + " JSON into one ZIP ("
            + size / (1 << 20)
            + " MB); "
            + count
            + " runs in one JVM, the first one cold. "
            + statements[0]
            + " database statements per export.");
    report.add("");
    report.add("| | median | max |");
    report.add("|---|---|---|");
    report.add(
        String.format(
            Locale.ROOT,
            "| Export the practice | %.1f s | %.1f s |",
            s.median() / 1e3,
            s.max() / 1e3));
    report.add("");
    deleteTree(work);
  }

  // --- helpers ----------------------------------------------------------------------------

  private Opened open(Path dir) {
    DataDirectory data = DataDirectory.at(dir);
    DatabaseCredentials credentials = new PracticeKeys().unlock(data, PASSPHRASE.toCharArray());
    Database db = Database.open(data, credentials);
    return new Opened(new AppContext(data, db, clock), db, credentials);
  }

  /** An opened practice for one benchmark. */
  private static final class Opened implements AutoCloseable {
    final AppContext context;
    final DatabaseCredentials credentials;
    final Database database;
    private boolean closed;

    Opened(AppContext context, Database database, DatabaseCredentials credentials) {
      this.context = context;
      this.database = database;
      this.credentials = credentials;
    }

    void jdbc(JdbcWork work) throws SQLException {
      try {
        database.dsl().connection(work::run);
      } catch (org.jooq.exception.DataAccessException e) {
        throw new SQLException(e);
      }
    }

    long count(String table) throws SQLException {
      long[] n = new long[1];
      jdbc(
          c -> {
            try (var s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
              r.next();
              n[0] = r.getLong(1);
            }
          });
      return n[0];
    }

    void closeDatabase() {
      if (!closed) {
        closed = true;
        context.close();
      }
    }

    @Override
    public void close() {
      closeDatabase();
    }
  }

  @FunctionalInterface
  interface JdbcWork {
    void run(Connection c) throws SQLException;
  }

  private static Stats time(int runs, Supplier<Integer> work) {
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      work.get();
      ms.add((System.nanoTime() - t) / 1e6);
    }
    return Stats.of(ms);
  }

  static String row(String what, Stats s, String target) {
    return String.format(
        Locale.ROOT, "| %s | %s | %s | %s |", what, ms(s.median()), ms(s.p95()), target);
  }

  static String ms(double millis) {
    return millis < 10
        ? String.format(Locale.ROOT, "%.2f ms", millis)
        : String.format(Locale.ROOT, "%.0f ms", millis);
  }

  /** Median, 95th percentile and maximum of a set of timings. */
  record Stats(double median, double p95, double max, int n) {
    static Stats of(List<Double> values) {
      double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      if (v.length == 0) {
        throw new IllegalArgumentException("no timings");
      }
      double median =
          v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      int p95 = Math.max(0, (int) Math.ceil(v.length * 0.95) - 1);
      return new Stats(median, v[p95], v[v.length - 1], v.length);
    }
  }

  static String which(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(dir, command);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().endsWith(".lock")) {
          Files.copy(p, target);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private void writeInto(Path doc, String text) throws IOException {
    String current = Files.readString(doc);
    int start = current.indexOf(MARK_START);
    int end = current.indexOf(MARK_END);
    if (start < 0 || end < start) {
      throw new IllegalStateException(doc + " has no results markers");
    }
    Files.writeString(
        doc,
        current.substring(0, start + MARK_START.length()) + "\n" + text + current.substring(end));
  }
}
