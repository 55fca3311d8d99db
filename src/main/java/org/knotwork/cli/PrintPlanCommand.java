package org.knotwork.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import org.knotwork.print.PdfFiles;
import org.knotwork.printout.ClientDocuments.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code knotwork print-plan CLIENT --out FILE.pdf}: a client's active plan with its handouts. */
@Command(
    name = "print-plan",
    mixinStandardHelpOptions = true,
    description = "Writes a client's active treatment plan, with its handouts, to a PDF file.")
final class PrintPlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin PassphraseOption passphrase;

  @Parameters(
      index = "0",
      paramLabel = "CLIENT",
      description = "The client's id (see `knotwork clients`) or exact full name.")
  String client;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.pdf",
      description = "Where to write the PDF; an existing file is replaced.")
  Path out;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder that holds the practice.")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    DataDirectory data =
        dataDir == null ? DataDirectory.platformDefault() : DataDirectory.at(dataDir);
    if (!Files.exists(data.databaseFile())) {
      throw new CommandFailure("There is no practice in " + data + ".");
    }
    try (OpenPractice open = OpenPractice.open(dataDir, passphrase)) {
      long id = findClient(open, client);
      Document document = open.context().documents().activePlan(id);
      PdfFiles.save(document.pdf(), out);
      spec.commandLine()
          .getOut()
          .println(
              "Wrote the "
                  + document.title().replaceFirst("^Treatment", "treatment")
                  + " to "
                  + out);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  /** The client with this id, or the one client with exactly this full name. */
  static long findClient(OpenPractice open, String given) {
    String wanted = given.strip();
    if (wanted.matches("\\d{1,18}")) {
      long id = Long.parseLong(wanted);
      try {
        open.context().clients().load(id);
        return id;
      } catch (org.knotwork.client.ClientNotFoundException e) {
        throw new CommandFailure("There is no client with id " + id + ".");
      }
    }
    List<ClientSummary> same =
        open.context().clients().search(wanted, true).stream()
            .filter(c -> c.fullName().equalsIgnoreCase(wanted))
            .toList();
    if (same.isEmpty()) {
      throw new CommandFailure(
          "There is no client called \"" + wanted + "\". `knotwork clients --search` finds one.");
    }
    if (same.size() > 1) {
      throw new CommandFailure(
          same.size()
              + " clients are called \""
              + wanted
              + "\"; give the id instead ("
              + String.join(", ", same.stream().map(c -> Long.toString(c.id())).toList())
              + ").");
    }
    return same.get(0).id();
  }
}
