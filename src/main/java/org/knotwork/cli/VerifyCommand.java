package org.knotwork.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork verify}: opens the records (which checks the file and brings the schema up to
 * date) and checks that no signed note changed since it was signed.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Checks the practice: the database opens, every row keeps the schema's rules (links"
            + " between records, allowed values), and every signed note still matches the"
            + " fingerprint taken when it was signed.")
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PassphraseOption passphrase;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder that holds the practice.")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    try (OpenPractice open = OpenPractice.open(dataDir, passphrase)) {
      List<org.knotwork.db.IntegrityCheck.Problem> broken = open.context().integrity().problems();
      if (!broken.isEmpty()) {
        throw new CommandFailure(
            "The records break their own rules: "
                + String.join("; ", broken.stream().map(Object::toString).toList())
                + ". Restore the newest backup that verifies.");
      }
      List<Long> changed = open.context().sessions().changedSinceSigning();
      if (!changed.isEmpty()) {
        throw new CommandFailure(
            changed.size()
                + " signed note(s) changed since signing (ids "
                + String.join(", ", changed.stream().map(String::valueOf).toList())
                + "). Restore the newest backup that verifies.");
      }
      spec.commandLine()
          .getOut()
          .println(
              "The records open, every row keeps the schema's rules, and every signed note is"
                  + " exactly as it was signed.");
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
