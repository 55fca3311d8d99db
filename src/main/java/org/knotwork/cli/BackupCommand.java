package org.knotwork.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.knotwork.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code knotwork backup [--to DIR]}: a verified-format backup of the practice, now. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description =
        "Backs up the practice (encrypted, with its key and a manifest) and rotates the folder:"
            + " every backup of the last 48 hours (up to 20), then the newest of each of the last"
            + " 7 days, 4 weeks and 12 months.")
final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PassphraseOption passphrase;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder that holds the practice.")
  Path dataDir;

  @Option(
      names = "--to",
      paramLabel = "DIR",
      description = "Folder for the backup (default: backups/ in the data folder).")
  Path to;

  @Override
  public Integer call() throws Exception {
    try (OpenPractice open = OpenPractice.open(dataDir, passphrase)) {
      var backups = open.context().backups();
      var out = spec.commandLine().getOut();
      if (to != null) {
        out.println("Backed up to " + backups.backupNow(to));
      } else {
        BackupService.Made made = backups.backUp();
        out.println("Backed up to " + made.backup());
        made.copy().ifPresent(copy -> out.println("Copied to " + copy));
        made.copyProblem().ifPresent(out::println);
      }
      out.flush();
    }
    return 0;
  }
}
