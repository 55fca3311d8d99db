package org.knotwork.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --passphrase-file F}: the passphrase is read from the first line of a file, or from
 * standard input with "-", never taken as an argument (arguments show in the process list and the
 * shell history).
 */
final class PassphraseOption {
  @Option(
      names = "--passphrase-file",
      paramLabel = "FILE",
      description =
          "File whose first line is the practice's passphrase; - reads it from standard input.")
  Path file;

  /** The passphrase, or null when none was given. */
  char[] read() {
    if (file == null) {
      return null;
    }
    String line;
    try {
      if (file.toString().equals("-")) {
        line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      } else {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          line = in.readLine();
        }
      }
    } catch (NoSuchFileException e) {
      throw new CommandFailure("The passphrase file " + file + " does not exist.");
    } catch (IOException e) {
      throw new CommandFailure("The passphrase could not be read from " + file + ": " + e);
    }
    if (line == null || line.isEmpty()) {
      throw new CommandFailure("The passphrase file " + file + " is empty.");
    }
    if (line.charAt(0) == '\uFEFF') {
      line = line.substring(1);
    }
    return line.toCharArray();
  }
}
