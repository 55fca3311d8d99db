package org.knotwork.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code knotwork clients}: lists clients through the same search the client list uses. */
@Command(
    name = "clients",
    mixinStandardHelpOptions = true,
    description = "Lists clients (id, name, last visit), most recent visit first.")
final class ClientsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin PassphraseOption passphrase;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder that holds the practice.")
  Path dataDir;

  @Option(
      names = "--search",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Only clients whose name, phone or e-mail contains every word.")
  String search;

  @Option(names = "--archived", description = "Include archived clients.")
  boolean archived;

  @Override
  public Integer call() throws Exception {
    DataDirectory data =
        dataDir == null ? DataDirectory.platformDefault() : DataDirectory.at(dataDir);
    if (!Files.exists(data.databaseFile())) {
      spec.commandLine().getOut().println("There is no practice in " + data + " yet.");
      return 0;
    }
    try (OpenPractice open = OpenPractice.open(dataDir, passphrase)) {
      PrintWriter out = spec.commandLine().getOut();
      if (open.context().practices().current().isEmpty()) {
        out.println("There is no practice in " + open.context().dataDirectory() + " yet.");
        return 0;
      }
      List<ClientSummary> found = open.context().clients().search(search, archived);
      out.printf("%-8s %-40s %s%n", "ID", "NAME", "LAST VISIT");
      for (ClientSummary c : found) {
        String name = c.archived() ? c.fullName() + " (archived)" : c.fullName();
        out.printf("%-8d %-40s %s%n", c.id(), name, c.lastVisit() == null ? "-" : c.lastVisit());
      }
      out.flush();
    }
    return 0;
  }
}
