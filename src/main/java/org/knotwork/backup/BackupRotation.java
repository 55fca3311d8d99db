package org.knotwork.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the newest of each of the last 7 days, of each of the last 4 weeks and of
 * each of the last 12 months. Everything else may go.
 */
public final class BackupRotation {
  private BackupRotation() {}

  public static Set<LocalDateTime> keep(List<LocalDateTime> backups, LocalDate today) {
    List<LocalDateTime> newestFirst = backups.stream().sorted(Comparator.reverseOrder()).toList();
    Set<LocalDateTime> keep = new LinkedHashSet<>();
    Set<LocalDate> days = new HashSet<>();
    Set<String> weeks = new HashSet<>();
    Set<YearMonth> months = new HashSet<>();
    for (LocalDateTime b : newestFirst) {
      LocalDate d = b.toLocalDate();
      if (d.isAfter(today.minusDays(7)) && days.add(d)) {
        keep.add(b);
      }
      String week =
          d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      if (d.isAfter(today.minusWeeks(4)) && weeks.add(week)) {
        keep.add(b);
      }
      YearMonth month = YearMonth.from(d);
      if (month.isAfter(YearMonth.from(today).minusMonths(12)) && months.add(month)) {
        keep.add(b);
      }
    }
    return keep;
  }
}
