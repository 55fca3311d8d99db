package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.audit.AuditEntry;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;

/** {@code knotwork export-client} and {@code export-practice}: a ZIP, or one line and exit 1. */
class ExportCommandsTest {
  private static final String PASSPHRASE = "harbour lantern meadow";
  @TempDir static Path dir;
  private static long clientId;
  private static String clientName;
  private static int clientCount;

  @BeforeAll
  static void demo() throws IOException {
    DataDirectory data = DataDirectory.at(dir);
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
    Files.writeString(dir.resolve("pass.txt"), PASSPHRASE + "\n");
    DatabaseCredentials key = PracticeKeys.forTests().create(data, PASSPHRASE.toCharArray());
    try (Database db = Database.open(data, key)) {
      AppContext context = new AppContext(data, db, clock);
      context.demo().create(4, 1, 7L);
      List<ClientSummary> all = context.clients().search("", true);
      clientCount = all.size();
      clientId = all.get(0).id();
      clientName = all.get(0).fullName();
    }
  }

  private static Cli.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--data-dir", dir.toString(), "--passphrase-file", dir.resolve("pass.txt").toString()));
    return Cli.run(all.toArray(String[]::new));
  }

  @Test
  void exportClientWritesTheRecordFoundByExactName() throws IOException {
    Path out = dir.resolve("out/record.zip");

    Cli.Result r = run("export-client", clientName, "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote the record of " + clientName, "not encrypted");
    assertThat(names(out))
        .hasSize(4)
        .anyMatch(n -> n.endsWith("/record.pdf"))
        .anyMatch(n -> n.endsWith("/record.json"))
        .anyMatch(n -> n.endsWith("/README.txt"));
    try (Database db = reopen()) {
      assertThat(new org.knotwork.audit.AuditRepository(db.dsl()).about("client", clientId))
          .extracting(AuditEntry::action)
          .contains(AuditEntry.Action.EXPORT);
    }
  }

  @Test
  void anUnknownClientGetsOneLineAndExitCodeOne() {
    Path out = dir.resolve("nobody.zip");

    Cli.Result r = run("export-client", "Nobody Here", "--out", out.toString());
    Cli.Result byId = run("export-client", "999999", "--out", out.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).contains("There is no client called \"Nobody Here\"");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
    assertThat(byId.code()).isEqualTo(1);
    assertThat(byId.err()).contains("There is no client with id 999999.");
    assertThat(out).doesNotExist();
  }

  @Test
  void exportPracticeWritesEveryClient() throws IOException {
    Path out = dir.resolve("all.zip");

    Cli.Result r = run("export-practice", "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote the records of " + clientCount + " clients");
    List<String> names = names(out);
    assertThat(names).contains("practice.json", "README.txt");
    assertThat(names.stream().filter(n -> n.endsWith("/record.json"))).hasSize(clientCount);
  }

  @Test
  void withoutAPracticeFolderNothingIsWritten() {
    Path out = dir.resolve("none.zip");
    Cli.Result r =
        Cli.run(
            "export-practice",
            "--out",
            out.toString(),
            "--data-dir",
            dir.resolve("empty").toString(),
            "--passphrase-file",
            dir.resolve("pass.txt").toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("There is no practice in");
    assertThat(out).doesNotExist();
  }

  private static Database reopen() {
    DataDirectory data = DataDirectory.at(dir);
    return Database.open(data, PracticeKeys.forTests().unlock(data, PASSPHRASE.toCharArray()));
  }

  private static List<String> names(Path zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        names.add(e.getName());
      }
    }
    return names;
  }
}
