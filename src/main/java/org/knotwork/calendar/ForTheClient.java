package org.knotwork.calendar;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.InvalidAppointmentException;
import org.knotwork.practice.Practice;
import org.knotwork.practice.PracticeDetails;
import org.knotwork.practice.PracticeService;

/**
 * One appointment for the client: a calendar entry (.ics) to attach to an e-mail, and a short
 * reminder to paste into a message. Both hold the day, the time, the place and how to reschedule,
 * never a private note or any clinical text.
 */
public final class ForTheClient {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  /** A calendar entry and the file name to offer for it (which names no client, decision 22). */
  public record CalendarEntry(byte[] ics, String fileName) {}

  private final AppointmentService appointments;
  private final PracticeService practices;
  private final Clock clock;

  public ForTheClient(AppointmentService appointments, PracticeService practices, Clock clock) {
    this.appointments = appointments;
    this.practices = practices;
    this.clock = clock;
  }

  /** Writes a calendar entry where the therapist chose, whole or not at all. */
  public static void save(CalendarEntry entry, java.nio.file.Path target)
      throws java.io.IOException {
    CalendarFile.ATOMIC.write(target, entry.ics());
  }

  /** The appointment as a calendar entry for the client's own calendar. */
  public CalendarEntry calendarEntry(long appointmentId) {
    Appointment a = appointments.load(appointmentId);
    AppointmentSettings settings = appointments.settings();
    String practice = practiceName();
    PracticeDetails details = practices.details();
    String service = serviceName(a);
    String what = service == null ? "Appointment" : service;
    String summary = practice.isBlank() ? what : what + " — " + practice;
    String location;
    if (a.place().isMobile()) {
      location = a.place().address() == null ? "Your home" : a.place().address();
    } else {
      location = join(practice, ICalendarFiles.oneLine(details.address()));
    }
    byte[] ics =
        ICalendarFiles.forClient(
            a,
            summary,
            location,
            practice,
            details.email(),
            howToReschedule(details, settings.lateNoticeHours()),
            settings.zone(),
            clock.instant());
    return new CalendarEntry(ics, "Appointment " + a.start().toLocalDate() + ".ics");
  }

  /**
   * A short reminder for a message: greeting, day, date, time, place, the practice and how to
   * change the appointment. Refused for an appointment that is no longer booked.
   */
  public String reminderText(long appointmentId) {
    Appointment a = appointments.load(appointmentId);
    if (a.state() != AppointmentState.BOOKED) {
      throw new InvalidAppointmentException(
          "This appointment is "
              + a.state().label().toLowerCase(Locale.UK)
              + "; there is nothing to remind the client of.");
    }
    AppointmentSettings settings = appointments.settings();
    PracticeDetails details = practices.details();
    String practice = practiceName();
    String service = serviceName(a);
    List<String> lines = new ArrayList<>();
    lines.add("Hello " + firstName(a.clientName()) + ",");
    lines.add(
        "this is a reminder of your "
            + (service == null ? "appointment" : service + " appointment")
            + (practice.isBlank() ? "" : " at " + practice)
            + ":");
    lines.add(
        DAY.format(a.start())
            + " at "
            + TIME.format(a.start())
            + " ("
            + a.lengthMinutes()
            + " minutes).");
    lines.add(place(a, practice, details) + ".");
    lines.add(howToReschedule(details, settings.lateNoticeHours()));
    lines.add("See you then" + (practice.isBlank() ? "!" : ",\n" + practice));
    return String.join("\n", lines);
  }

  /** What an appointment card shows: the client, the appointments and how to change them. */
  public record Card(String clientName, List<CardVisit> visits, String howToReschedule) {}

  /** One appointment on a card, in words. */
  public record CardVisit(
      java.time.LocalDateTime start, int minutes, String service, String place) {}

  /** The most appointments a card lists. */
  static final int CARD_LIMIT = 40;

  /**
   * A card with this appointment, or with all of the client's booked appointments from now on (a
   * plan's series). Refused when there is nothing booked to show.
   */
  public Card card(long appointmentId, boolean allUpcoming) {
    Appointment a = appointments.load(appointmentId);
    List<Appointment> shown;
    if (allUpcoming) {
      shown = appointments.bookedFor(a.clientId(), appointments.now(), CARD_LIMIT);
      if (shown.isEmpty()) {
        throw new InvalidAppointmentException(
            a.clientName() + " has no booked appointments from now on; there is no card to make.");
      }
    } else {
      if (a.state() != AppointmentState.BOOKED) {
        throw new InvalidAppointmentException(
            "This appointment is "
                + a.state().label().toLowerCase(Locale.UK)
                + "; a card shows booked appointments only.");
      }
      shown = List.of(a);
    }
    String practice = practiceName();
    PracticeDetails details = practices.details();
    List<CardVisit> visits =
        shown.stream()
            .map(
                x ->
                    new CardVisit(
                        x.start(), x.lengthMinutes(), serviceName(x), place(x, practice, details)))
            .toList();
    return new Card(
        a.clientName(),
        visits,
        howToReschedule(details, appointments.settings().lateNoticeHours()));
  }

  private static String place(Appointment a, String practice, PracticeDetails details) {
    if (a.place().isMobile()) {
      return a.place().address() == null
          ? "At your home"
          : "At your home: " + ICalendarFiles.oneLine(a.place().address());
    }
    String address = ICalendarFiles.oneLine(details.address());
    if (address.isBlank()) {
      return practice.isBlank() ? "At the practice" : "At " + practice;
    }
    return "At " + address;
  }

  /** "To change or cancel it, please let us know at least 24 hours before: call … or e-mail …" */
  static String howToReschedule(PracticeDetails details, int lateNoticeHours) {
    String when =
        lateNoticeHours <= 0
            ? "as soon as you can"
            : lateNoticeHours % 24 == 0 && lateNoticeHours > 24
                ? "at least " + lateNoticeHours / 24 + " days before"
                : "at least "
                    + lateNoticeHours
                    + (lateNoticeHours == 1 ? " hour" : " hours")
                    + " before";
    List<String> ways = new ArrayList<>();
    if (!details.phone().isBlank()) {
      ways.add("call " + details.phone());
    }
    if (!details.email().isBlank()) {
      ways.add("e-mail " + details.email());
    }
    return "To change or cancel it, please let us know "
        + when
        + (ways.isEmpty() ? "." : ": " + String.join(" or ", ways) + ".");
  }

  private String serviceName(Appointment a) {
    Long id = a.booking().serviceId();
    if (id == null) {
      return null;
    }
    return appointments.services().stream()
        .filter(s -> id.equals(s.id()))
        .map(BookableService::name)
        .findFirst()
        .orElse(null);
  }

  private String practiceName() {
    return practices.current().map(Practice::name).orElse("").strip();
  }

  private static String firstName(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return "there";
    }
    return fullName.strip().split("\\s+")[0];
  }

  private static String join(String a, String b) {
    return a.isBlank() ? b : b.isBlank() ? a : a + ", " + b;
  }
}
