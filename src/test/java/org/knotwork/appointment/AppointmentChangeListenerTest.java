package org.knotwork.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.testing.MovableClock;

/** {@link AppointmentService#onChange}: told after every change written, never after a refusal. */
class AppointmentChangeListenerTest {
  private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 3, 2, 10, 0);
  private final Database db = Database.inMemory();
  private final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 3, 1, 10, 0));
  private final AppointmentService book =
      new AppointmentService(new AppointmentRepository(db.dsl()), clock, () -> "maya");
  private final AtomicInteger changes = new AtomicInteger();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void everyWrittenChangeIsToldOnceAndARefusedOneNot() {
    book.saveSettings(
        new AppointmentSettings(
            ZoneId.of("Europe/London"), WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24));
    long anna =
        new ClientService(new ClientRepository(db.dsl()), clock, "maya")
            .save(Client.builder().fullName("Anna Berg").build())
            .id();
    book.onChange(changes::incrementAndGet);

    Appointment a = book.book(Booking.inRoom(anna, MONDAY_TEN, 60), false);
    assertThat(changes).hasValue(1);
    assertThatThrownBy(() -> book.book(Booking.inRoom(anna, MONDAY_TEN, 60), false))
        .isInstanceOf(BookingConflictException.class);
    assertThat(changes).as("a refused booking changes nothing").hasValue(1);

    book.move(a.id(), MONDAY_TEN.plusHours(1), false);
    book.changeLength(a.id(), 90, false);
    book.markArrived(a.id());
    assertThat(changes).hasValue(4);
    Appointment b = book.book(Booking.inRoom(anna, MONDAY_TEN.plusDays(1), 60), false);
    book.cancel(b.id(), CancelledBy.CLIENT);
    Appointment c = book.book(Booking.inRoom(anna, MONDAY_TEN.plusDays(2), 60), false);
    book.markNoShow(c.id());
    assertThat(changes).hasValue(8);
    book.bookSeries(
        Booking.inRoom(anna, MONDAY_TEN.plusWeeks(2), 60),
        new Recurrence(Recurrence.Pattern.WEEKLY, 3),
        false);
    assertThat(changes).as("a series is one change").hasValue(9);
  }

  @Test
  void aFailingListenerDoesNotUndoTheChange() {
    long anna =
        new ClientService(new ClientRepository(db.dsl()), clock, "maya")
            .save(Client.builder().fullName("Anna Berg").build())
            .id();
    book.onChange(
        () -> {
          throw new IllegalStateException("the listener broke");
        });
    book.onChange(changes::incrementAndGet);

    Appointment a = book.book(Booking.inRoom(anna, MONDAY_TEN, 60), true);

    assertThat(book.load(a.id()).state()).isEqualTo(AppointmentState.BOOKED);
    assertThat(changes).as("the next listener is still told").hasValue(1);
  }
}
