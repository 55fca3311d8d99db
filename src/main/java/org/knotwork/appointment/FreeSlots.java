package org.knotwork.appointment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The next free times for a booking of a given length, within working hours, on chosen weekdays and
 * times of day. Candidates start on the quarter hour; the slots offered do not overlap each other
 * (after one is found the search goes on from its end). Pure: it looks only at the appointments and
 * blocked time it is given, which the service reads for the window searched, never the whole book.
 */
public final class FreeSlots {
  /** Candidates start on the quarter hour. */
  public static final int STEP_MINUTES = 15;

  private FreeSlots() {}

  /**
   * What is looked for: a booking like {@code template} (its length, place and travel; its start is
   * ignored) from {@code from} on, on the given weekdays, starting no earlier than {@code earliest}
   * and ending no later than {@code latest} in the day, and how many slots.
   */
  public record Search(
      Booking template,
      LocalDateTime from,
      Set<DayOfWeek> weekdays,
      LocalTime earliest,
      LocalTime latest,
      int count) {
    public Search {
      weekdays =
          weekdays == null || weekdays.isEmpty()
              ? EnumSet.allOf(DayOfWeek.class)
              : EnumSet.copyOf(weekdays);
      earliest = earliest == null ? LocalTime.MIN : earliest;
      latest = latest == null ? LocalTime.MAX : latest;
      if (count < 1) {
        throw new InvalidAppointmentException("Ask for at least one free time.");
      }
    }

    /** Any weekday, any time of day within working hours. */
    public static Search anyTime(Booking template, LocalDateTime from, int count) {
      return new Search(template, from, null, null, null, count);
    }
  }

  /**
   * Up to {@code search.count()} free starts from {@code search.from()} up to the end of the day
   * {@code until}.
   *
   * @param appointments at least those starting from the day before the search to two days after
   *     {@code until}; more are allowed but cost time
   */
  public static List<LocalDateTime> find(
      Search search,
      LocalDate until,
      Collection<Appointment> appointments,
      Collection<BlockedTime> blocked,
      AppointmentSettings settings) {
    List<Appointment> sorted = new ArrayList<>(appointments);
    sorted.sort(Comparator.comparing(Appointment::start));
    PracticeTime time = settings.time();
    List<LocalDateTime> found = new ArrayList<>();
    int length = search.template().lengthMinutes();
    for (LocalDate day = search.from().toLocalDate();
        !day.isAfter(until) && found.size() < search.count();
        day = day.plusDays(1)) {
      if (!search.weekdays().contains(day.getDayOfWeek())) {
        continue;
      }
      List<WorkingHours.Span> spans = settings.hours().on(day.getDayOfWeek());
      if (spans.isEmpty()) {
        continue;
      }
      LocalDateTime near = day.minusDays(1).atStartOfDay();
      LocalDateTime far = day.plusDays(2).atStartOfDay();
      List<Appointment> nearby = window(sorted, near, far);
      List<BlockedTime> blocks =
          blocked.stream().filter(b -> b.start().isBefore(far) && b.end().isAfter(near)).toList();
      for (WorkingHours.Span span : spans) {
        LocalTime first = later(span.from(), search.earliest());
        LocalDateTime start = roundUp(day.atTime(first));
        if (start.isBefore(search.from())) {
          start = roundUp(search.from());
        }
        while (found.size() < search.count()) {
          LocalDateTime end = start.plusMinutes(length);
          if (!start.toLocalDate().equals(day)
              || end.toLocalTime().isAfter(span.to())
              || end.toLocalTime().isAfter(search.latest())
              || !end.toLocalDate().equals(day)) {
            break;
          }
          Booking candidate = search.template().at(start);
          if (time.exists(start) && BookingRules.fits(candidate, null, nearby, blocks, settings)) {
            found.add(start);
            start = roundUp(end);
          } else {
            start = start.plusMinutes(STEP_MINUTES);
          }
        }
      }
    }
    return found;
  }

  private static List<Appointment> window(
      List<Appointment> sorted, LocalDateTime from, LocalDateTime to) {
    int lo = lowerBound(sorted, from);
    int hi = lowerBound(sorted, to);
    return sorted.subList(lo, hi);
  }

  private static int lowerBound(List<Appointment> sorted, LocalDateTime t) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start().isBefore(t)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static LocalTime later(LocalTime a, LocalTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDateTime roundUp(LocalDateTime t) {
    LocalDateTime whole = t.withSecond(0).withNano(0);
    if (whole.isBefore(t)) {
      whole = whole.plusMinutes(1);
    }
    int over = whole.getMinute() % STEP_MINUTES;
    return over == 0 ? whole : whole.plusMinutes(STEP_MINUTES - over);
  }
}
