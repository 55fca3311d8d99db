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
import picocli.CommandLine.Spec;

/** {@code knotwork export-practice --out FILE.zip}: every client's complete record. */
@Command(
    name = "export-practice",
    mixinStandardHelpOptions = true,
    description =
        "Writes every client's complete record, archived clients too, to one ZIP file: a folder"
            + " per client and practice.json. The file is not encrypted.")
final class ExportPracticeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PassphraseOption passphrase;

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
      if (open.context().practices().current().isEmpty()) {
        throw new CommandFailure("There is no practice in " + data + " yet; nothing was written.");
      }
      RecordExport.Result result = open.context().exports().exportPractice(out);
      spec.commandLine()
          .getOut()
          .println(
              "Wrote the records of "
                  + result.clients()
                  + (result.clients() == 1 ? " client" : " clients")
                  + " ("
                  + ExportClientCommand.notes(result.notes())
                  + ") to "
                  + out
                  + ". The file is not encrypted: keep it somewhere safe.");
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
