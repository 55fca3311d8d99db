package org.knotwork.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.db.generated.Tables.CLIENT_CONDITION;
import static org.knotwork.db.generated.Tables.CLIENT_REGION_CONSENT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BackRegion;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.HealthCondition;
import org.knotwork.db.Database;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.Visit;

class PracticeServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-14T10:15:30.500Z"), ZoneOffset.UTC);
  private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 14, 10, 15, 30);

  private Database db;
  private PracticeService service;
  private ClientRepository clients;
  private SessionRepository sessions;

  @BeforeEach
  void openDatabase() {
    db = Database.inMemory();
    service = new PracticeService(new PracticeRepository(db.dsl()), CLOCK);
    clients = new ClientRepository(db.dsl());
    sessions = new SessionRepository(db.dsl());
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void newDatabaseHasNoPractice() {
    assertThat(service.current()).isEmpty();
  }

  @Test
  void startCreatesThePracticeWithTrimmedName() {
    Practice started =
        service.start("  Harbourside Massage ", false, org.knotwork.practice.TestTherapist.PROFILE);

    assertThat(started).isEqualTo(new Practice("Harbourside Massage", false, NOW));
    assertThat(service.current()).contains(started);
  }

  @Test
  void startTwiceIsRefused() {
    service.start("Harbourside Massage", false, org.knotwork.practice.TestTherapist.PROFILE);

    assertThatThrownBy(
            () -> service.start("Another", false, org.knotwork.practice.TestTherapist.PROFILE))
        .isInstanceOf(IllegalStateException.class);
    assertThat(service.current().orElseThrow().name()).isEqualTo("Harbourside Massage");
  }

  @Test
  void startWithBlankNameIsRefused() {
    assertThatThrownBy(
            () -> service.start("  ", false, org.knotwork.practice.TestTherapist.PROFILE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Give your practice a name.");
    assertThat(service.current()).isEmpty();
  }

  @Test
  void renameChangesOnlyTheName() {
    service.start("Harbourside Massage", true, org.knotwork.practice.TestTherapist.PROFILE);

    Practice renamed = service.rename(" Quayside Bodywork ");

    assertThat(renamed).isEqualTo(new Practice("Quayside Bodywork", true, NOW));
    assertThat(service.current()).contains(renamed);
  }

  @Test
  void renameToOverlongNameIsRefused() {
    service.start("Harbourside Massage", false, org.knotwork.practice.TestTherapist.PROFILE);

    assertThatThrownBy(() -> service.rename("x".repeat(PracticeService.MAX_NAME_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The name is longer than 120 characters.");
    assertThat(service.current().orElseThrow().name()).isEqualTo("Harbourside Massage");
  }

  @Test
  void discardDemoRefusesARealPractice() {
    service.start("Harbourside Massage", false, org.knotwork.practice.TestTherapist.PROFILE);
    long clientId = insertClientWithVisit();

    assertThatThrownBy(service::discardDemo)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Only a demo practice can be discarded.");
    assertThat(service.current()).isPresent();
    assertThat(clients.find(clientId)).isPresent();
    assertThat(sessions.summaries(clientId)).hasSize(1);
  }

  @Test
  void discardDemoWithoutPracticeIsRefused() {
    assertThatThrownBy(service::discardDemo).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void discardDemoRemovesPracticeClientsAndSessions() {
    service.start("Demo practice", true, org.knotwork.practice.TestTherapist.PROFILE);
    long clientId = insertClientWithVisit();

    service.discardDemo();

    assertThat(service.current()).isEmpty();
    assertThat(clients.count()).isZero();
    assertThat(sessions.summaries(clientId)).isEmpty();
    assertThat(db.dsl().fetchCount(CLIENT_CONDITION)).isZero();
    assertThat(db.dsl().fetchCount(CLIENT_REGION_CONSENT)).isZero();
  }

  @Test
  void practiceCanBeStartedAgainAfterDiscardingTheDemo() {
    service.start("Demo practice", true, org.knotwork.practice.TestTherapist.PROFILE);
    service.discardDemo();

    assertThat(
            service
                .start("Harbourside Massage", false, org.knotwork.practice.TestTherapist.PROFILE)
                .demo())
        .isFalse();
  }

  @Test
  void discardingTheDemoEmptiesTheAppointmentBookAndResetsItsSettings() {
    service.start("Demo practice", true, org.knotwork.practice.TestTherapist.PROFILE);
    long clientId = insertClientWithVisit();
    var book =
        new org.knotwork.appointment.AppointmentService(
            new org.knotwork.appointment.AppointmentRepository(db.dsl()), CLOCK, () -> "demo");
    var fresh = book.settings();
    book.saveSettings(
        new org.knotwork.appointment.AppointmentSettings(
            java.time.ZoneId.of("America/Toronto"),
            new org.knotwork.appointment.WorkingHours(List.of()),
            15,
            48));
    book.saveService(
        new org.knotwork.appointment.BookableService(null, "Relaxation", 60, "#88AA44", true));
    book.block(
        new org.knotwork.appointment.BlockedTime(
            null,
            LocalDateTime.of(2025, 8, 1, 0, 0),
            LocalDateTime.of(2025, 8, 8, 0, 0),
            org.knotwork.appointment.BlockReason.HOLIDAY,
            null));
    book.book(
        org.knotwork.appointment.Booking.inRoom(clientId, LocalDateTime.of(2025, 3, 3, 10, 0), 60),
        true);

    service.discardDemo();

    for (String table : List.of("appointment", "blocked_time", "bookable_service")) {
      assertThat(db.dsl().fetchCount(db.dsl().selectFrom(table))).as(table).isZero();
    }
    assertThat(book.settings()).isEqualTo(fresh);
  }

  private long insertClientWithVisit() {
    Client client =
        Client.builder()
            .fullName("Anna Berg")
            .conditions(List.of(ConditionEntry.of(HealthCondition.OSTEOARTHRITIS)))
            .regionConsents(Map.of(BackRegion.GLUTES, LocalDate.of(2025, 1, 6)))
            .build();
    long id = clients.insert(client, NOW);
    LocalDateTime start = LocalDateTime.of(2025, 3, 1, 10, 0);
    Visit.insertAll(sessions, List.of(new Visit(id, start, 60, start.plusMinutes(70))));
    return id;
  }
}
