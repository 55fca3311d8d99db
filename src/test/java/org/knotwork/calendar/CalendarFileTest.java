package org.knotwork.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.appointment.Place;

/**
 * The book's calendar file: parsed back by ical4j, private by default, refreshed off the caller.
 */
class CalendarFileTest {
  // Friday before and Monday after the clocks go forward in London (Sunday 29 March 2026)
  private static final LocalDateTime FRIDAY_TEN = LocalDateTime.of(2026, 3, 27, 10, 0);
  private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 3, 30, 10, 0);
  // 01:30 on the autumn change day happens twice in London; the first is 00:30 UTC
  private static final LocalDateTime AUTUMN_ONE_THIRTY = LocalDateTime.of(2026, 10, 25, 1, 30);

  @TempDir Path folder;
  private final Book book = new Book();

  @AfterEach
  void close() {
    book.close();
  }

  @Test
  void theFileParsesBackWithEveryAppointmentAtItsRealTimeAcrossTheClockChanges() throws Exception {
    Appointment friday = book.appointments.book(booking(book.anna, FRIDAY_TEN), false);
    Appointment monday = book.appointments.book(booking(book.anna, MONDAY_TEN), false);
    Appointment night =
        book.appointments.book(Booking.inRoom(book.oskar, AUTUMN_ONE_THIRTY, 30), true);

    Calendar calendar = parse(book.calendar.book(false));

    assertThat(calendar.getComponents(VTimeZone.VTIMEZONE)).hasSize(1);
    VTimeZone zone = (VTimeZone) calendar.getComponents(VTimeZone.VTIMEZONE).get(0);
    assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/London");
    Map<String, VEvent> events = byUid(calendar);
    assertThat(events).hasSize(3);
    VEvent f = events.get(ICalendarFiles.uid(friday));
    VEvent m = events.get(ICalendarFiles.uid(monday));
    VEvent n = events.get(ICalendarFiles.uid(night));
    assertThat(start(f)).isEqualTo(Instant.parse("2026-03-27T10:00:00Z")); // GMT
    assertThat(start(m)).isEqualTo(Instant.parse("2026-03-30T09:00:00Z")); // BST
    assertThat(end(m)).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
    assertThat(start(n)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(f.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID"))
        .hasValueSatisfying(tz -> assertThat(tz.getValue()).isEqualTo("Europe/London"));
    assertThat(text(f, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(text(f, Property.SUMMARY)).isEqualTo("A.B. · Deep tissue");
    assertThat(text(n, Property.SUMMARY)).isEqualTo("O.L.");
  }

  @Test
  void byDefaultTheFileShowsInitialsAndTheServiceOnly() throws Exception {
    book.appointments.book(
        new Booking(
            book.anna, FRIDAY_TEN, 60, book.deepTissue, Place.ROOM, 0, 0, "bring the bolster"),
        false);
    book.appointments.book(
        new Booking(
            book.oskar,
            MONDAY_TEN,
            60,
            null,
            Place.clientHome("5 Elm Road\nHarbourtown"),
            15,
            15,
            "knee replacement, left"),
        false);

    String text = new String(book.calendar.book(false), StandardCharsets.UTF_8);

    assertThat(text).contains("SUMMARY:A.B. · Deep tissue", "SUMMARY:O.L.");
    assertThat(text)
        .doesNotContain("Anna", "Berg", "Oskar", "Lind", "bolster", "knee", "Elm Road")
        .doesNotContain("\nLOCATION", "\nDESCRIPTION");
    assertThat(parse(book.calendar.book(false)).getComponents(VEvent.VEVENT)).hasSize(2);
  }

  @Test
  void withFullNamesChosenTheFileNamesClientsAndMobileVisitsPlacesButNeverNotes() throws Exception {
    book.appointments.book(
        new Booking(
            book.oskar,
            MONDAY_TEN,
            60,
            book.deepTissue,
            Place.clientHome("5 Elm Road\nHarbourtown"),
            15,
            15,
            "knee replacement, left"),
        false);

    Calendar calendar = parse(book.calendar.book(true));

    VEvent visit = (VEvent) calendar.getComponents(VEvent.VEVENT).get(0);
    assertThat(text(visit, Property.SUMMARY)).isEqualTo("Oskar Lind · Deep tissue");
    assertThat(text(visit, Property.LOCATION)).isEqualTo("5 Elm Road, Harbourtown");
    assertThat(new String(book.calendar.book(true), StandardCharsets.UTF_8))
        .doesNotContain("knee")
        .doesNotContain("\nDESCRIPTION");
  }

  @Test
  void cancelledAppointmentsAreLeftOutAndTheOthersKeepTheirUid() throws Exception {
    Appointment kept = book.appointments.book(booking(book.anna, FRIDAY_TEN), false);
    Appointment cancelled = book.appointments.book(booking(book.oskar, MONDAY_TEN), false);
    String before = ICalendarFiles.uid(kept);

    book.appointments.cancel(cancelled.id(), CancelledBy.CLIENT);
    book.appointments.move(kept.id(), FRIDAY_TEN.plusHours(2), false);

    Map<String, VEvent> events = byUid(parse(book.calendar.book(false)));
    assertThat(events).containsOnlyKeys(before);
    assertThat(start(events.get(before))).isEqualTo(Instant.parse("2026-03-27T12:00:00Z"));
  }

  @Test
  void everyChangeAsksForARefreshThatRunsOnTheGivenExecutorAndBurstsAreWrittenOnce()
      throws Exception {
    book.calendar.saveSettings(new CalendarFileSettings(folder, false));
    book.writes.clear();
    Queue<Runnable> lane = new ArrayDeque<>();
    book.calendar.refreshOn(lane::add);

    Appointment a = book.appointments.book(booking(book.anna, FRIDAY_TEN), false);
    book.appointments.changeLength(a.id(), 90, false);
    book.appointments.move(a.id(), FRIDAY_TEN.plusHours(1), false);
    book.appointments.book(booking(book.oskar, MONDAY_TEN), false);

    assertThat(book.writes).as("nothing is written on the thread that changed the book").isEmpty();
    assertThat(lane).as("four changes wait as one refresh").hasSize(1);
    lane.poll().run();
    assertThat(book.writes).hasSize(1);
    Path file = folder.resolve(CalendarFileSettings.FILE_NAME);
    Map<String, VEvent> events = byUid(parse(Files.readAllBytes(file)));
    assertThat(events).hasSize(2);
    assertThat(events.get(ICalendarFiles.uid(a)))
        .satisfies(e -> assertThat(start(e)).isEqualTo(Instant.parse("2026-03-27T11:00:00Z")))
        .satisfies(e -> assertThat(end(e)).isEqualTo(Instant.parse("2026-03-27T12:30:00Z")));

    // a change while a refresh waits joins it; one after it is written gets a refresh of its own
    book.appointments.markArrived(a.id());
    book.appointments.markNoShow(
        book.appointments
            .between(MONDAY_TEN.toLocalDate(), MONDAY_TEN.toLocalDate().plusDays(1))
            .get(0)
            .id());
    assertThat(lane).hasSize(1);
    lane.poll().run();
    assertThat(lane).isEmpty();
    assertThat(book.writes).hasSize(2);
    assertThat(folder).isDirectoryContaining(p -> p.equals(file));
    try (var left = Files.list(folder)) {
      assertThat(left).as("no temporary file is left behind").containsExactly(file);
    }
  }

  @Test
  void withoutAFolderNothingIsWrittenAndAFolderThatVanishedIsReportedInWords() throws Exception {
    Queue<Runnable> lane = new ArrayDeque<>();
    book.calendar.refreshOn(lane::add);
    book.appointments.book(booking(book.anna, FRIDAY_TEN), false);
    lane.poll().run();
    assertThat(book.writes).isEmpty();

    Path synced = Files.createDirectory(folder.resolve("Synced"));
    CalendarFile.Status written =
        book.calendar.saveSettings(new CalendarFileSettings(synced, false));
    assertThat(written.problem()).isNull();
    assertThat(written.writtenAt()).isEqualTo(book.clock.instant());
    byte[] first = Files.readAllBytes(written.file());

    Files.move(written.file(), folder.resolve("kept.ics"));
    Files.delete(synced);
    book.appointments.book(booking(book.oskar, MONDAY_TEN), false);
    lane.poll().run();

    CalendarFile.Status failed = book.calendar.status();
    assertThat(failed.problem()).contains("is not there").doesNotContain("Exception");
    assertThat(failed.writtenAt())
        .as("the last good write is still shown")
        .isEqualTo(written.writtenAt());
    assertThat(Files.readAllBytes(folder.resolve("kept.ics"))).isEqualTo(first);
  }

  @Test
  void theSettingsAreKeptAndTheirChangeIsAudited() {
    book.calendar.saveSettings(new CalendarFileSettings(folder, true));
    assertThat(book.calendar.settings()).isEqualTo(new CalendarFileSettings(folder, true));
    assertThat(
            book.db
                .dsl()
                .fetchCount(
                    org.knotwork.db.generated.Tables.AUDIT_LOG,
                    org.knotwork.db.generated.Tables.AUDIT_LOG.DETAIL.eq(
                        "Calendar file: kept, with full names")))
        .isEqualTo(1);
  }

  // --- helpers -------------------------------------------------------------------------------

  private Booking booking(long client, LocalDateTime start) {
    return new Booking(client, start, 60, book.deepTissue, Place.ROOM, 0, 0, null);
  }

  static Calendar parse(byte[] ics) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(ics));
  }

  static Map<String, VEvent> byUid(Calendar calendar) {
    List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
    return events.stream()
        .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
  }

  static String text(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse(null);
  }

  static Instant start(VEvent event) {
    return instant(event.getDateTimeStart().getDate());
  }

  static Instant end(VEvent event) {
    return instant(event.getDateTimeEnd().getDate());
  }

  private static Instant instant(Temporal t) {
    return t instanceof Instant i ? i : ((ZonedDateTime) t).toInstant();
  }
}
