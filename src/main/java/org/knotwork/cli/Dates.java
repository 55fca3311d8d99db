package org.knotwork.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as the command line takes them: YYYY-MM-DD, with a plain sentence for anything else. */
final class Dates {
  private Dates() {}

  /** The date {@code text} names; {@code option} names where it was given, for the message. */
  static LocalDate parse(String option, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new CommandFailure(
          option
              + " \""
              + text
              + "\" is not a date: write it as YYYY-MM-DD, for example 2026-12-08.");
    }
  }
}
