package org.knotwork.appointment.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.knotwork.appointment.WorkingHours;

/**
 * A weekday's working hours as the therapist types them: spans like "09:00–12:30, 13:30–17:00" (two
 * spans make a break between them); empty for a day off. Reads "9-12.30" as well.
 */
final class HoursText {
  private static final Pattern SPAN =
      Pattern.compile(
          "\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:-|–|—|to)\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*");

  private HoursText() {}

  /** The spans of one day as text, "09:00–12:30, 13:30–17:00"; empty for a day off. */
  static String format(List<WorkingHours.Span> spans) {
    return spans.stream().map(WorkingHours.Span::toString).collect(Collectors.joining(", "));
  }

  /** What is wrong with the typed hours, in words; null when they can be stored. */
  static String problem(DayOfWeek day, String text) {
    try {
      parse(day, text);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * The spans typed for the day, by start.
   *
   * @throws IllegalArgumentException naming what is wrong, in words
   */
  static List<WorkingHours.Span> parse(DayOfWeek day, String text) {
    String name = day.getDisplayName(TextStyle.FULL, Locale.UK);
    List<WorkingHours.Span> spans = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return spans;
    }
    for (String part : text.split("[,;]")) {
      if (part.isBlank()) {
        continue;
      }
      Matcher m = SPAN.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            name + ": write the hours like 09:00–12:30, 13:30–17:00.");
      }
      LocalTime from = time(name, m.group(1), m.group(2));
      LocalTime to = time(name, m.group(3), m.group(4));
      if (!to.isAfter(from)) {
        throw new IllegalArgumentException(
            name + ": " + from + "–" + to + " ends before it starts.");
      }
      spans.add(new WorkingHours.Span(day, from, to));
    }
    spans.sort(Comparator.comparing(WorkingHours.Span::from));
    for (int i = 1; i < spans.size(); i++) {
      WorkingHours.Span a = spans.get(i - 1);
      WorkingHours.Span b = spans.get(i);
      if (b.from().isBefore(a.to())) {
        throw new IllegalArgumentException(
            name + ": " + a + " and " + b + " overlap; join them into one.");
      }
    }
    return spans;
  }

  private static LocalTime time(String day, String hours, String minutes) {
    int h = Integer.parseInt(hours);
    int m = minutes == null ? 0 : Integer.parseInt(minutes);
    if (h > 23 || m > 59) {
      throw new IllegalArgumentException(
          day + ": " + hours + (minutes == null ? "" : ":" + minutes) + " is not a time of day.");
    }
    return LocalTime.of(h, m);
  }
}
