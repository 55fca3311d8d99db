package org.knotwork.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.knotwork.db.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code knotwork export-calendar --out FILE.ics}: the book as an iCalendar file, once. */
@Command(
    name = "export-calendar",
    mixinStandardHelpOptions = true,
    description =
        "Writes the appointment book to an iCalendar (.ics) file: the weeks just past and the year"
            + " ahead, cancelled appointments left out. Clients are shown by their initials and the"
            + " service only, unless --full-names is given.")
final class ExportCalendarCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin PassphraseOption passphrase;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder that holds the practice.")
  Path dataDir;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.ics",
      description = "Where to write the file; an existing file is replaced.")
  Path out;

  @Option(
      names = "--full-names",
      description =
          "Show clients' full names, and the address of a visit at a client's home (by default"
              + " only initials and the service).")
  boolean fullNames;

  @Override
  public Integer call() throws Exception {
    Path target = out.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new CommandFailure(
          target + " is a folder; give a file name, such as " + target.resolve("appointments.ics"));
    }
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new CommandFailure("The folder " + folder + " does not exist; nothing was written.");
    }
    if (!Files.isWritable(folder)) {
      throw new CommandFailure("Knotwork may not write into " + folder + "; nothing was written.");
    }
    DataDirectory data =
        dataDir == null ? DataDirectory.platformDefault() : DataDirectory.at(dataDir);
    if (!Files.exists(data.databaseFile())) {
      throw new CommandFailure("There is no practice in " + data + ".");
    }
    try (OpenPractice open = OpenPractice.open(dataDir, passphrase)) {
      int events;
      try {
        events = open.context().calendarFile().writeTo(target, fullNames);
      } catch (AccessDeniedException e) {
        throw new CommandFailure("Knotwork may not write to " + target + "; nothing was written.");
      } catch (IOException e) {
        throw new CommandFailure(
            "The calendar could not be written to " + target + " (" + e.getMessage() + ").");
      }
      spec.commandLine()
          .getOut()
          .println(
              "Wrote "
                  + events
                  + (events == 1 ? " appointment" : " appointments")
                  + (fullNames ? " with full names" : " (initials and service only)")
                  + " to "
                  + target);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
