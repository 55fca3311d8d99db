package org.knotwork.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.knotwork.audit.AuditEntry;
import org.knotwork.backup.BackupManifest;
import org.knotwork.backup.BackupRepository;
import org.knotwork.backup.BackupService;
import org.knotwork.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork restore FILE}: checks the backup completely, backs up the current records, then
 * puts the backup in their place.
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
      var data = open.context().dataDirectory();
      BackupService.Restored restored =
          open.context().backups().restore(file, open.credentials(), open::closeDatabase);
      try (Database reopened = Database.open(data, open.credentials())) {
        new BackupRepository(reopened.dsl())
            .audit(
                AuditEntry.Action.RESTORE,
                java.time.LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
      }
      BackupManifest manifest = restored.manifest();
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
                  + ".");
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
