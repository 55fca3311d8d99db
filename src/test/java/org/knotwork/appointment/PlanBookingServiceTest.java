package org.knotwork.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.appointment.PlanSchedule.Proposal;
import org.knotwork.appointment.PlanSchedule.Rhythm;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.session.SessionFixtures;
import org.knotwork.session.SessionRepository;
import org.knotwork.testing.MovableClock;

/** Booking a plan's sessions through the service, and the time zone as a setting. */
class PlanBookingServiceTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  // Sunday 1 March 2026, 10:00 in London
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 10, 0);
  private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 3, 2, 10, 0);

  private Database db;
  private AppointmentService book;
  private long anna;
  private long oskar;

  @BeforeEach
  void aBookInLondon() {
    db = Database.inMemory();
    MovableClock clock = new MovableClock(NOW);
    ClientService clients = new ClientService(new ClientRepository(db.dsl()), clock, "anna");
    anna = clients.save(Client.builder().fullName("Anna Berg").build()).id();
    oskar = clients.save(Client.builder().fullName("Oskar Lind").build()).id();
    book = new AppointmentService(new AppointmentRepository(db.dsl()), clock, () -> "anna");
    book.saveSettings(new AppointmentSettings(LONDON, WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theProposalReadsTheBookAndMovesAClash() {
    book.book(Booking.inRoom(oskar, MONDAY_TEN.plusWeeks(1), 60), false);
    List<Proposal> p = book.proposePlan(Booking.inRoom(anna, MONDAY_TEN, 60), Rhythm.WEEKLY, 3);
    assertThat(p.get(1).start()).isEqualTo(MONDAY_TEN.plusWeeks(1).withHour(11));
    assertThat(p.get(1).reason()).contains("Overlaps Oskar Lind at 10:00–11:00");
    assertThat(book.between(MONDAY_TEN.toLocalDate(), MONDAY_TEN.toLocalDate().plusWeeks(3)))
        .hasSize(1); // nothing booked by proposing
  }

  @Test
  void bookAllBooksEverySessionInOneGo() {
    List<Appointment> booked =
        book.bookAll(
            List.of(
                Booking.inRoom(anna, MONDAY_TEN, 60),
                Booking.inRoom(anna, MONDAY_TEN.plusWeeks(1).withHour(11), 60)));
    assertThat(booked).extracting(Appointment::state).containsOnly(AppointmentState.BOOKED);
    assertThat(book.between(MONDAY_TEN.toLocalDate(), MONDAY_TEN.toLocalDate().plusWeeks(2)))
        .extracting(Appointment::start)
        .containsExactly(MONDAY_TEN, MONDAY_TEN.plusWeeks(1).withHour(11));
  }

  @Test
  void aClashFoundAtBookingBooksNoneAndNamesTheDay() {
    // booked meanwhile, after the proposal was shown
    book.book(Booking.inRoom(oskar, MONDAY_TEN.plusWeeks(1), 60), false);
    assertThatThrownBy(
            () ->
                book.bookAll(
                    List.of(
                        Booking.inRoom(anna, MONDAY_TEN, 60),
                        Booking.inRoom(anna, MONDAY_TEN.plusWeeks(1), 60))))
        .isInstanceOfSatisfying(
            BookingConflictException.class,
            e ->
                assertThat(e.conflicts())
                    .extracting(Conflict::message)
                    .containsExactly("On Mon 9 March: Overlaps Oskar Lind at 10:00–11:00"));
    assertThat(book.between(MONDAY_TEN.toLocalDate(), MONDAY_TEN.toLocalDate().plusWeeks(2)))
        .extracting(Appointment::clientName)
        .containsExactly("Oskar Lind");
  }

  @Test
  void sessionsOfOneGoMayNotClashWithEachOther() {
    assertThatThrownBy(
            () ->
                book.bookAll(
                    List.of(
                        Booking.inRoom(anna, MONDAY_TEN, 60),
                        Booking.inRoom(anna, MONDAY_TEN.plusMinutes(30), 60))))
        .isInstanceOf(BookingConflictException.class);
    assertThat(book.between(MONDAY_TEN.toLocalDate(), MONDAY_TEN.toLocalDate().plusDays(1)))
        .isEmpty();
  }

  @Test
  void thePlansSessionsSoFarCountSignedNotesSinceItBeganAndOpenAppointments() {
    SessionRepository notes = new SessionRepository(db.dsl());
    notes.importNotes(
        List.of(
            SessionFixtures.signedNote(anna, LocalDateTime.of(2026, 1, 20, 10, 0), 60), // before
            SessionFixtures.signedNote(anna, LocalDateTime.of(2026, 2, 9, 10, 0), 60),
            SessionFixtures.signedNote(anna, LocalDateTime.of(2026, 2, 16, 10, 0), 60),
            SessionFixtures.signedNote(oskar, LocalDateTime.of(2026, 2, 16, 12, 0), 60)),
        "anna");
    book.book(Booking.inRoom(anna, MONDAY_TEN, 60), false);
    Appointment cancelled = book.book(Booking.inRoom(anna, MONDAY_TEN.plusDays(1), 60), false);
    book.cancel(cancelled.id(), CancelledBy.CLIENT);
    book.book(Booking.inRoom(oskar, MONDAY_TEN.plusDays(2), 60), false);

    PlanSchedule.SoFar soFar = book.planSoFar(anna, LocalDate.of(2026, 2, 1));
    assertThat(soFar.done()).isEqualTo(2);
    assertThat(soFar.booked()).containsExactly(MONDAY_TEN);
    assertThat(soFar.left(6)).isEqualTo(3);
    assertThat(soFar.left(2)).isZero();
  }

  @Test
  void theBookFollowsTheComputersZoneUntilAZoneIsChosen() {
    ZoneId toronto = ZoneId.of("America/Toronto");
    assertThat(book.chosenZone()).contains(LONDON);
    book.saveSettings(
        new AppointmentSettings(toronto, WorkingHours.WEEKDAYS_NINE_TO_FIVE, 10, 48), true);
    assertThat(book.chosenZone()).isEmpty();
    // the clock in these tests is in UTC: the computer's zone
    assertThat(book.settings().zone()).isEqualTo(java.time.ZoneOffset.UTC);
    assertThat(book.settings().minimumGapMinutes()).isEqualTo(10);
    book.saveSettings(
        new AppointmentSettings(toronto, WorkingHours.WEEKDAYS_NINE_TO_FIVE, 10, 48), false);
    assertThat(book.chosenZone()).contains(toronto);
    assertThat(book.settings().zone()).isEqualTo(toronto);
  }
}
