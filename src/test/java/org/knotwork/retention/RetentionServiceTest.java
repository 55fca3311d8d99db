package org.knotwork.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.session.SessionFixtures;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.SessionService;

class RetentionServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
  private static final LocalDateTime NOW = LocalDateTime.now(CLOCK);

  private Database db;
  private RetentionService retention;
  private long oldClient;
  private long recentClient;

  @BeforeEach
  void realPracticeWithAnOldAndARecentRecord() {
    db = Database.inMemory();
    new PracticeService(new PracticeRepository(db.dsl()), CLOCK)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    ClientService clients = new ClientService(new ClientRepository(db.dsl()), CLOCK, "anna");
    oldClient =
        clients
            .save(
                Client.builder()
                    .fullName("Oskar Lind")
                    .dateOfBirth(LocalDate.of(1960, 5, 1))
                    .build())
            .id();
    recentClient = clients.save(Client.builder().fullName("Zoë Ward").build()).id();
    SessionRepository notes = new SessionRepository(db.dsl());
    notes.importNotes(
        List.of(
            SessionFixtures.signedNote(oldClient, NOW.minusYears(12), 45),
            SessionFixtures.signedNote(oldClient, NOW.minusYears(11), 45),
            SessionFixtures.signedNote(recentClient, NOW.minusMonths(2), 45)),
        "anna");
    SessionService sessions =
        new SessionService(notes, CLOCK, () -> "anna", org.knotwork.practice.TestTherapist::signer);
    long oldNote = sessions.latestSigned(oldClient).orElseThrow().id();
    sessions.addAddendum(oldNote, "Late entry", "Client phoned to say the ache had gone.");
    retention = new RetentionService(new RetentionRepository(db.dsl()), CLOCK, "anna");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aRecordIsKeptTenYearsAfterTheLastVisitByDefault() {
    assertThat(retention.dueForReview())
        .extracting(KeptRecord::fullName)
        .containsExactly("Oskar Lind");
    KeptRecord old = retention.dueForReview().get(0);
    assertThat(old.lastVisit()).isEqualTo(NOW.minusYears(11).toLocalDate());
    assertThat(old.keptUntil()).isEqualTo(NOW.minusYears(1).toLocalDate());
  }

  @Test
  void anUnsignedDraftIsNoVisitForRetention() {
    new SessionRepository(db.dsl())
        .createDraft(
            org.knotwork.session.SessionNote.draft(
                oldClient, NOW.minusDays(3), 45, java.util.Set.of(), NOW.minusDays(3)),
            "anna",
            NOW);

    assertThat(retention.dueForReview())
        .singleElement()
        .satisfies(
            old -> {
              assertThat(old.fullName()).isEqualTo("Oskar Lind");
              assertThat(old.lastVisit()).isEqualTo(NOW.minusYears(11).toLocalDate());
            });
  }

  @Test
  void aMinorsRecordIsKeptUntilTheYearsHavePassedSinceComingOfAge() {
    RetentionPolicy policy = new RetentionPolicy(7, 18);
    LocalDate born = LocalDate.of(2015, 6, 1);
    LocalDate lastVisit = LocalDate.of(2024, 1, 10);
    assertThat(policy.keptUntil(lastVisit, born)).isEqualTo(LocalDate.of(2040, 6, 1));
    assertThat(policy.keptUntil(lastVisit, LocalDate.of(1980, 1, 1)))
        .isEqualTo(LocalDate.of(2031, 1, 10));
    assertThat(policy.keptUntil(lastVisit, null)).isEqualTo(LocalDate.of(2031, 1, 10));
  }

  @Test
  void aShorterPolicyBringsMoreRecordsDue() {
    retention.savePolicy(new RetentionPolicy(1, 18));
    assertThat(retention.policy()).isEqualTo(new RetentionPolicy(1, 18));
    assertThat(retention.dueForReview())
        .extracting(KeptRecord::fullName)
        .containsExactly("Oskar Lind");
    retention.savePolicy(new RetentionPolicy(50, 25));
    assertThat(retention.dueForReview()).isEmpty();
  }

  @Test
  void deletingARecordPastRetentionRemovesEveryRowAndLeavesAnAuditEntry() {
    DeletedRecord deleted = retention.delete(oldClient, "  Oskar   Lind ", false);

    assertThat(deleted.fullName()).isEqualTo("Oskar Lind");
    assertThat(deleted.notes()).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM client WHERE id = " + oldClient)).isZero();
    assertThat(count("SELECT COUNT(*) FROM session WHERE client_id = " + oldClient)).isZero();
    assertThat(count("SELECT COUNT(*) FROM session_addendum")).isZero();
    assertThat(
            count("SELECT COUNT(*) FROM session_finding f JOIN session s ON s.id = f.session_id"))
        .as("the other client's note is untouched")
        .isEqualTo(1);
    List<AuditEntry> trail = new AuditRepository(db.dsl()).about("client", oldClient);
    assertThat(trail)
        .last()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.DELETE);
              assertThat(e.detail()).startsWith("Past the retention period");
              assertThat(e.detail()).doesNotContain("Oskar").doesNotContain("ache");
            });
  }

  @Test
  void aRecordStillKeptIsDeletedOnlyWithAnOverride() {
    assertThatThrownBy(() -> retention.delete(recentClient, "Zoë Ward", false))
        .isInstanceOf(RetentionException.class)
        .hasMessageContaining("must be kept until");
    assertThat(count("SELECT COUNT(*) FROM client WHERE id = " + recentClient)).isOne();

    retention.delete(recentClient, "Zoë Ward", true);
    assertThat(count("SELECT COUNT(*) FROM client WHERE id = " + recentClient)).isZero();
    assertThat(new AuditRepository(db.dsl()).about("client", recentClient))
        .last()
        .extracting(AuditEntry::detail)
        .asString()
        .contains("by override");
  }

  @Test
  void aWrongNameDeletesNothing() {
    assertThatThrownBy(() -> retention.delete(oldClient, "Oskar", false))
        .isInstanceOf(RetentionException.class)
        .hasMessageContaining("nothing was deleted");
    assertThat(count("SELECT COUNT(*) FROM session WHERE client_id = " + oldClient)).isEqualTo(2);
  }

  @Test
  void theNameInAnotherCaseDeletesNothing() {
    assertThatThrownBy(() -> retention.delete(oldClient, "oskar lind", false))
        .isInstanceOf(RetentionException.class)
        .hasMessageContaining("exactly as it is shown");
    assertThat(count("SELECT COUNT(*) FROM client WHERE id = " + oldClient)).isOne();
  }

  @Test
  void theDatabaseRefusesToDeleteSignedNotesWithoutTheAuditEntry() {
    assertThatThrownBy(() -> db.dsl().execute("DELETE FROM session_addendum"))
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> db.dsl().execute("DELETE FROM session WHERE client_id = " + oldClient))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("signed note cannot be changed or deleted");
    assertThat(count("SELECT COUNT(*) FROM session WHERE client_id = " + oldClient)).isEqualTo(2);
  }

  @Test
  void deletingARecordRemovesTheClientsAppointmentsAndNoOneElses() {
    var book =
        new org.knotwork.appointment.AppointmentService(
            new org.knotwork.appointment.AppointmentRepository(db.dsl()), CLOCK, () -> "anna");
    LocalDateTime visit = LocalDateTime.of(2026, 12, 7, 10, 0);
    var completed =
        book.book(
            org.knotwork.appointment.Booking.inRoom(oldClient, visit.minusWeeks(1), 60), true);
    book.complete(
        completed.id(),
        new SessionService(
                new SessionRepository(db.dsl()),
                CLOCK,
                () -> "anna",
                org.knotwork.practice.TestTherapist::signer)
            .latestSigned(oldClient)
            .orElseThrow()
            .id());
    var cancelled = book.book(org.knotwork.appointment.Booking.inRoom(oldClient, visit, 60), false);
    book.cancel(cancelled.id(), org.knotwork.appointment.CancelledBy.CLIENT);
    book.book(org.knotwork.appointment.Booking.inRoom(recentClient, visit, 60), false);

    retention.delete(oldClient, "Oskar Lind", false);

    assertThat(count("SELECT COUNT(*) FROM appointment WHERE client_id = " + oldClient)).isZero();
    assertThat(count("SELECT COUNT(*) FROM appointment WHERE client_id = " + recentClient))
        .isEqualTo(1);
  }

  @Test
  void deletingAClientWithPlansAndMeasuresLeavesNoRowOfThemAndTouchesNoOtherClient() {
    try (Database demoDb = Database.inMemory()) {
      var practices = new PracticeService(new PracticeRepository(demoDb.dsl()), CLOCK);
      new org.knotwork.demo.DemoPractice(
              practices,
              new ClientRepository(demoDb.dsl()),
              new SessionRepository(demoDb.dsl()),
              new org.knotwork.outcome.OutcomeRepository(demoDb.dsl()),
              new org.knotwork.plan.PlanRepository(demoDb.dsl()),
              new org.knotwork.appointment.AppointmentRepository(demoDb.dsl()),
              CLOCK)
          .create(12, 3, 7);
      var dsl = demoDb.dsl();
      long client =
          dsl.fetchOne(
                  "SELECT c.id FROM client c WHERE EXISTS (SELECT 1 FROM treatment_plan p WHERE"
                      + " p.client_id = c.id) AND EXISTS (SELECT 1 FROM outcome_entry o WHERE"
                      + " o.client_id = c.id) ORDER BY c.id LIMIT 1")
              .get(0, Long.class);
      String name =
          dsl.fetchOne("SELECT full_name FROM client WHERE id = " + client).get(0, String.class);
      String othersNotes = "SELECT COUNT(*) FROM session WHERE client_id <> " + client;
      int before = dsl.fetchOne(othersNotes).get(0, Integer.class);

      DeletedRecord deleted =
          new RetentionService(new RetentionRepository(dsl), CLOCK, "anna")
              .delete(client, name, true);

      assertThat(deleted.plans()).isPositive();
      assertThat(deleted.measures()).isPositive();
      for (String table : List.of("client", "session", "outcome_entry", "treatment_plan")) {
        String column = table.equals("client") ? "id" : "client_id";
        assertThat(
                dsl.fetchOne("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = " + client)
                    .get(0, Integer.class))
            .as(table)
            .isZero();
      }
      assertThat(
              dsl.fetchOne(
                      "SELECT COUNT(*) FROM plan_goal g WHERE NOT EXISTS (SELECT 1 FROM"
                          + " treatment_plan p WHERE p.id = g.plan_id)")
                  .get(0, Integer.class))
          .isZero();
      assertThat(dsl.fetchOne(othersNotes).get(0, Integer.class)).isEqualTo(before);
      assertThat(
              dsl.fetchOne("SELECT detail FROM audit_log WHERE action = 'DELETE'")
                  .get(0, String.class))
          .contains("by override")
          .doesNotContain(name);
    }
  }

  private int count(String sql) {
    return db.dsl().fetchOne(sql).get(0, Integer.class);
  }
}
