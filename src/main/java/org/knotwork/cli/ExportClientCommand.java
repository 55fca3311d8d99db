package org.knotwork.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.knotwork.db.DataDirectory;
import org.knotwork.export.RecordExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code knotwork export-client CLIENT --out FILE.zip}: one client's complete record. */
@Command(
    name = "export-client",
    mixinStandardHelpOptions = true,
    description =
        "Writes a client's complete record (a PDF to read, the same as JSON, and a README) to a"
            + " ZIP file for the client. The file is not encrypted.")
final class ExportClientCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PassphraseOption passphrase;

  @Parameters(
      index = "0",
      paramLabel = "CLIENT",
      description = "The client's id (see `knotwork clients`) or exact full name.")
  String client;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.zip",
      description = "Where to write the ZIP; an existing file is replaced.")
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
      long id = PrintPlanCommand.findClient(open, client);
      String name = open.context().clients().load(id).fullName();
      RecordExport.Result result = open.context().exports().exportClient(id, out);
      spec.commandLine()
          .getOut()
          .println(
              "Wrote the record of "
                  + name
                  + " ("
                  + notes(result.notes())
                  + ") to "
                  + out
                  + ". The file is not encrypted: hand it over in person or send it securely.");
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  static String notes(int n) {
    return n + (n == 1 ? " session note" : " session notes");
  }
}
