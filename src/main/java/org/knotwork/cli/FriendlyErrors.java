package org.knotwork.cli;

import org.knotwork.db.DatabaseException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Prints a sentence instead of a stack trace; the trace goes to the log. */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
    LoggerFactory.getLogger(FriendlyErrors.class).error("Command failed", ex);
    String message =
        ex instanceof DatabaseException
                || ex instanceof IllegalArgumentException
                || ex instanceof IllegalStateException
                || ex instanceof CommandFailure
            ? ex.getMessage()
            : "Something unexpected went wrong: " + ex.getMessage() + " (details are in the log).";
    cmd.getErr().println(cmd.getColorScheme().errorText("knotwork: " + message));
    return 1;
  }
}
