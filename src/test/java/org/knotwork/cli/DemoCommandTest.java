package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.demo.DemoPreset;

/** {@code knotwork demo}: sizes by number or by preset, refused with a reason otherwise. */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void anUnknownPresetIsRefusedBeforeAnythingIsCreated() throws Exception {
    Path pass = Files.writeString(dir.resolve("pass.txt"), "harbour lantern meadow\n");
    Path data = dir.resolve("practice");

    Cli.Result r =
        Cli.run(
            "demo",
            "--data-dir",
            data.toString(),
            "--preset",
            "huge",
            "--passphrase-file",
            pass.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no demo preset called “huge”", "ten-year or stress");
    assertThat(data.resolve("knotwork.key")).doesNotExist();
    assertThat(data.resolve("knotwork.mv.db")).doesNotExist();
  }

  @Test
  void aSmallDemoIsCreatedCompactedAndListable() throws Exception {
    Path pass = Files.writeString(dir.resolve("pass.txt"), "harbour lantern meadow\n");
    Path data = dir.resolve("practice");

    Cli.Result r =
        Cli.run(
            "demo",
            "--data-dir",
            data.toString(),
            "--clients",
            "3",
            "--years",
            "1",
            "--passphrase-file",
            pass.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Created a demo practice with 3 clients and 1 year of visits");
    Cli.Result list =
        Cli.run("clients", "--data-dir", data.toString(), "--passphrase-file", pass.toString());
    assertThat(list.code()).as(list.err()).isZero();
    assertThat(list.out().lines().filter(l -> !l.isBlank()).count()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void presetsAreNamedAsTypedAndSizedAsDocumented() {
    assertThat(DemoPreset.fromCliName("ten-year")).isEqualTo(DemoPreset.TEN_YEAR);
    assertThat(DemoPreset.fromCliName(" Stress ")).isEqualTo(DemoPreset.STRESS);
    assertThat(DemoPreset.TEN_YEAR.clients()).isEqualTo(2_000);
    assertThat(DemoPreset.STRESS.clients()).isEqualTo(10_000);
    assertThat(DemoPreset.TEN_YEAR.years()).isEqualTo(10);
  }
}
