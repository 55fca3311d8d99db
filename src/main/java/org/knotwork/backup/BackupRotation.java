package org.knotwork.backup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep, and why:
 *
 * <ol>
 *   <li>every backup made in the last 48 hours, up to the newest 20 of them, so that a backup made
 *       a minute ago never takes the place of one made a few minutes before;
 *   <li>the newest of each of the last 7 days;
 *   <li>the newest of each of the last 4 weeks (Monday to Sunday);
 *   <li>the newest of each of the last 12 months.
 * </ol>
 *
 * Everything else may go. A backup kept for several reasons is given the first that applies.
 */
public final class BackupRotation {
  /** How long every backup is kept, whatever else there is. */
  public static final Duration RECENT = Duration.ofHours(48);

  /** The most backups kept for being recent. */
  public static final int MOST_RECENT = 20;

  static final int DAYS = 7;
  static final int WEEKS = 4;
  static final int MONTHS = 12;

  private BackupRotation() {}

  /** Why a backup is kept. */
  public enum Reason {
    /** Made in the last 48 hours. */
    RECENT,
    /** The newest of its day ({@link Kept#period()} is the day). */
    NEWEST_OF_DAY,
    /** The newest of its week ({@link Kept#period()} is the week's Monday). */
    NEWEST_OF_WEEK,
    /** The newest of its month ({@link Kept#period()} is the first of the month). */
    NEWEST_OF_MONTH
  }

  /**
   * A backup that is kept, why, and the day, week (its Monday) or month (its first day) it is the
   * newest of; for a recent backup, the day it was made.
   */
  public record Kept<T>(T backup, LocalDateTime madeAt, Reason reason, LocalDate period) {}

  /**
   * The backups to keep at {@code now}, newest first, each with its reason; the rest may go.
   *
   * @param madeAt when a backup was made
   */
  public static <T> List<Kept<T>> keep(
      List<T> backups, Function<T, LocalDateTime> madeAt, LocalDateTime now) {
    List<T> newestFirst = backups.stream().sorted(Comparator.comparing(madeAt).reversed()).toList();
    LocalDate today = now.toLocalDate();
    LocalDateTime recentFrom = now.minus(RECENT);
    Map<T, Kept<T>> keep = new LinkedHashMap<>();
    Set<LocalDate> days = new HashSet<>();
    Set<LocalDate> weeks = new HashSet<>();
    Set<YearMonth> months = new HashSet<>();
    int recent = 0;
    for (T backup : newestFirst) {
      LocalDateTime at = madeAt.apply(backup);
      LocalDate day = at.toLocalDate();
      LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      YearMonth month = YearMonth.from(day);
      // Every rule is applied to every backup, so that each period's newest is known even when
      // that backup is already kept for being recent.
      List<Kept<T>> reasons = new ArrayList<>();
      if (!at.isBefore(recentFrom) && recent < MOST_RECENT) {
        recent++;
        reasons.add(new Kept<>(backup, at, Reason.RECENT, day));
      }
      if (day.isAfter(today.minusDays(DAYS)) && days.add(day)) {
        reasons.add(new Kept<>(backup, at, Reason.NEWEST_OF_DAY, day));
      }
      if (day.isAfter(today.minusWeeks(WEEKS)) && weeks.add(monday)) {
        reasons.add(new Kept<>(backup, at, Reason.NEWEST_OF_WEEK, monday));
      }
      if (month.isAfter(YearMonth.from(today).minusMonths(MONTHS)) && months.add(month)) {
        reasons.add(new Kept<>(backup, at, Reason.NEWEST_OF_MONTH, month.atDay(1)));
      }
      if (!reasons.isEmpty()) {
        keep.put(backup, reasons.get(0));
      }
    }
    return List.copyOf(keep.values());
  }
}
