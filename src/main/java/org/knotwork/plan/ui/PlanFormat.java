package org.knotwork.plan.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How plan dates read on screen. */
final class PlanFormat {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private PlanFormat() {}

  static String day(LocalDate date) {
    return date == null ? "—" : DAY.format(date);
  }
}
