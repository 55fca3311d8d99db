package org.knotwork.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.knotwork.db.DataDirectory;
import org.knotwork.demo.DemoPractice;
import org.knotwork.demo.DemoPreset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code knotwork demo}: creates a deterministic demo practice in an empty data folder. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Creates a realistic demo practice with invented clients in an empty data folder.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin PassphraseOption passphrase;

  @Option(
      names = "--data-dir",
      required = true,
      paramLabel = "DIR",
      description = "Folder to create the practice in.")
  Path dataDir;

  @Option(
      names = "--clients",
      paramLabel = "N",
      defaultValue = "" + DemoPractice.DEFAULT_CLIENTS,
      description = "Number of clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--years",
      paramLabel = "Y",
      defaultValue = "" + DemoPractice.DEFAULT_YEARS,
      description = "Years of visit history (default: ${DEFAULT-VALUE}).")
  int years;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description =
          "A named size instead of --clients and --years: ten-year (2,000 clients, 10 years,"
              + " about 60,000 visits) or stress (10,000 clients, 10 years).")
  String preset;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + DemoPractice.DEFAULT_SEED,
      description = "Seed; the same seed gives the same practice (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (preset != null) {
      DemoPreset chosen;
      try {
        chosen = DemoPreset.fromCliName(preset);
      } catch (IllegalArgumentException e) {
        throw new CommandFailure(e.getMessage() + " Nothing was changed.");
      }
      clients = chosen.clients();
      years = chosen.years();
    }
    try (OpenPractice open = OpenPractice.open(dataDir, passphrase, true)) {
      if (open.context().practices().current().isPresent()) {
        throw new CommandFailure(
            dataDir + " already holds a practice. Choose an empty folder; nothing was changed.");
      }
      long started = System.nanoTime();
      open.context().bulkLoad(() -> open.context().demo().create(clients, years, seed));
      // A bulk load leaves old copies of pages behind; compacting keeps backups small and quick.
      open.closeDatabaseCompacted();
      // The logger only now: logging is pointed at the data folder once the arguments are parsed.
      Logger log = LoggerFactory.getLogger(DemoCommand.class);
      log.info(
          "Demo practice written: database file {} KB",
          Files.size(DataDirectory.at(dataDir).databaseFile()) >> 10);
      long millis = (System.nanoTime() - started) / 1_000_000;
      spec.commandLine()
          .getOut()
          .printf(
              "Created a demo practice with %d %s and %d %s of visits in %s (%d ms).%n",
              clients,
              clients == 1 ? "client" : "clients",
              years,
              years == 1 ? "year" : "years",
              dataDir.toAbsolutePath(),
              millis);
    }
    return 0;
  }
}
