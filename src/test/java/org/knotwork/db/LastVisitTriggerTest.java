package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.db.generated.Tables.CLIENT;
import static org.knotwork.db.generated.Tables.SESSION;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    sessions.importNotes(List.of(signed(id, MARCH)), "import");
    sessions.importNotes(List.of(signed(id, JANUARY)), "import");

    assertThat(lastVisit(id)).isEqualTo(MARCH);
  }

  @Test
  void anUnsignedDraftIsNoVisit() {
    long id = clients.insert(Client.builder().fullName("Ines Duarte").build(), NOW);
    sessions.createDraft(draft(id, MARCH), "anna", NOW);
    assertThat(lastVisit(id)).isNull();

    sessions.importNotes(List.of(signed(id, JANUARY)), "import");
    assertThat(lastVisit(id)).as("a later draft does not hide the signed visit").isEqualTo(JANUARY);
    assertThat(clients.search(List.of("ines"), false).get(0).lastVisit())
        .isEqualTo(JANUARY.toLocalDate());
  }

  @Test
  void signingADraftMakesItTheLastVisit() {
    long id = clients.insert(Client.builder().fullName("Ines Duarte").build(), NOW);
    sessions.importNotes(List.of(signed(id, JANUARY)), "import");
    long march = sessions.createDraft(draft(id, MARCH), "anna", NOW);
    assertThat(lastVisit(id)).isEqualTo(JANUARY);

    sessions.sign(sessions.find(march).orElseThrow(), NOW, "hash", "anna");

    assertThat(lastVisit(id)).isEqualTo(MARCH);
  }

  @Test
  void movingOrDiscardingADraftLeavesTheLastVisit() {
    long id = clients.insert(Client.builder().fullName("Ines Duarte").build(), NOW);
    sessions.importNotes(List.of(signed(id, JANUARY)), "import");
    long march = sessions.createDraft(draft(id, MARCH), "anna", NOW);

    dsl.update(SESSION)
        .set(SESSION.SERVICE_START, MARCH.plusDays(5))
        .where(SESSION.ID.eq(march))
        .execute();
    assertThat(lastVisit(id)).isEqualTo(JANUARY);

    sessions.deleteDraft(march, "anna", NOW);
    assertThat(lastVisit(id)).isEqualTo(JANUARY);
  }

  @Test
  void signingAndImportedVisitsKeepTheDate() {
    long id = clients.insert(Client.builder().fullName("Ines Duarte").build(), NOW);
    sessions.importNotes(List.of(signed(id, JANUARY)), "import");

    assertThat(lastVisit(id)).isEqualTo(JANUARY);
    assertThat(clients.search(List.of("ines"), false).get(0).lastVisit())
        .isEqualTo(JANUARY.toLocalDate());
  }

  @Test
  void aPracticeWhoseDraftCountedAsAVisitIsPutRightByTheMigration(@TempDir Path root)
      throws Exception {
    DataDirectory dir = DataDirectory.at(root);
    dir.ensureExists();
    String url = "jdbc:h2:file:" + dir.databaseBase() + ";DB_CLOSE_ON_EXIT=FALSE";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "knotwork", "");
    long id;
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration")
          .target("10")
          .load()
          .migrate();
      DSLContext before = DSL.using(pool, SQLDialect.H2);
      id =
          new ClientRepository(before)
              .insert(Client.builder().fullName("Ines Duarte").build(), NOW);
      SessionRepository notes = new SessionRepository(before);
      notes.importNotes(List.of(signed(id, JANUARY)), "import");
      notes.createDraft(draft(id, MARCH), "anna", NOW);
      // as the trigger of the earlier versions left it: the draft counted as the last visit
      before.update(CLIENT).set(CLIENT.LAST_VISIT, MARCH).where(CLIENT.ID.eq(id)).execute();
    } finally {
      pool.dispose();
    }

    try (Database migrated = Database.open(dir, DatabaseCredentials.unencrypted())) {
      assertThat(
              migrated
                  .dsl()
                  .select(CLIENT.LAST_VISIT)
                  .from(CLIENT)
                  .where(CLIENT.ID.eq(id))
                  .fetchOne(0, LocalDateTime.class))
          .isEqualTo(JANUARY);
      assertThat(new ClientRepository(migrated.dsl()).search(List.of("ines"), false))
          .singleElement()
          .satisfies(c -> assertThat(c.lastVisit()).isEqualTo(JANUARY.toLocalDate()));
    }
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

  private static SessionNote signed(long clientId, LocalDateTime start) {
    return draft(clientId, start).signedAs(start.plusHours(2), null);
  }
}
