package org.knotwork.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command that does not exist is an error, even with {@code --help} after it (which would
 * otherwise print the general help and succeed): one line naming the word that is no command and,
 * when picocli suggests a command that is really close to it (a few letters off, or beginning with
 * the word), the command probably meant; then the usage, on stderr; exit code 2. picocli suggests
 * its most similar command for any word at all ("print-plan" for "no-such-command"), so a distant
 * suggestion is left out. Every other mistake in the arguments is left to picocli's own handler.
 */
final class UnknownCommands implements CommandLine.IParameterExceptionHandler {
  private final CommandLine.IParameterExceptionHandler others;

  UnknownCommands(CommandLine.IParameterExceptionHandler others) {
    this.others = others;
  }

  /**
   * Refuses words that no command took. picocli ignores them when help was asked for; without help
   * it has already refused them before the commands run.
   */
  static void refuseLeftovers(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (!p.unmatched().isEmpty()) {
        throw new UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
      }
    }
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) throws Exception {
    CommandLine cmd = ex.getCommandLine();
    if (!(ex instanceof UnmatchedArgumentException unmatched)
        || cmd.getSubcommands().isEmpty()
        || unmatched.getUnmatched().isEmpty()
        || unmatched.getUnmatched().get(0).startsWith("-")) {
      return others.handleParseException(ex, args);
    }
    String word = unmatched.getUnmatched().get(0);
    List<String> close =
        unmatched.getSuggestions().stream()
            .filter(cmd.getSubcommands()::containsKey)
            .filter(name -> close(word, name))
            .toList();
    String line =
        cmd.getCommandSpec().qualifiedName()
            + ": there is no command “"
            + word
            + "”."
            + (close.isEmpty() ? "" : " Did you mean “" + close.get(0) + "”?");
    PrintWriter err = cmd.getErr();
    err.println(cmd.getColorScheme().errorText(line));
    cmd.usage(err, cmd.getColorScheme());
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** A mistyped command: a few letters off, or the start of the command's name. */
  static boolean close(String word, String command) {
    String typed = word.toLowerCase(java.util.Locale.ROOT);
    if (typed.length() >= 3 && command.startsWith(typed)) {
      return true;
    }
    return distance(typed, command) <= Math.max(2, command.length() / 4);
  }

  /** Letters to add, remove or change to turn one word into the other (Levenshtein). */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
