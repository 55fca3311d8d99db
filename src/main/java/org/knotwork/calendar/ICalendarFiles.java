package org.knotwork.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentState;

/**
 * iCalendar files made with ical4j, never by hand: the book's file for the therapist's own phone
 * and one appointment for a client to add to theirs (decision 0034). Times are written in the
 * practice's zone with its VTIMEZONE, so a phone shows the wall-clock time the book shows.
 */
final class ICalendarFiles {
  private static final String PRODUCT = "-//Knotwork//Appointment book//EN";

  /** The zone definitions that ship with ical4j (no network: updates are off, see below). */
  private static final TimeZoneRegistry ZONES;

  static {
    // ical4j may look for newer zone definitions on the internet; Knotwork works offline.
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
  }

  private ICalendarFiles() {}

  /** One event of the book's file: the appointment and the words its summary shows. */
  record BookEvent(Appointment appointment, String summary, String location) {}

  /**
   * The book's file: every appointment given, as the caller worded it. Cancelled appointments are
   * not given (decision 0034).
   */
  static byte[] book(String calendarName, List<BookEvent> events, ZoneId zone, Instant stamp) {
    Calendar calendar = calendar(zone);
    if (!calendarName.isBlank()) {
      calendar.add(new XProperty("X-WR-CALNAME", calendarName));
    }
    calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
    for (BookEvent e : events) {
      VEvent event = event(e.appointment(), e.summary(), zone, stamp);
      if (e.location() != null && !e.location().isBlank()) {
        event.add(new Location(oneLine(e.location())));
      }
      calendar.add(event);
    }
    return write(calendar);
  }

  /**
   * One appointment for a client: the practice as organiser (when it has an e-mail address) and its
   * name and address as the place. A cancelled appointment is written as cancelled, with the same
   * UID, so a calendar that has it takes it off.
   */
  static byte[] forClient(
      Appointment a,
      String summary,
      String location,
      String practiceName,
      String practiceEmail,
      String description,
      ZoneId zone,
      Instant stamp) {
    Calendar calendar = calendar(zone);
    VEvent event = event(a, summary, zone, stamp);
    if (location != null && !location.isBlank()) {
      event.add(new Location(oneLine(location)));
    }
    if (practiceEmail != null && practiceEmail.contains("@") && !practiceEmail.contains(" ")) {
      ParameterList params =
          practiceName.isBlank()
              ? new ParameterList()
              : new ParameterList(List.of(new Cn(practiceName)));
      event.add(new Organizer(params, URI.create("mailto:" + practiceEmail.strip())));
    }
    if (description != null && !description.isBlank()) {
      event.add(new Description(description));
    }
    calendar.add(event);
    return write(calendar);
  }

  /** The UID an appointment keeps in every file: its id and when it was made. */
  static String uid(Appointment a) {
    long made = a.createdAt() == null ? 0 : a.createdAt().toEpochSecond(ZoneOffset.UTC);
    return "appointment-" + a.id() + "-" + made + "@knotwork";
  }

  private static Calendar calendar(ZoneId zone) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    TimeZone tz = ZONES.getTimeZone(zone.getId());
    if (tz != null) {
      calendar.add(tz.getVTimeZone());
    }
    return calendar;
  }

  private static VEvent event(Appointment a, String summary, ZoneId zone, Instant stamp) {
    VEvent event = new VEvent(time(a.start(), zone), time(a.end(), zone), oneLine(summary));
    event.add(new Uid(uid(a)));
    event.replace(new DtStamp(stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    event.add(
        a.state().isCancelled()
            ? ImmutableStatus.VEVENT_CANCELLED
            : ImmutableStatus.VEVENT_CONFIRMED);
    if (a.state() != AppointmentState.BOOKED) {
      event.add(new Sequence(1));
    }
    return event;
  }

  /**
   * A wall-clock time of the practice in its zone (a TZID the file defines), or in UTC when ical4j
   * has no definition of the zone. A time that happens twice is the first (decision 0032).
   */
  private static Temporal time(LocalDateTime wallClock, ZoneId zone) {
    ZonedDateTime zoned = ZonedDateTime.ofLocal(wallClock, zone, null).withEarlierOffsetAtOverlap();
    if (ZONES.getTimeZone(zone.getId()) == null) {
      return zoned.toInstant();
    }
    return zoned;
  }

  private static byte[] write(Calendar calendar) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException("The calendar could not be written", e);
    } catch (ValidationException e) {
      throw new IllegalStateException("The calendar did not come out valid: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** Text on one line: an address's lines joined with commas. */
  static String oneLine(String text) {
    Set<String> parts = new LinkedHashSet<>();
    text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(parts::add);
    return String.join(", ", parts);
  }

  /** "Anna Berg" gives "A.B.", "Zoë de la Cruz" "Z.D.L.C."; no name gives "Client". */
  static String initials(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return "Client";
    }
    StringBuilder out = new StringBuilder();
    for (String part : fullName.strip().split("[\\s\\-]+")) {
      if (!part.isEmpty()) {
        int cp = part.codePointAt(0);
        if (Character.isLetter(cp)) {
          out.appendCodePoint(cp).append('.');
        }
      }
    }
    return out.length() == 0 ? "Client" : out.toString().toUpperCase(Locale.ROOT);
  }
}
