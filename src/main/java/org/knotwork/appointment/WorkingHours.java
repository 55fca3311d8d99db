package org.knotwork.appointment;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The practice's working hours: spans of a weekday. Two spans on one day with time between them
 * make a daily break; a weekday without spans is not a working day.
 */
public record WorkingHours(List<Span> spans) {
  /** Monday to Friday, 09:00 to 17:00: what a new practice starts with. */
  public static final WorkingHours WEEKDAYS_NINE_TO_FIVE =
      new WorkingHours(
          List.of(
                  DayOfWeek.MONDAY,
                  DayOfWeek.TUESDAY,
                  DayOfWeek.WEDNESDAY,
                  DayOfWeek.THURSDAY,
                  DayOfWeek.FRIDAY)
              .stream()
              .map(d -> new Span(d, LocalTime.of(9, 0), LocalTime.of(17, 0)))
              .toList());

  /** One working span of a weekday. */
  public record Span(DayOfWeek day, LocalTime from, LocalTime to) {
    public Span {
      if (day == null || from == null || to == null || !to.isAfter(from)) {
        throw new InvalidAppointmentException("Working hours end after they start.");
      }
    }

    @Override
    public String toString() {
      return from + "–" + to;
    }
  }

  public WorkingHours {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing(Span::day).thenComparing(Span::from));
    for (int i = 1; i < sorted.size(); i++) {
      Span a = sorted.get(i - 1);
      Span b = sorted.get(i);
      if (a.day() == b.day() && b.from().isBefore(a.to())) {
        throw new InvalidAppointmentException(
            "Working hours on " + dayName(a.day()) + " overlap; join them into one.");
      }
    }
    spans = List.copyOf(sorted);
  }

  public List<Span> on(DayOfWeek day) {
    return spans.stream().filter(s -> s.day() == day).toList();
  }

  /** Whether a time from start to end lies within one span of the start's weekday. */
  public boolean covers(LocalDateTime start, LocalDateTime end) {
    if (!end.toLocalDate().equals(start.toLocalDate())
        && !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return false;
    }
    for (Span s : on(start.getDayOfWeek())) {
      LocalDateTime from = start.toLocalDate().atTime(s.from());
      LocalDateTime to = start.toLocalDate().atTime(s.to());
      if (!start.isBefore(from) && !end.isAfter(to)) {
        return true;
      }
    }
    return false;
  }

  /** "Monday 09:00–12:00 and 13:00–17:00", or "Saturday is not a working day". */
  public String describe(DayOfWeek day) {
    List<Span> spans = on(day);
    if (spans.isEmpty()) {
      return dayName(day) + " is not a working day";
    }
    return dayName(day)
        + " "
        + spans.stream().map(Span::toString).collect(Collectors.joining(" and "));
  }

  static String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.UK);
  }
}
