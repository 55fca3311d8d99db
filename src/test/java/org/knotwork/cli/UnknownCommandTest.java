package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A command that does not exist is an error, with or without --help. */
class UnknownCommandTest {
  @Test
  void anUnknownCommandWithHelpIsAnErrorNotTheGeneralHelp() {
    Cli.Result r = Cli.run("no-such-command", "--help");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().findFirst())
        .hasValue("knotwork: there is no command “no-such-command”.");
    assertThat(r.err()).contains("Usage: knotwork").contains("clients");
  }

  @Test
  void anUnknownCommandNamesTheClosestKnownOne() {
    Cli.Result r = Cli.run("client");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().findFirst())
        .hasValue("knotwork: there is no command “client”. Did you mean “clients”?");
    assertThat(r.err()).contains("Usage: knotwork");
  }

  @Test
  void aMistypedCommandIsRecognisedButADistantWordIsNot() {
    assertThat(UnknownCommands.close("exprot-client", "export-client")).isTrue();
    assertThat(UnknownCommands.close("import", "import-clients")).isTrue();
    assertThat(UnknownCommands.close("no-such-command", "print-plan")).isFalse();
    assertThat(UnknownCommands.close("xyz", "verify")).isFalse();
  }

  @Test
  void aWrongOptionIsStillPicocliOwnErrorWithExitCode2() {
    Cli.Result r = Cli.run("clients", "--bogus");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--bogus").contains("Usage: knotwork clients");
  }

  @Test
  void helpForAKnownCommandIsStillHelp() {
    Cli.Result r = Cli.run("clients", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: knotwork clients");
    assertThat(r.err()).isEmpty();
  }
}
