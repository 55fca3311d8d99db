package org.knotwork.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as a test would read it: exit code, output, errors. */
final class Cli {
  record Result(int code, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Launcher.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }
}
