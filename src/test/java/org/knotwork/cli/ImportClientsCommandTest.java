package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.db.generated.Tables;

class ImportClientsCommandTest {
  private static final String PASSPHRASE = "harbour lantern meadow";
  @TempDir Path root;

  @Test
  void badLinesAreListedAndNothingIsImportedThenTheFixedFileImports() throws Exception {
    DataDirectory data = DataDirectory.at(root.resolve("practice"));
    DatabaseCredentials key = PracticeKeys.forTests().create(data, PASSPHRASE.toCharArray());
    try (Database db = Database.open(data, key)) {
      new AppContext(data, db, Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC))
          .practices()
          .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    }
    Files.writeString(root.resolve("pass.txt"), PASSPHRASE);
    Path csv = root.resolve("clients.csv");
    Files.writeString(csv, "Full name,Date of birth\nAnna Berg,1980-01-01\nBen Ode,1990-13-01\n");

    Cli.Result bad =
        Cli.run(
            "import-clients",
            csv.toString(),
            "--data-dir",
            data.root().toString(),
            "--passphrase-file",
            root.resolve("pass.txt").toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err())
        .contains("clients.csv: Line 3: the date of birth \"1990-13-01\" is not a real date")
        .contains("1 problem found; nothing was imported.");

    Files.writeString(csv, "Full name,Date of birth\nAnna Berg,1980-01-01\nBen Ode,1990-12-01\n");
    Cli.Result good =
        Cli.run(
            "import-clients",
            csv.toString(),
            "--data-dir",
            data.root().toString(),
            "--passphrase-file",
            root.resolve("pass.txt").toString());
    assertThat(good.code()).as(good.err()).isZero();
    assertThat(good.out()).contains("Imported 2 clients.");

    Cli.Result again =
        Cli.run(
            "import-clients",
            csv.toString(),
            "--data-dir",
            data.root().toString(),
            "--passphrase-file",
            root.resolve("pass.txt").toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("Line 2: Anna Berg, born 1980-01-01, looks like client");
    try (Database db = Database.open(data, key)) {
      assertThat(db.dsl().fetchCount(Tables.CLIENT)).isEqualTo(2);
    }
  }
}
