package org.knotwork.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.appointment.InvalidAppointmentException;
import org.knotwork.appointment.Place;

/** One appointment for the client: a calendar entry to attach, and a reminder to paste. */
class ForTheClientTest {
  // Monday 30 March 2026, the day after the clocks go forward in London
  private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 3, 30, 10, 0);
  private final Book book = new Book();

  @AfterEach
  void close() {
    book.close();
  }

  @Test
  void theReminderSaysWhenWhereAndHowToChangeItWithoutTheNote() {
    Appointment a =
        book.appointments.book(
            new Booking(
                book.anna, MONDAY_TEN, 60, book.deepTissue, Place.ROOM, 0, 0, "bring the bolster"),
            false);

    String text = book.forTheClient.reminderText(a.id());

    assertThat(text)
        .isEqualTo(
            """
            Hello Anna,
            this is a reminder of your Deep tissue appointment at Harbour Massage:
            Monday 30 March 2026 at 10:00 (60 minutes).
            At 12 Quay Street, Harbourtown HT1 2AB.
            To change or cancel it, please let us know at least 24 hours before: call \
            01234 567890 or e-mail hello@harbour.example.
            See you then,
            Harbour Massage""");
  }

  @Test
  void aMobileVisitsReminderNamesTheClientsHomeAndACancelledOneHasNone() {
    Appointment a =
        book.appointments.book(
            new Booking(
                book.oskar,
                MONDAY_TEN,
                45,
                null,
                Place.clientHome("5 Elm Road\nHarbourtown"),
                15,
                15,
                null),
            false);
    assertThat(book.forTheClient.reminderText(a.id()))
        .contains(
            "Hello Oskar,",
            "your appointment at Harbour Massage:",
            "At your home: 5 Elm Road, Harbourtown.");

    book.appointments.cancel(a.id(), CancelledBy.CLIENT);
    assertThatThrownBy(() -> book.forTheClient.reminderText(a.id()))
        .isInstanceOf(InvalidAppointmentException.class)
        .hasMessage("This appointment is cancelled; there is nothing to remind the client of.");
  }

  @Test
  void theCalendarEntryParsesBackWithThePracticeAsOrganiserAndPlace() throws Exception {
    Appointment a =
        book.appointments.book(
            new Booking(
                book.anna, MONDAY_TEN, 60, book.deepTissue, Place.ROOM, 0, 0, "bring the bolster"),
            false);

    ForTheClient.CalendarEntry entry = book.forTheClient.calendarEntry(a.id());

    assertThat(entry.fileName()).isEqualTo("Appointment 2026-03-30.ics").doesNotContain("Anna");
    Calendar calendar = CalendarFileTest.parse(entry.ics());
    VEvent event = (VEvent) calendar.getComponents(VEvent.VEVENT).get(0);
    assertThat(CalendarFileTest.text(event, Property.SUMMARY))
        .isEqualTo("Deep tissue — Harbour Massage");
    assertThat(CalendarFileTest.text(event, Property.LOCATION))
        .isEqualTo("Harbour Massage, 12 Quay Street, Harbourtown HT1 2AB");
    assertThat(CalendarFileTest.text(event, Property.ORGANIZER))
        .isEqualTo("mailto:hello@harbour.example");
    assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getParameter("CN"))
        .hasValueSatisfying(cn -> assertThat(cn.getValue()).isEqualTo("Harbour Massage"));
    assertThat(CalendarFileTest.text(event, Property.DESCRIPTION))
        .startsWith("To change or cancel it");
    assertThat(CalendarFileTest.start(event)).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
    assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(ICalendarFiles.uid(a));
    assertThat(new String(entry.ics(), StandardCharsets.UTF_8)).doesNotContain("bolster");
  }

  @Test
  void aCancelledAppointmentsEntrySaysCancelledUnderTheSameUid() throws Exception {
    Appointment a = book.appointments.book(Booking.inRoom(book.anna, MONDAY_TEN, 60), false);
    book.appointments.cancel(a.id(), CancelledBy.THERAPIST);

    VEvent event =
        (VEvent)
            CalendarFileTest.parse(book.forTheClient.calendarEntry(a.id()).ics())
                .getComponents(VEvent.VEVENT)
                .get(0);
    assertThat(CalendarFileTest.text(event, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(ICalendarFiles.uid(a));
  }
}
