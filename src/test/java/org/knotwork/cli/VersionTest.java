package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VersionTest {
  private static final String PACKAGED = "jpackage.app-version";

  @AfterEach
  void forgetThePackagedVersion() {
    System.clearProperty(PACKAGED);
  }

  @Test
  void theInstalledAppNamesTheVersionItsInstallerWasBuiltFor() {
    System.setProperty(PACKAGED, "2.3.4");

    Cli.Result result = Cli.run("--version");

    assertThat(result.code()).isZero();
    assertThat(result.out().strip()).isEqualTo("Knotwork 2.3.4");
  }

  @Test
  void aBuildRunFromItsClassesSaysSo() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.code()).isZero();
    assertThat(result.out().strip()).isEqualTo("Knotwork (development build)");
  }
}
