package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.client.Client;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.plan.PlanStatus;

/** {@code knotwork print-plan}: the active plan as a PDF, or a one-line reason and exit 1. */
class PrintPlanCommandTest {
  private static final String PASSPHRASE = "harbour lantern meadow";
  @TempDir static Path dir;
  private static long withPlan;
  private static String withPlanName;
  private static long withoutPlan;

  @BeforeAll
  static void demo() {
    DataDirectory data = DataDirectory.at(dir);
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
    try {
      Files.writeString(dir.resolve("pass.txt"), PASSPHRASE + "\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    DatabaseCredentials key = PracticeKeys.forTests().create(data, PASSPHRASE.toCharArray());
    try (Database db = Database.open(data, key)) {
      AppContext context = new AppContext(data, db, clock);
      context.demo().create(12, 2, 42L);
      for (ClientSummary c : context.clients().search("", true)) {
        boolean active =
            context.plans().plans(c.id()).stream().anyMatch(p -> p.status() == PlanStatus.ACTIVE);
        if (active && withPlan == 0) {
          withPlan = c.id();
          withPlanName = c.fullName();
        }
      }
      withoutPlan =
          context.clients().save(Client.builder().fullName("Nadia Newcomer").build()).id();
    }
  }

  @Test
  void writesTheActivePlanFoundByExactName() throws Exception {
    Path out = dir.resolve("out/plan.pdf");
    Cli.Result r =
        Cli.run(
            "print-plan",
            withPlanName,
            "--out",
            out.toString(),
            "--data-dir",
            dir.toString(),
            "--passphrase-file",
            dir.resolve("pass.txt").toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Wrote the treatment plan for " + withPlanName);
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out))) {
      assertThat(new PDFTextStripper().getText(doc)).contains(withPlanName, "Treatment plan");
    }
  }

  @Test
  void findsTheClientByIdToo() {
    Path out = dir.resolve("by-id.pdf");
    Cli.Result r =
        Cli.run(
            "print-plan",
            Long.toString(withPlan),
            "--out",
            out.toString(),
            "--data-dir",
            dir.toString(),
            "--passphrase-file",
            dir.resolve("pass.txt").toString());
    assertThat(r.code()).isZero();
    assertThat(out).isRegularFile();
  }

  @Test
  void aClientWithoutAnActivePlanGetsAReasonAndNoFile() {
    Path out = dir.resolve("none.pdf");
    Cli.Result r =
        Cli.run(
            "print-plan",
            Long.toString(withoutPlan),
            "--out",
            out.toString(),
            "--data-dir",
            dir.toString(),
            "--passphrase-file",
            dir.resolve("pass.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("Nadia Newcomer has no active treatment plan.");
    assertThat(r.err()).doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnknownClientGetsAReason() {
    Cli.Result r =
        Cli.run(
            "print-plan",
            "Nobody Here",
            "--out",
            "x.pdf",
            "--data-dir",
            dir.toString(),
            "--passphrase-file",
            dir.resolve("pass.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("There is no client called \"Nobody Here\"");
    Cli.Result byId =
        Cli.run(
            "print-plan",
            "999999",
            "--out",
            "x.pdf",
            "--data-dir",
            dir.toString(),
            "--passphrase-file",
            dir.resolve("pass.txt").toString());
    assertThat(byId.err()).contains("There is no client with id 999999.");
  }

  @Test
  void withoutOrWithAWrongPassphraseNothingIsRead() throws Exception {
    Cli.Result none =
        Cli.run("print-plan", withPlanName, "--out", "x.pdf", "--data-dir", dir.toString());
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("These records are locked: give the passphrase with");

    Path wrong = dir.resolve("wrong.txt");
    Files.writeString(wrong, "not the passphrase\n");
    Cli.Result bad =
        Cli.run(
            "print-plan",
            withPlanName,
            "--out",
            "x.pdf",
            "--data-dir",
            dir.toString(),
            "--passphrase-file",
            wrong.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("That passphrase does not unlock these records.");
    assertThat(bad.err()).doesNotContain("Exception");
  }
}
