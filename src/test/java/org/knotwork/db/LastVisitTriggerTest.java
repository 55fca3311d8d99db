package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.db.generated.Tables.CLIENT;
import static org.knotwork.db.generated.Tables.SESSION;

import java.time.LocalDateTime;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;

class LastVisitTriggerTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 18, 0);
  private static final LocalDateTime MARCH = LocalDateTime.of(2026, 3, 2, 9, 0);
  private static final LocalDateTime JANUARY = LocalDateTime.of(2026, 1, 12, 9, 0);

  private final Database db = Database.inMemory();
  private final DSLContext dsl = db.dsl();
  private final ClientRepository clients = new ClientRepository(dsl);
  private final SessionRepository sessions = new SessionRepository(dsl);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aClientWithoutVisitsHasNoLastVisit() {
    long id = clients.insert(Client.builder().fullName("Ines Duarte").build(), NOW);

    assertThat(lastVisit(id)).isNull();
  }

  @Test
  void anEarlierVisitWrittenLaterLeavesTheLatestInPlace() {
    long id = clients.insert(Client.builder().fullName("Ines Duarte").build(), NOW);
    sessions.createDraft(draft(id, MARCH), "anna", NOW);
    sessions.createDraft(draft(id, JANUARY), "anna", NOW);

    assertThat(lastVisit(id)).isEqualTo(MARCH);
  }

  @Test
  void movingOrRemovingTheLatestVisitFindsTheNextOne() {
    long id = clients.insert(Client.builder().fullName("Ines Duarte").build(), NOW);
    sessions.createDraft(draft(id, JANUARY), "anna", NOW);
    long march = sessions.createDraft(draft(id, MARCH), "anna", NOW);

    dsl.update(SESSION)
        .set(SESSION.SERVICE_START, JANUARY.minusDays(5))
        .where(SESSION.ID.eq(march))
        .execute();
    assertThat(lastVisit(id)).isEqualTo(JANUARY);

    sessions.deleteDraft(march, "anna", NOW);
    assertThat(lastVisit(id)).isEqualTo(JANUARY);
  }

  @Test
  void signingAndImportedVisitsKeepTheDate() {
    long id = clients.insert(Client.builder().fullName("Ines Duarte").build(), NOW);
    sessions.importNotes(
        java.util.List.of(draft(id, JANUARY).signedAs(JANUARY.plusHours(2), null)), "import");

    assertThat(lastVisit(id)).isEqualTo(JANUARY);
    assertThat(clients.search(java.util.List.of("ines"), false).get(0).lastVisit())
        .isEqualTo(JANUARY.toLocalDate());
  }

  private LocalDateTime lastVisit(long clientId) {
    return dsl.select(CLIENT.LAST_VISIT)
        .from(CLIENT)
        .where(CLIENT.ID.eq(clientId))
        .fetchOne(0, LocalDateTime.class);
  }

  private static SessionNote draft(long clientId, LocalDateTime start) {
    return SessionNote.draft(clientId, start, 60, Set.of(), start.plusHours(1));
  }
}
