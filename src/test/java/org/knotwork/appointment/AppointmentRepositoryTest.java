package org.knotwork.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditRepository;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;

class AppointmentRepositoryTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
  private static final LocalDateTime NOW = LocalDateTime.now(CLOCK);
  private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 3, 2, 10, 0);

  private Database db;
  private AppointmentRepository repository;
  private long anna;

  @BeforeEach
  void aClient() {
    db = Database.inMemory();
    anna =
        new ClientService(new ClientRepository(db.dsl()), CLOCK, "anna")
            .save(Client.builder().fullName("Anna Berg").build())
            .id();
    repository = new AppointmentRepository(db.dsl());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aMobileVisitIsReadBackWithEveryField() {
    long service =
        repository.saveService(
            new BookableService(null, "Deep tissue", 60, "#4a90e2", true), NOW, "anna");
    Booking booking =
        new Booking(
            anna,
            MONDAY_TEN,
            75,
            service,
            Place.clientHome("12 Shore, Leith"),
            20,
            15,
            "Bring the bolster");
    long id = repository.insertAll(List.of(booking), NOW, "anna").get(0);

    Appointment a = repository.find(id).orElseThrow();
    assertThat(a.booking()).isEqualTo(booking);
    assertThat(a.clientName()).isEqualTo("Anna Berg");
    assertThat(a.state()).isEqualTo(AppointmentState.BOOKED);
    assertThat(a.cancelledBy()).isNull();
    assertThat(a.sessionId()).isNull();
    assertThat(a.createdAt()).isEqualTo(NOW);
    assertThat(repository.services())
        .containsExactly(new BookableService(service, "Deep tissue", 60, "#4A90E2", true));
  }

  @Test
  void aRangeHoldsTheAppointmentsStartingInItInOrder() {
    List<Long> ids =
        repository.insertAll(
            List.of(
                Booking.inRoom(anna, MONDAY_TEN.plusDays(1), 60),
                Booking.inRoom(anna, MONDAY_TEN, 60),
                Booking.inRoom(anna, MONDAY_TEN.plusDays(7), 60)),
            NOW,
            "anna");
    assertThat(repository.startingBetween(MONDAY_TEN, MONDAY_TEN.plusDays(7)))
        .extracting(Appointment::id)
        .containsExactly(ids.get(1), ids.get(0));
  }

  @Test
  void aStateChangeOnlyHappensFromTheStateExpected() {
    long id =
        repository.insertAll(List.of(Booking.inRoom(anna, MONDAY_TEN, 60)), NOW, "anna").get(0);
    assertThat(
            repository.changeState(
                id,
                AppointmentState.BOOKED,
                AppointmentState.CANCELLED,
                CancelledBy.CLIENT,
                null,
                AuditEntry.Action.CANCEL,
                "By the client",
                NOW,
                "anna"))
        .isTrue();
    assertThat(
            repository.changeState(
                id,
                AppointmentState.BOOKED,
                AppointmentState.ARRIVED,
                null,
                null,
                AuditEntry.Action.ARRIVE,
                null,
                NOW,
                "anna"))
        .isFalse();
    Appointment a = repository.find(id).orElseThrow();
    assertThat(a.state()).isEqualTo(AppointmentState.CANCELLED);
    assertThat(a.cancelledBy()).isEqualTo(CancelledBy.CLIENT);
    assertThat(a.cancelledAt()).isEqualTo(NOW);
    assertThat(new AuditRepository(db.dsl()).about(AppointmentRepository.ENTITY, id))
        .extracting(AuditEntry::action)
        .containsExactly(AuditEntry.Action.CREATE, AuditEntry.Action.CANCEL);
  }

  @Test
  void aCancelledAppointmentWithoutWhoCancelledIsRefused() {
    long id =
        repository.insertAll(List.of(Booking.inRoom(anna, MONDAY_TEN, 60)), NOW, "anna").get(0);
    assertRefusedBy(
        "APPOINTMENT_CANCELLATION",
        () -> db.dsl().execute("UPDATE appointment SET state = 'CANCELLED' WHERE id = " + id));
  }

  @Test
  void aCompletedAppointmentWithoutANoteIsRefused() {
    long id =
        repository.insertAll(List.of(Booking.inRoom(anna, MONDAY_TEN, 60)), NOW, "anna").get(0);
    assertRefusedBy(
        "APPOINTMENT_COMPLETED_NOTE",
        () -> db.dsl().execute("UPDATE appointment SET state = 'COMPLETED' WHERE id = " + id));
  }

  @Test
  void anAddressInTheRoomIsRefused() {
    long id =
        repository.insertAll(List.of(Booking.inRoom(anna, MONDAY_TEN, 60)), NOW, "anna").get(0);
    assertRefusedBy(
        "APPOINTMENT_ADDRESS",
        () -> db.dsl().execute("UPDATE appointment SET address = 'Leith' WHERE id = " + id));
  }

  @Test
  void rescheduleKeepsToTheStatesGiven() {
    long id =
        repository.insertAll(List.of(Booking.inRoom(anna, MONDAY_TEN, 60)), NOW, "anna").get(0);
    assertThat(
            repository.reschedule(
                id,
                MONDAY_TEN.plusHours(2),
                45,
                List.of(AppointmentState.ARRIVED),
                "Moved",
                NOW,
                "anna"))
        .isFalse();
    assertThat(
            repository.reschedule(
                id,
                MONDAY_TEN.plusHours(2),
                45,
                List.of(AppointmentState.BOOKED),
                "Moved",
                NOW,
                "anna"))
        .isTrue();
    Appointment a = repository.find(id).orElseThrow();
    assertThat(a.start()).isEqualTo(MONDAY_TEN.plusHours(2));
    assertThat(a.lengthMinutes()).isEqualTo(45);
  }

  @Test
  void aNewPracticeWorksWeekdaysNineToFiveInTheComputersZone() {
    AppointmentSettings settings = repository.settings(ZoneId.of("Europe/Oslo"));
    assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/Oslo"));
    assertThat(settings.hours()).isEqualTo(WorkingHours.WEEKDAYS_NINE_TO_FIVE);
    assertThat(settings.minimumGapMinutes()).isZero();
    assertThat(settings.lateNoticeHours()).isEqualTo(24);
  }

  @Test
  void settingsAreKept() {
    WorkingHours hours =
        new WorkingHours(
            List.of(
                new WorkingHours.Span(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new WorkingHours.Span(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(18, 30)),
                new WorkingHours.Span(
                    DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0))));
    AppointmentSettings chosen =
        new AppointmentSettings(ZoneId.of("America/Toronto"), hours, 15, 48);
    repository.saveSettings(chosen, NOW, "anna");
    assertThat(repository.settings(ZoneId.of("Europe/Oslo"))).isEqualTo(chosen);
  }

  @Test
  void blockedTimeIsFoundByOverlapAndCanBeFreed() {
    long holiday =
        repository.addBlocked(
            new BlockedTime(
                null,
                MONDAY_TEN.minusDays(3),
                MONDAY_TEN.plusDays(4),
                BlockReason.HOLIDAY,
                "Crete"),
            NOW,
            "anna");
    assertThat(repository.blockedBetween(MONDAY_TEN, MONDAY_TEN.plusDays(1)))
        .extracting(BlockedTime::id, BlockedTime::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(holiday, "Crete"));
    assertThat(repository.blockedBetween(MONDAY_TEN.plusDays(4), MONDAY_TEN.plusDays(5))).isEmpty();
    assertThat(repository.removeBlocked(holiday, NOW, "anna")).isTrue();
    assertThat(repository.removeBlocked(holiday, NOW, "anna")).isFalse();
    assertThat(repository.blockedBetween(MONDAY_TEN, MONDAY_TEN.plusDays(1))).isEmpty();
  }

  private static void assertRefusedBy(String constraint, Runnable change) {
    assertThatThrownBy(change::run)
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining(constraint);
  }
}
