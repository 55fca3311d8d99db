package org.knotwork.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.knotwork.backup.BackupManifest;
import org.knotwork.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork restore FILE}: checks the backup completely, backs up the current records, then
 * puts the backup in their place and carries the audit entries written after the backup into them,
 * through the same {@link org.knotwork.app.PracticeSession#restore} as the app.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description =
        "Restores a backup after checking it (checksum, version, key, counts) and after making a"
            + " safety backup of the current records.")
final class RestoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PassphraseOption passphrase;

  @Parameters(index = "0", paramLabel = "FILE", description = "The backup to restore (.zip).")
  Path file;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder that holds the practice.")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    try (OpenPractice open = OpenPractice.open(dataDir, passphrase)) {
      BackupService.Restored restored = open.session().restore(file);
      BackupManifest manifest = restored.manifest();
      int carried = restored.laterEntries().map(java.util.List::size).orElse(0);
      Path safety = restored.safetyBackup();
      spec.commandLine()
          .getOut()
          .println(
              "Restored the backup of "
                  + manifest.createdAt().toLocalDate()
                  + " ("
                  + manifest.summary()
                  + "). The records as they were before are in "
                  + safety
                  + ". "
                  + (carried == 1
                      ? "1 audit entry written after the backup was carried over."
                      : carried + " audit entries written after the backup were carried over."));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
