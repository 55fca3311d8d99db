package org.knotwork.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.audit.AuditEntry;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.PracticeKeys;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionSummary;

/** A client's record, and the whole practice's, exported from a demo practice and read back. */
class RecordExportTest {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir static Path dir;
  private static Database db;
  private static AppContext context;

  /** A demo client with at least one addendum, more than one plan and some measures. */
  private static long richClient;

  @BeforeAll
  static void demo() {
    DataDirectory data = DataDirectory.at(dir.resolve("practice"));
    db = Database.open(data, PracticeKeys.forTests().create(data, "harbour lantern".toCharArray()));
    context = new AppContext(data, db, CLOCK);
    context.demo().create(12, 2, 42L);
    richClient =
        context.clients().search("", true).stream()
            .map(ClientSummary::id)
            .filter(
                id ->
                    context.sessions().list(id).stream().anyMatch(s -> s.addenda() > 0)
                        && context.plans().plans(id).size() > 1
                        && !context.outcomes().entries(id).isEmpty())
            .findFirst()
            .orElseThrow();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static RecordExport exports() {
    return context.exports();
  }

  @Test
  void oneClientsZipHoldsThePdfTheJsonAndAReadmeInTheirFolder() throws IOException {
    Path zip = dir.resolve("one/record.zip");

    RecordExport.Result result = exports().exportClient(richClient, zip);

    String folder =
        RecordExport.folderName(context.clients().load(richClient).fullName(), today()) + "/";
    assertThat(entries(zip).keySet())
        .containsExactly(
            folder, folder + "record.pdf", folder + "record.json", folder + "README.txt");
    assertThat(result.notes()).isEqualTo(context.sessions().list(richClient).size());
    assertThat(Files.list(zip.getParent()).map(p -> p.getFileName().toString()))
        .as("no .part file is left behind")
        .containsExactly("record.zip");
    String readme = new String(entries(zip).get(folder + "README.txt"), StandardCharsets.UTF_8);
    assertThat(readme)
        .contains("record.pdf", "record.json", "addendum", "not protected by a")
        .contains(context.clients().load(richClient).fullName());
  }

  @Test
  void theJsonParsesBackWithEveryNoteAddendumMeasureAndPlan() throws IOException {
    Path zip = dir.resolve("json/record.zip");
    exports().exportClient(richClient, zip);
    JsonNode json = new ObjectMapper().readTree(only(zip, "record.json"));

    assertThat(json.get("format").asText()).isEqualTo("knotwork-client-record");
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("exportedAt").asText()).isEqualTo("2026-11-22T15:40:00");
    assertThat(json.get("client").get("id").asLong()).isEqualTo(richClient);
    assertThat(json.get("client").get("fullName").asText())
        .isEqualTo(context.clients().load(richClient).fullName());

    List<SessionSummary> stored = context.sessions().list(richClient);
    JsonNode notes = json.get("sessionNotes");
    assertThat(notes).hasSize(stored.size());
    List<Long> ids = new ArrayList<>();
    notes.forEach(n -> ids.add(n.get("id").asLong()));
    assertThat(ids)
        .containsExactlyInAnyOrderElementsOf(stored.stream().map(SessionSummary::id).toList());
    List<String> starts = new ArrayList<>();
    notes.forEach(n -> starts.add(n.get("serviceStart").asText()));
    assertThat(starts).as("oldest first, ISO dates").isSorted();
    assertThat(starts.get(0)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");

    int addenda = 0;
    for (JsonNode n : notes) {
      SessionNote note = context.sessions().load(n.get("id").asLong());
      assertThat(n.get("status").asText()).isEqualTo(note.status().name());
      assertThat(n.get("addenda")).hasSize(note.addenda().size());
      for (int i = 0; i < note.addenda().size(); i++) {
        JsonNode a = n.get("addenda").get(i);
        assertThat(a.get("text").asText()).isEqualTo(note.addenda().get(i).text());
        assertThat(a.get("reason").asText()).isEqualTo(note.addenda().get(i).reason());
        assertThat(a.get("author").asText()).isEqualTo(note.addenda().get(i).author());
      }
      addenda += note.addenda().size();
      assertThat(n.get("findings")).hasSize(note.findings().size());
      if (note.signed()) {
        JsonNode signature = n.get("signature");
        assertThat(signature.get("contentSha256").asText()).isEqualTo(note.contentHash());
        assertThat(signature.get("signedBy").isNull()).isFalse();
        assertThat(signature.get("contentMatchesHash").asBoolean()).isTrue();
      } else {
        assertThat(n.get("signature").isNull()).isTrue();
      }
    }
    assertThat(addenda).isPositive();

    List<OutcomeEntry> measures = context.outcomes().entries(richClient);
    assertThat(json.get("outcomeMeasures")).hasSize(measures.size());
    assertThat(json.get("outcomeMeasures").get(0).get("instrument").get("code").asText())
        .isEqualTo(measures.get(0).instrument().code());
    assertThat(json.get("outcomeMeasures").get(0).get("score").asDouble())
        .isEqualTo(measures.get(0).score());

    List<TreatmentPlan> plans = context.plans().plans(richClient);
    assertThat(json.get("treatmentPlans")).hasSize(plans.size());
    List<String> statuses = new ArrayList<>();
    json.get("treatmentPlans").forEach(p -> statuses.add(p.get("status").asText()));
    assertThat(statuses)
        .containsExactlyInAnyOrderElementsOf(plans.stream().map(p -> p.status().name()).toList());
    assertThat(
            StreamSupport.stream(json.get("auditLog").spliterator(), false)
                .map(a -> a.get("action").asText()))
        .contains("SIGN", "CREATE", "ADDENDUM");
  }

  @Test
  void everyMeasureSaysWhichUnitItsScoreIsIn() throws IOException {
    Path zip = dir.resolve("units/record.zip");
    exports().exportClient(richClient, zip);
    JsonNode json = new ObjectMapper().readTree(only(zip, "record.json"));

    List<OutcomeEntry> measures = context.outcomes().entries(richClient);
    for (int i = 0; i < measures.size(); i++) {
      JsonNode m = json.get("outcomeMeasures").get(i);
      OutcomeEntry stored = measures.get(i);
      assertThat(m.get("scoreText").asText()).isEqualTo(stored.formattedScore());
      assertThat(m.get("instrument").get("scoreUnit").asText())
          .isEqualTo(stored.instrument().code().equals("ODI") ? "percent" : "points");
      if (stored.instrument().code().equals("NDI")) {
        assertThat(m.get("scoreText").asText()).matches("[0-9.]+/50 \\([0-9.]+%\\)");
      }
    }
  }

  @Test
  void everyKeyIsPresentEvenWhenNothingIsRecorded() throws IOException {
    long bare =
        context
            .clients()
            .save(org.knotwork.client.Client.builder().fullName("Nadia Newcomer").build())
            .id();
    Path zip = dir.resolve("bare/record.zip");
    exports().exportClient(bare, zip);
    JsonNode json = new ObjectMapper().readTree(only(zip, "record.json"));

    assertThat(json.get("client").has("dateOfBirth")).isTrue();
    assertThat(json.get("client").get("dateOfBirth").isNull()).isTrue();
    assertThat(json.get("sessionNotes").isArray()).isTrue();
    assertThat(json.get("sessionNotes")).isEmpty();
    assertThat(json.get("healthHistory").get("consent").get("generalConsentOn").isNull()).isTrue();
  }

  @Test
  void thePdfNamesTheClientEveryNoteDateAndEveryAddendum() throws IOException {
    Path zip = dir.resolve("pdf/record.zip");
    exports().exportClient(richClient, zip);
    String text;
    try (PDDocument doc = Loader.loadPDF(only(zip, "record.pdf"))) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    assertThat(text).contains("Record of care", context.clients().load(richClient).fullName());
    for (SessionSummary s : context.sessions().list(richClient)) {
      assertThat(text).contains("Session on " + DAY.format(s.serviceStart()));
      for (var a : context.sessions().load(s.id()).addenda()) {
        assertThat(text).contains(a.text().replaceAll("\\s+", " "));
      }
    }
  }

  @Test
  void theAppointmentsAreInTheJsonAndThePdfWithWhoCancelledAndThePrivateNote() throws IOException {
    var book = context.appointments();
    var kept =
        book.book(
            new org.knotwork.appointment.Booking(
                richClient,
                java.time.LocalDateTime.of(2026, 11, 30, 10, 0),
                45,
                book.services().get(0).id(),
                org.knotwork.appointment.Place.clientHome("3 Wren Lane, Kettleford"),
                20,
                20,
                "Bring the bolster"),
            true);
    var called =
        book.book(
            org.knotwork.appointment.Booking.inRoom(
                richClient, java.time.LocalDateTime.of(2026, 11, 25, 14, 0), 60),
            true);
    book.cancel(called.id(), org.knotwork.appointment.CancelledBy.CLIENT);
    List<org.knotwork.appointment.Appointment> all = book.forClient(richClient);
    assertThat(all).anyMatch(a -> a.sessionId() != null);

    Path zip = dir.resolve("appointments/record.zip");
    exports().exportClient(richClient, zip);
    JsonNode json = new ObjectMapper().readTree(only(zip, "record.json"));
    JsonNode appointments = json.get("appointments");
    assertThat(appointments).hasSize(all.size());
    Map<Long, JsonNode> byId = new LinkedHashMap<>();
    appointments.forEach(a -> byId.put(a.get("id").asLong(), a));
    JsonNode home = byId.get(kept.id());
    assertThat(home.get("start").asText()).isEqualTo("2026-11-30T10:00:00");
    assertThat(home.get("lengthMinutes").asInt()).isEqualTo(45);
    assertThat(home.get("service").asText()).isEqualTo(book.services().get(0).name());
    assertThat(home.get("place").asText()).isEqualTo("CLIENT_HOME");
    assertThat(home.get("address").asText()).isEqualTo("3 Wren Lane, Kettleford");
    assertThat(home.get("state").asText()).isEqualTo("BOOKED");
    assertThat(home.get("cancelledBy").isNull()).isTrue();
    assertThat(home.get("privateNote").asText()).isEqualTo("Bring the bolster");
    JsonNode cancelled = byId.get(called.id());
    assertThat(cancelled.get("state").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.get("cancelledBy").asText()).isEqualTo("CLIENT");
    assertThat(cancelled.get("cancelledAt").asText()).isEqualTo("2026-11-22T15:40:00");
    assertThat(cancelled.get("place").asText()).isEqualTo("ROOM");
    assertThat(cancelled.get("address").isNull()).isTrue();
    for (var a : all) {
      JsonNode n = byId.get(a.id());
      if (a.sessionId() == null) {
        assertThat(n.get("sessionNoteId").isNull()).isTrue();
      } else {
        assertThat(n.get("sessionNoteId").asLong()).isEqualTo(a.sessionId());
      }
    }
    List<String> starts = new ArrayList<>();
    appointments.forEach(a -> starts.add(a.get("start").asText()));
    assertThat(starts).isSorted();
    List<String> audited = new ArrayList<>();
    json.get("auditLog")
        .forEach(
            e -> {
              if (e.get("entity").asText().equals("appointment")) {
                audited.add(e.get("action").asText() + " " + e.get("entityId").asLong());
              }
            });
    assertThat(audited).contains("CREATE " + kept.id(), "CANCEL " + called.id());
    assertThat(json.get("auditLog").toString()).doesNotContain("bolster");

    String text;
    try (PDDocument doc = Loader.loadPDF(only(zip, "record.pdf"))) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    assertThat(text)
        .contains("Appointments")
        .contains("Cancelled by the client on 22 Nov 2026 at 15:40")
        .contains("Note: Bring the bolster")
        .contains("3 Wren Lane, Kettleford")
        .contains("10:00–10:45");
  }

  @Test
  void anExportIsAuditedWithoutClinicalText() {
    exports().exportClient(richClient, dir.resolve("audit/record.zip"));

    List<AuditEntry> entries = context.audit().about("client", richClient);
    assertThat(entries)
        .filteredOn(e -> e.action() == AuditEntry.Action.EXPORT)
        .isNotEmpty()
        .allSatisfy(
            e -> {
              assertThat(e.entity()).isEqualTo("client");
              assertThat(e.entityId()).isEqualTo(richClient);
            });
  }

  @Test
  void theWholePracticeHasPracticeJsonAndAFolderPerClient() throws IOException {
    Path zip = dir.resolve("all/practice.zip");
    List<ClientSummary> clients = context.clients().search("", true);

    RecordExport.Result result = exports().exportPractice(zip);

    assertThat(result.clients()).isEqualTo(clients.size());
    Map<String, byte[]> entries = entries(zip);
    JsonNode practice = new ObjectMapper().readTree(entries.get("practice.json"));
    assertThat(practice.get("format").asText()).isEqualTo("knotwork-practice-export");
    assertThat(practice.get("practice").get("name").asText()).isNotBlank();
    assertThat(practice.get("clients")).hasSize(clients.size());
    for (JsonNode c : practice.get("clients")) {
      String folder = c.get("folder").asText();
      assertThat(entries).containsKeys(folder + "/record.pdf", folder + "/README.txt");
      JsonNode record = new ObjectMapper().readTree(entries.get(folder + "/record.json"));
      assertThat(record.get("client").get("id").asLong()).isEqualTo(c.get("id").asLong());
    }
    assertThat(entries).containsKey("README.txt");
    assertThat(context.audit().about("practice", 1))
        .extracting(AuditEntry::action)
        .contains(AuditEntry.Action.EXPORT);
  }

  @Test
  void exportsCanBeReadByTheUserOnly() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path one = dir.resolve("private/record.zip");
    Path all = dir.resolve("private/practice.zip");
    Files.createDirectories(one.getParent());
    Files.writeString(one, "an earlier export, readable by everyone");
    Files.setPosixFilePermissions(one, PosixFilePermissions.fromString("rw-r--r--"));

    exports().exportClient(richClient, one);
    exports().exportPractice(all);

    Set<PosixFilePermission> userOnly = PosixFilePermissions.fromString("rw-------");
    assertThat(Files.getPosixFilePermissions(one)).isEqualTo(userOnly);
    assertThat(Files.getPosixFilePermissions(all)).isEqualTo(userOnly);
    assertThat(Files.list(one.getParent())).containsExactlyInAnyOrder(one, all);
  }

  @Test
  void aFileThatCannotBeWrittenLeavesNothingBehindAndIsNotAudited() throws IOException {
    Path blocker = dir.resolve("blocker");
    Files.writeString(blocker, "a file where a folder should be");
    Path zip = blocker.resolve("record.zip");
    long exportsBefore = exportsAudited();

    assertThatThrownBy(() -> exports().exportClient(richClient, zip))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("could not be written");

    assertThat(exportsAudited()).isEqualTo(exportsBefore);
    assertThat(Files.readString(blocker)).isEqualTo("a file where a folder should be");
  }

  @Test
  void anUnfinishedExportDoesNotReplaceAnEarlierFile() throws IOException {
    Path zip = dir.resolve("keep/record.zip");
    Files.createDirectories(zip.getParent());
    Files.writeString(zip, "the earlier export");

    assertThatThrownBy(() -> exports().exportClient(Long.MAX_VALUE, zip))
        .isInstanceOf(IllegalStateException.class);

    assertThat(Files.readString(zip)).isEqualTo("the earlier export");
    assertThat(Files.list(zip.getParent())).hasSize(1);
  }

  @Test
  void folderNamesKeepTheNameAsWrittenWithEveryLetter() {
    LocalDate day = LocalDate.of(2026, 11, 22);

    assertThat(RecordExport.folderName("Anna Berg", day)).isEqualTo("Anna-Berg-record-2026-11-22");
    assertThat(RecordExport.folderName("Renée Müller Jr", day))
        .isEqualTo("Renée-Müller-Jr-record-2026-11-22");
    assertThat(RecordExport.folderName("Nguyễn Thị Hương", day))
        .isEqualTo("Nguyễn-Thị-Hương-record-2026-11-22");
    assertThat(RecordExport.folderName("Zoë Łukasiewicz", day))
        .isEqualTo("Zoë-Łukasiewicz-record-2026-11-22");
    assertThat(RecordExport.folderName("Mary Ann  O'Neill", day))
        .isEqualTo("Mary-Ann-O'Neill-record-2026-11-22");
    assertThat(RecordExport.folderName("Cher", day)).isEqualTo("Cher-record-2026-11-22");
    assertThat(RecordExport.folderName("  ", day)).isEqualTo("Client-record-2026-11-22");
    assertThat(exports().fileName("Renée Müller Jr"))
        .isEqualTo("Renée-Müller-Jr-record-2026-11-22.zip");
  }

  @Test
  void folderNamesHoldOnlyCharactersEveryFileSystemAccepts() {
    LocalDate day = LocalDate.of(2026, 11, 22);

    assertThat(RecordExport.folderName("Ann/Berg\\Smith: \"Annie\" <*?|>", day))
        .isEqualTo("Ann_Berg_Smith_-_Annie_-_____-record-2026-11-22");
    assertThat(RecordExport.folderName("Anna\tBerg\n", day))
        .isEqualTo("Anna-Berg-record-2026-11-22");
    assertThat(RecordExport.folderName("Anna\u0007 Berg\u202e", day))
        .as("control and text-direction characters")
        .isEqualTo("Anna_-Berg_-record-2026-11-22");
    assertThat(RecordExport.folderName("Rene\u0301e Mu\u0308ller", day))
        .as("accents composed, as macOS and Windows show them")
        .isEqualTo("Renée-Müller-record-2026-11-22");
    assertThat(RecordExport.folderName("..Anna Berg.", day))
        .isEqualTo("Anna-Berg-record-2026-11-22");
    assertThat(RecordExport.folderName("Hương ".repeat(40), day))
        .as("long names are shortened")
        .hasSize(80 + "-record-2026-11-22".length())
        .startsWith("Hương-Hương-");
  }

  @Test
  void aPracticeExportHasAFolderPerClientNamedAsWritten() throws IOException {
    long renee =
        context
            .clients()
            .save(org.knotwork.client.Client.builder().fullName("Renée Müller Jr").build())
            .id();
    long huong =
        context
            .clients()
            .save(org.knotwork.client.Client.builder().fullName("Nguyễn Thị Hương").build())
            .id();
    Path zip = dir.resolve("named/practice.zip");

    exports().exportPractice(zip);

    JsonNode practice = new ObjectMapper().readTree(entries(zip).get("practice.json"));
    Map<Long, String> folders = new LinkedHashMap<>();
    practice
        .get("clients")
        .forEach(c -> folders.put(c.get("id").asLong(), c.get("folder").asText()));
    assertThat(folders.get(renee)).isEqualTo("Renée-Müller-Jr-record-2026-11-22");
    assertThat(folders.get(huong)).isEqualTo("Nguyễn-Thị-Hương-record-2026-11-22");
    assertThat(entries(zip)).containsKey("Nguyễn-Thị-Hương-record-2026-11-22/record.pdf");
  }

  private static long exportsAudited() {
    return context.audit().about("client", richClient).stream()
        .filter(e -> e.action() == AuditEntry.Action.EXPORT)
        .count();
  }

  private static LocalDate today() {
    return LocalDate.now(CLOCK);
  }

  /** The one entry whose name ends with {@code suffix}. */
  private static byte[] only(Path zip, String suffix) throws IOException {
    List<byte[]> found =
        entries(zip).entrySet().stream()
            .filter(e -> e.getKey().endsWith("/" + suffix))
            .map(Map.Entry::getValue)
            .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  @Test
  void gatheringARecordTakesAsManyQueriesForTwentyTwoNotesAsForTwo(@TempDir Path own) {
    int[] queries = {0};
    try (Database counted = Database.inMemory()) {
      counted
          .dsl()
          .configuration()
          .set(
              new org.jooq.impl.DefaultExecuteListenerProvider(
                  new org.jooq.ExecuteListener() {
                    @Override
                    public void executeStart(org.jooq.ExecuteContext ctx) {
                      queries[0]++;
                    }
                  }));
      AppContext app = new AppContext(DataDirectory.at(own), counted, CLOCK);
      long client =
          app.clients()
              .save(org.knotwork.client.Client.builder().fullName("Maya Torres").build())
              .id();
      var sessions = new org.knotwork.session.SessionRepository(counted.dsl());
      java.util.function.IntConsumer addNotes =
          n ->
              sessions.importNotes(
                  java.util.stream.IntStream.range(0, n)
                      .mapToObj(
                          i -> {
                            var start = java.time.LocalDateTime.of(2026, 1, 5, 9, 0).plusDays(i);
                            return SessionNote.draft(client, start, 60, Set.of(), start)
                                .withFindings(
                                    List.of(org.knotwork.session.SessionFixtures.lowerBackRight()))
                                .signedAs(start.plusHours(1), null);
                          })
                      .toList(),
                  "anna");
      addNotes.accept(2);
      queries[0] = 0;
      assertThat(app.exports().gather(client).notes()).hasSize(2);
      int forTwo = queries[0];

      addNotes.accept(20);
      queries[0] = 0;
      assertThat(app.exports().gather(client).notes()).hasSize(22);

      assertThat(queries[0]).isEqualTo(forTwo);
    }
  }
}
