package org.knotwork.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditEntry.Action;
import org.knotwork.audit.AuditRepository;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;

/**
 * Creating, moving, cancelling, arrival and no-shows each leave an audit entry, and none of them
 * carries the private note or any other clinical text.
 */
class AppointmentAuditTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
  private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 3, 2, 10, 0);
  private static final String NOTE = "Bring the bolster; sore left hip since the fall";

  private Database db;
  private AppointmentService book;
  private long anna;

  @BeforeEach
  void aBook() {
    db = Database.inMemory();
    ClientService clients = new ClientService(new ClientRepository(db.dsl()), CLOCK, "anna");
    anna = clients.save(Client.builder().fullName("Anna Berg").build()).id();
    book = new AppointmentService(new AppointmentRepository(db.dsl()), CLOCK, () -> "anna");
    book.saveSettings(
        new AppointmentSettings(
            ZoneId.of("Europe/London"), WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Appointment booked(LocalDateTime start) {
    return book.book(new Booking(anna, start, 60, null, Place.ROOM, 0, 0, NOTE), false);
  }

  @Test
  void arrivalAndANoShowAreAuditedLikeBookingMovingAndCancelling() {
    Appointment moved = booked(MONDAY_TEN);
    book.move(moved.id(), MONDAY_TEN.plusHours(2), false);
    Appointment arrived = booked(MONDAY_TEN.plusDays(1));
    book.markArrived(arrived.id());
    Appointment missed = booked(MONDAY_TEN.plusDays(2));
    book.markNoShow(missed.id());
    Appointment cancelled = booked(MONDAY_TEN.plusDays(3));
    book.cancel(cancelled.id(), CancelledBy.THERAPIST);

    AuditRepository audit = new AuditRepository(db.dsl());
    assertThat(audit.about("appointment", moved.id()))
        .extracting(AuditEntry::action, AuditEntry::detail)
        .containsExactly(Tuple.tuple(Action.CREATE, null), Tuple.tuple(Action.UPDATE, "Moved"));
    assertThat(audit.about("appointment", arrived.id()))
        .extracting(AuditEntry::action)
        .containsExactly(Action.CREATE, Action.ARRIVE);
    assertThat(audit.about("appointment", missed.id()))
        .extracting(AuditEntry::action)
        .containsExactly(Action.CREATE, Action.NO_SHOW);
    assertThat(audit.about("appointment", cancelled.id()))
        .extracting(AuditEntry::action, AuditEntry::detail)
        .containsExactly(
            Tuple.tuple(Action.CREATE, null), Tuple.tuple(Action.CANCEL, "By the therapist"));
    assertThat(audit.about("appointment", missed.id()))
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo("anna"));
  }

  @Test
  void noAuditEntryHoldsThePrivateNoteOrAnyPartOfIt() {
    Appointment a = booked(MONDAY_TEN);
    book.move(a.id(), MONDAY_TEN.plusHours(1), false);
    book.changeLength(a.id(), 45, false);
    book.markNoShow(booked(MONDAY_TEN.plusDays(1)).id());
    book.markArrived(booked(MONDAY_TEN.plusDays(2)).id());
    book.cancel(booked(MONDAY_TEN.plusDays(3)).id(), CancelledBy.CLIENT);

    List<String> everything =
        db.dsl().fetch("SELECT * FROM audit_log").stream().map(Object::toString).toList();
    assertThat(everything).hasSizeGreaterThanOrEqualTo(9);
    assertThat(everything)
        .noneMatch(row -> row.contains("bolster") || row.contains("hip") || row.contains("fall"));
  }
}
