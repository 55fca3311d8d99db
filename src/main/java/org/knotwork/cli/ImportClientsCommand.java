package org.knotwork.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.knotwork.client.ClientCsvImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code knotwork import-clients FILE.csv}: all rows or none, every problem with its line. */
@Command(
    name = "import-clients",
    mixinStandardHelpOptions = true,
    description =
        "Imports clients from a CSV file (UTF-8, comma or semicolon, a header row naming the"
            + " columns). Every row is checked first; if any has a problem, nothing is imported.")
final class ImportClientsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PassphraseOption passphrase;

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "The file to import.")
  Path file;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder that holds the practice.")
  Path dataDir;

  @Option(
      names = "--include-duplicates",
      description =
          "Import rows that look like clients already there (same name and date of birth) too.")
  boolean includeDuplicates;

  @Override
  public Integer call() throws Exception {
    byte[] bytes;
    try {
      if (Files.size(file) > ClientCsvImport.MAX_BYTES) {
        throw new CommandFailure(
            file + " is larger than 5 MB; split it into smaller files. Nothing was imported.");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CommandFailure("There is no file " + file + ".");
    }
    try (OpenPractice open = OpenPractice.open(dataDir, passphrase)) {
      ClientCsvImport importer = open.context().clientImport();
      ClientCsvImport.Preview preview = importer.preview(bytes);
      PrintWriter err = spec.commandLine().getErr();
      if (!preview.problems().isEmpty()) {
        preview.problems().forEach(p -> err.println(file.getFileName() + ": " + p));
        err.flush();
        int found = preview.problems().stream().mapToInt(p -> p.messages().size()).sum();
        throw new CommandFailure(
            found
                + (found == 1 ? " problem" : " problems")
                + " found; nothing was imported. Fix the lines above and import again.");
      }
      List<ClientCsvImport.Duplicate> duplicates = preview.duplicates();
      if (!duplicates.isEmpty() && !includeDuplicates) {
        duplicates.forEach(
            d ->
                err.println(
                    file.getFileName()
                        + ": Line "
                        + d.line()
                        + ": "
                        + d.fullName()
                        + ", born "
                        + d.dateOfBirth()
                        + ", looks like "
                        + d.sameAs()
                        + "."));
        err.flush();
        throw new CommandFailure(
            duplicates.size()
                + " row(s) look like clients already there; nothing was imported. Remove them,"
                + " or import them anyway with --include-duplicates.");
      }
      int imported = importer.importAll(preview).size();
      spec.commandLine()
          .getOut()
          .println("Imported " + imported + (imported == 1 ? " client" : " clients") + ".");
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
