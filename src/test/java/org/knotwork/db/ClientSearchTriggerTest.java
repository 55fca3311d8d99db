package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.db.generated.Tables.CLIENT_SEARCH;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.SearchText;
import org.knotwork.retention.RetentionRepository;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.Visit;

class ClientSearchTriggerTest {
  private static final LocalDateTime ADDED = LocalDateTime.of(2026, 1, 5, 18, 0);
  private static final LocalDateTime LATER = LocalDateTime.of(2026, 3, 2, 18, 0);
  private static final LocalDateTime VISIT = LocalDateTime.of(2026, 2, 9, 9, 0);

  private final Database db = Database.inMemory();
  private final DSLContext dsl = db.dsl();
  private final ClientRepository clients = new ClientRepository(dsl);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aNewClientIsCopiedWithWhenItWasAdded() {
    Client ines = Client.builder().fullName("Inês Duarte").phone("0612 34 56").build();
    long id = clients.insert(ines, ADDED);

    Record copy = copyOf(id);
    assertThat(copy.get(CLIENT_SEARCH.SEARCH_TEXT))
        .isEqualTo(SearchText.indexOf(ines))
        .startsWith("ines duarte")
        .endsWith("06123456");
    assertThat(copy.get(CLIENT_SEARCH.RECENT_AT)).isEqualTo(ADDED);
    assertThat(copy.get(CLIENT_SEARCH.ARCHIVED)).isFalse();
  }

  @Test
  void renamingArchivingAndVisitsFollowTheClient() {
    long id = clients.insert(Client.builder().fullName("Ines Duarte").build(), ADDED);

    clients.update(
        clients.find(id).orElseThrow().toBuilder().fullName("Inês Sousa").build(), LATER);
    assertThat(copyOf(id).get(CLIENT_SEARCH.SEARCH_TEXT)).isEqualTo("ines sousa");

    Visit.insertAll(
        new SessionRepository(dsl), List.of(new Visit(id, VISIT, 60, VISIT.plusHours(1))));
    assertThat(copyOf(id).get(CLIENT_SEARCH.RECENT_AT)).isEqualTo(VISIT);

    clients.setArchived(id, LATER, LATER);
    assertThat(copyOf(id).get(CLIENT_SEARCH.ARCHIVED)).isTrue();
    clients.setArchived(id, null, LATER);
    assertThat(copyOf(id).get(CLIENT_SEARCH.ARCHIVED)).isFalse();
  }

  @Test
  void deletingTheClientDeletesTheCopy() {
    long id = clients.insert(Client.builder().fullName("Ines Duarte").build(), ADDED);
    long other = clients.insert(Client.builder().fullName("Otto Berg").build(), ADDED);

    new RetentionRepository(dsl).delete(id, LATER, "anna", "test");

    assertThat(dsl.fetchCount(CLIENT_SEARCH, CLIENT_SEARCH.CLIENT_ID.eq(id))).isZero();
    assertThat(dsl.fetchCount(CLIENT_SEARCH, CLIENT_SEARCH.CLIENT_ID.eq(other))).isOne();
  }

  private Record copyOf(long id) {
    return dsl.selectFrom(CLIENT_SEARCH).where(CLIENT_SEARCH.CLIENT_ID.eq(id)).fetchOne();
  }
}
