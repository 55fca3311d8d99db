package org.knotwork.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.knotwork.app.AppContext;
import org.knotwork.app.KnotworkApp;
import org.knotwork.db.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The program's entry point: with no arguments it opens the desktop app; subcommands serve
 * scripting. It is a plain class (not a JavaFX Application) so the jar runs from the class path.
 */
@Command(
    name = "knotwork",
    mixinStandardHelpOptions = true,
    versionProvider = Launcher.Version.class,
    description =
        "Practice manager for a massage therapist. Without a command, opens the app (the"
            + " installed command-line launcher prints this help instead).",
    subcommands = {
      DemoCommand.class,
      ClientsCommand.class,
      PrintPlanCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      VerifyCommand.class,
      ImportClientsCommand.class,
      ExportClientCommand.class,
      ExportPracticeCommand.class,
      AppointmentsCommand.class,
      ExportCalendarCommand.class
    })
public final class Launcher implements Callable<Integer> {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Folder that holds the practice (default: the per-user data folder).")
  Path dataDir;

  public static void main(String[] args) {
    // The logging library's notes about itself are not for the person at the command line: the
    // calendar library registers a time-zone provider that logs while logging is still being set
    // up, and the library would say so on every command. The log file keeps every message.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return run(null, null, args);
  }

  /** Like {@link #run(String...)}, writing to the given streams (null for the console). */
  static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Launcher());
    if (out != null) {
      cli.setOut(out);
    }
    if (err != null) {
      cli.setErr(err);
    }
    cli.setExecutionStrategy(
        parseResult -> {
          UnknownCommands.refuseLeftovers(parseResult);
          Path dir = findDataDir(parseResult);
          Logging.configure(dir == null ? DataDirectory.platformDefault() : DataDirectory.at(dir));
          return new CommandLine.RunLast().execute(parseResult);
        });
    cli.setExecutionExceptionHandler(new FriendlyErrors());
    cli.setParameterExceptionHandler(new UnknownCommands(cli.getParameterExceptionHandler()));
    return cli.execute(args);
  }

  private static Path findDataDir(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult last = parseResult;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    if (last.hasMatchedOption("--data-dir")) {
      return last.matchedOptionValue("--data-dir", null);
    }
    return parseResult.matchedOptionValue("--data-dir", null);
  }

  @Override
  public Integer call() {
    KnotworkApp.launchWith(
        dataDir == null ? DataDirectory.platformDefault() : DataDirectory.at(dataDir));
    return 0;
  }

  /** Reads the version from the jar's manifest when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = AppContext.version();
      return new String[] {"Knotwork " + (v == null ? "(development build)" : v)};
    }
  }
}
