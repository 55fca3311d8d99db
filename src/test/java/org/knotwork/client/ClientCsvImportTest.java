package org.knotwork.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.db.Database;
import org.knotwork.db.generated.Tables;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.testing.MovableClock;

class ClientCsvImportTest {
  private Database db;
  private ClientCsvImport importer;
  private ClientService clients;

  @BeforeEach
  void open() {
    db = Database.inMemory();
    MovableClock clock = new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    new PracticeService(new PracticeRepository(db.dsl()), clock)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    importer = new ClientCsvImport(new ClientRepository(db.dsl()), clock);
    clients = new ClientService(new ClientRepository(db.dsl()), clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aGoodFileWithBomAndSemicolonsImportsEveryRow() {
    String csv =
        "\uFEFFName;DOB;E-mail;Phone;Shoe size\n"
            + "Zoë Łukasiewicz;1984-03-14;zoe@example.org;07700 900123;38\n"
            + "\"Ó Súilleabháin, Siobhán\";14/03/1990;;;\n";
    var preview = importer.preview(csv.getBytes(StandardCharsets.UTF_8));

    assertThat(preview.problems()).isEmpty();
    assertThat(preview.clients())
        .extracting(Client::fullName, Client::dateOfBirth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Zoë Łukasiewicz", LocalDate.of(1984, 3, 14)),
            org.assertj.core.groups.Tuple.tuple(
                "Ó Súilleabháin, Siobhán", LocalDate.of(1990, 3, 14)));
    var ids = importer.importAll(preview);
    assertThat(ids).hasSize(2);
    assertThat(new org.knotwork.audit.AuditRepository(db.dsl()).about("client", ids.get(0)))
        .extracting(org.knotwork.audit.AuditEntry::action)
        .containsExactly(org.knotwork.audit.AuditEntry.Action.IMPORT);
    assertThat(clients.search("lukasiewicz", false)).hasSize(1);
  }

  @Test
  void everyBadRowIsReportedWithItsLineAndNothingIsImported() {
    String csv =
        "Full name,Date of birth,Email\n"
            + "Anna Berg,1980-01-01,anna@example.org\n"
            + ",1980-01-01,\n"
            + "Ben Ode,31/02/1990,\n"
            + "Cara Dunn,2030-01-01,\n"
            + "Dev Patel,1975-05-05,not-an-email\n"
            + "Eve Long,1970-01-01\n";
    var preview = importer.preview(csv.getBytes(StandardCharsets.UTF_8));

    assertThat(preview.problems())
        .extracting(ClientCsvImport.Problem::line)
        .containsExactly(3L, 4L, 5L, 6L, 7L);
    assertThat(preview.problems().get(1).message()).contains("\"31/02/1990\" is not a real date");
    assertThat(preview.problems().get(4).message()).contains("has 2 values but the header names 3");
    assertThatThrownBy(() -> importer.importAll(preview))
        .hasMessageContaining("Nothing was imported");
    assertThat(db.dsl().fetchCount(Tables.CLIENT)).isZero();
  }

  @Test
  void everyProblemOfALineIsListedNotOnlyTheFirst() {
    String csv =
        "Full name,Date of birth,Email,Phone\n"
            + "Anna Berg,1980-01-01,anna@example.org,07700 900123\n"
            + "Cara Dunn,2030-01-01,not-an-email,12\n"
            + ",31/02/1990,,\n";
    var preview = importer.preview(csv.getBytes(StandardCharsets.UTF_8));

    assertThat(preview.problems())
        .extracting(ClientCsvImport.Problem::line)
        .containsExactly(3L, 4L);
    assertThat(preview.problems().get(0).messages())
        .containsExactly(
            "date of birth is in the future",
            "this does not look like an e-mail address (name@example.org)",
            "a phone number has between 6 and 15 digits");
    assertThat(preview.problems().get(0))
        .hasToString(
            "Line 3: date of birth is in the future; this does not look like an e-mail"
                + " address (name@example.org); a phone number has between 6 and 15 digits.");
    assertThat(preview.problems().get(1).messages())
        .containsExactly(
            "enter the client's full name",
            "the date of birth \"31/02/1990\" is not a real date (write it as 1984-03-14 or"
                + " 14/03/1984)");
  }

  @Test
  void aFileInAnotherEncodingIsRefusedAtItsFirstBadLine() {
    byte[] latin1 =
        "Full name\nAnna Berg\nZoë Łuk\n".getBytes(java.nio.charset.Charset.forName("ISO-8859-2"));
    var preview = importer.preview(latin1);
    assertThat(preview.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.message()).contains("not UTF-8");
            });
  }

  @Test
  void aMissingHeaderIsExplained() {
    var preview = importer.preview("Anna Berg,1980-01-01\n".getBytes(StandardCharsets.UTF_8));
    assertThat(preview.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).contains("must be \"Full name\"");
            });
  }

  @Test
  void aQuoteLeftOpenIsReportedWhereItStarts() {
    String csv = "Full name,Notes\nAnna Berg,fine\nBen Ode,\"starts here\nand never ends\n";
    var preview = importer.preview(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(preview.importable()).isFalse();
    assertThat(preview.problems())
        .anySatisfy(p -> assertThat(p.message()).contains("never closed"));
  }

  @Test
  void emptyAndHugeFilesAreRefused() {
    assertThat(importer.preview(new byte[0]).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("empty"));
    assertThat(importer.preview("Full name\n".getBytes(StandardCharsets.UTF_8)).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no clients"));
    byte[] huge = new byte[ClientCsvImport.MAX_BYTES + 1];
    assertThat(importer.preview(huge).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("larger than 5 MB"));
  }

  @Test
  void likelyDuplicatesAreShownBeforeImporting() {
    clients.save(
        Client.builder().fullName("Anna Berg").dateOfBirth(LocalDate.of(1980, 1, 1)).build());
    String csv =
        "Full name,Date of birth\n"
            + "anna berg,1980-01-01\n"
            + "Ben Ode,1990-02-02\n"
            + "Ben Ode,1990-02-02\n"
            + "Anna Berg,1981-01-01\n";
    var preview = importer.preview(csv.getBytes(StandardCharsets.UTF_8));

    assertThat(preview.problems()).isEmpty();
    assertThat(preview.duplicates())
        .extracting(ClientCsvImport.Duplicate::line, ClientCsvImport.Duplicate::sameAs)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "client 1"),
            org.assertj.core.groups.Tuple.tuple(4L, "line 3"));
  }

  @Test
  void tenThousandRowsPreviewQuickly() {
    StringBuilder csv = new StringBuilder("Full name,Date of birth\n");
    for (int i = 0; i < 10_000; i++) {
      csv.append("Client ").append(i).append(",1980-01-0").append(1 + i % 9).append('\n');
    }
    var preview = importer.preview(csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(preview.problems()).isEmpty();
    assertThat(preview.clients()).hasSize(10_000);
  }

  @Test
  void likelyDuplicatesAreLeftOutUnlessIncluded() {
    clients.save(
        Client.builder().fullName("Anna Berg").dateOfBirth(LocalDate.of(1980, 1, 1)).build());
    String csv =
        "Full name,Date of birth\n"
            + "Anna Berg,1980-01-01\n"
            + "Ben Ode,1990-02-02\n"
            + "Ben Ode,1990-02-02\n"
            + "Cara Dunn,1975-05-05\n";
    var preview = importer.preview(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(preview.rows())
        .extracting(ClientCsvImport.Row::line)
        .containsExactly(2L, 3L, 4L, 5L);
    assertThat(preview.duplicates())
        .extracting(ClientCsvImport.Duplicate::alreadyOnFile)
        .containsExactly(true, false);

    assertThat(importer.importAll(preview, false)).hasSize(2);
    assertThat(clients.search("", false))
        .extracting(ClientSummary::fullName)
        .containsExactlyInAnyOrder("Anna Berg", "Ben Ode", "Cara Dunn");
    assertThat(importer.importAll(preview, true)).hasSize(4);
    assertThat(db.dsl().fetchCount(Tables.CLIENT)).isEqualTo(7);
  }

  @Test
  void columnsThatAreNotReadAreNamed() {
    var preview =
        importer.preview(
            "Name;Shoe size;;Phone\nAnna Berg;38;;07700 900123\n".getBytes(StandardCharsets.UTF_8));
    assertThat(preview.problems()).isEmpty();
    assertThat(preview.ignoredColumns()).containsExactly("Shoe size");
    assertThat(preview.clients().get(0).phone()).isEqualTo("07700 900123");
  }

  @Test
  void theKnownColumnsAreTheOnesTheHeaderAccepts() {
    assertThat(ClientCsvImport.knownColumns())
        .extracting(ClientCsvImport.KnownColumn::name)
        .startsWith("Full name", "Date of birth")
        .contains("Phone", "Email", "Pronouns", "Notes");
    assertThat(ClientCsvImport.knownColumns().get(0).otherNames()).contains("Name", "Client");
    assertThat(ClientCsvImport.knownColumns().get(0).required()).isTrue();
    StringBuilder header = new StringBuilder();
    for (var column : ClientCsvImport.knownColumns()) {
      String name = column.otherNames().isEmpty() ? column.name() : column.otherNames().get(0);
      header.append(header.length() == 0 ? "" : ",").append(name);
    }
    var preview =
        importer.preview(
            (header + "\n" + "Anna Berg" + ",".repeat(ClientCsvImport.knownColumns().size() - 1))
                .getBytes(StandardCharsets.UTF_8));
    assertThat(preview.problems()).as(header.toString()).isEmpty();
    assertThat(preview.clients()).hasSize(1);
  }

  @Test
  void aFileTooLargeIsRefusedBeforeItIsRead(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("big.csv");
    try (var out = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(ClientCsvImport.MAX_BYTES + 1L);
    }
    assertThat(importer.preview(file).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("larger than 5 MB"));
    java.nio.file.Files.writeString(file, "Full name\nAnna Berg\n");
    assertThat(importer.preview(file).clients())
        .extracting(Client::fullName)
        .containsExactly("Anna Berg");
  }
}
