package org.knotwork.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.appointment.BlockReason;
import org.knotwork.appointment.BlockedTime;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.WorkingHours;

/**
 * The demo practice's book: its services, working hours, and the days it is closed (two weeks in
 * summer, the days around Christmas and New Year, a few training days a year). The closed days are
 * worked out from the year and the seed alone, so the visit generator can keep clear of them
 * without drawing from its random sequence.
 */
final class DemoBook {
  /** Minutes kept between two appointments. */
  static final int GAP_MINUTES = 15;

  /**
   * What the demo therapist offers. The colours are distinct mid-tones, each with a contrast of at
   * least 3:1 against both a white and a near-black page, so a block reads in either theme.
   */
  static final List<BookableService> SERVICES =
      List.of(
          new BookableService(null, "Back treatment, 60 minutes", 60, "#2F6FC4", true),
          new BookableService(null, "Back treatment, 45 minutes", 45, "#1F8A7A", true),
          new BookableService(null, "Back treatment, 30 minutes", 30, "#4E8A2E", true),
          new BookableService(null, "First visit with assessment", 75, "#B4620E", true),
          new BookableService(null, "Mobile visit", 60, "#B0407F", true),
          new BookableService(null, "Extended treatment, 90 minutes", 90, "#7B5BC9", true));

  static final int BACK_60 = 0;
  static final int BACK_45 = 1;
  static final int BACK_30 = 2;
  static final int FIRST_VISIT = 3;
  static final int MOBILE = 4;
  static final int EXTENDED = 5;

  /** Monday to Friday 09:00–13:00 and 14:00–18:00 (lunch between), Saturday mornings. */
  static final WorkingHours HOURS = hours();

  private final long seed;

  DemoBook(long seed) {
    this.seed = seed;
  }

  /** The service for a visit of this length in the room. */
  static int serviceFor(int minutes) {
    if (minutes <= 30) {
      return BACK_30;
    }
    if (minutes <= 45) {
      return BACK_45;
    }
    return minutes <= 60 ? BACK_60 : EXTENDED;
  }

  /** Whether the practice is closed all day (a holiday or a training day). */
  boolean closed(LocalDate day) {
    for (BlockedTime b : blockedIn(day.getYear())) {
      if (!day.atStartOfDay().isBefore(b.start()) && day.atStartOfDay().isBefore(b.end())) {
        return true;
      }
    }
    return false;
  }

  /** Holidays and training days overlapping the days from {@code from} to {@code to}. */
  List<BlockedTime> blocked(LocalDate from, LocalDate to) {
    List<BlockedTime> all = new ArrayList<>();
    for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
      for (BlockedTime b : blockedIn(year)) {
        if (b.start().isBefore(to.plusDays(1).atStartOfDay())
            && b.end().isAfter(from.atStartOfDay())) {
          all.add(b);
        }
      }
    }
    return all;
  }

  /** A year's closed days: starting in that year (the Christmas break runs into the next). */
  private List<BlockedTime> blockedIn(int year) {
    int shift = (int) Math.floorMod(seed + year, 3);
    LocalDate summer =
        LocalDate.of(year, 7, 20)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
            .plusWeeks(shift);
    LocalDate christmas = LocalDate.of(year, 12, 24);
    List<BlockedTime> list = new ArrayList<>();
    list.add(
        new BlockedTime(
            null,
            LocalDate.of(year, 1, 1).atStartOfDay(),
            LocalDate.of(year, 1, 2).atStartOfDay(),
            BlockReason.HOLIDAY,
            "New Year's Day"));
    list.add(training(year, 3, shift, "Pregnancy massage course"));
    list.add(
        new BlockedTime(
            null,
            summer.atStartOfDay(),
            summer.plusWeeks(2).atStartOfDay(),
            BlockReason.HOLIDAY,
            "Summer holiday"));
    list.add(training(year, 10, shift, "First aid refresher"));
    list.add(
        new BlockedTime(
            null,
            christmas.atStartOfDay(),
            LocalDate.of(year + 1, 1, 1).atStartOfDay(),
            BlockReason.HOLIDAY,
            "Christmas"));
    return list;
  }

  /** A training day: a Friday early in the month. */
  private static BlockedTime training(int year, int month, int shift, String label) {
    LocalDate friday =
        LocalDate.of(year, month, 1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
            .plusWeeks(shift);
    return new BlockedTime(
        null,
        friday.atStartOfDay(),
        friday.plusDays(1).atStartOfDay(),
        BlockReason.TRAINING,
        label);
  }

  private static WorkingHours hours() {
    List<WorkingHours.Span> spans = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d == DayOfWeek.SUNDAY) {
        continue;
      }
      if (d == DayOfWeek.SATURDAY) {
        spans.add(new WorkingHours.Span(d, LocalTime.of(9, 0), LocalTime.of(13, 0)));
      } else {
        spans.add(new WorkingHours.Span(d, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        spans.add(new WorkingHours.Span(d, LocalTime.of(14, 0), LocalTime.of(18, 0)));
      }
    }
    return new WorkingHours(spans);
  }
}
