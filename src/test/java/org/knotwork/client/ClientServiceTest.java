package org.knotwork.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.db.Database;

class ClientServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-14T10:15:30.123Z"), ZoneOffset.UTC);
  private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 14, 10, 15, 30);

  private Database db;
  private ClientRepository repository;
  private ClientService service;

  @BeforeEach
  void openDatabase() {
    db = Database.inMemory();
    repository = new ClientRepository(db.dsl());
    service = new ClientService(repository, CLOCK);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void savingNewClientReturnsItWithItsId() {
    Client client =
        Client.builder().fullName("Anna Berg").dateOfBirth(LocalDate.of(1980, 5, 17)).build();

    Client saved = service.save(client);

    assertThat(saved.id()).isNotNull();
    assertThat(saved).isEqualTo(client.toBuilder().id(saved.id()).build());
    assertThat(service.load(saved.id())).isEqualTo(saved);
  }

  @Test
  void savingExistingClientStoresTheChange() {
    Client saved = service.save(Client.builder().fullName("Anna Berg").build());

    service.save(saved.toBuilder().phone("07700 900123").build());

    assertThat(service.load(saved.id()).phone()).isEqualTo("07700 900123");
    assertThat(repository.count()).isEqualTo(1);
  }

  @Test
  void savingInvalidClientThrowsAndStoresNothing() {
    Client bornTomorrow =
        Client.builder().fullName("Anna Berg").dateOfBirth(LocalDate.of(2025, 3, 15)).build();

    assertThatThrownBy(() -> service.save(bornTomorrow))
        .isInstanceOf(InvalidClientException.class)
        .hasMessage("Date of birth is in the future.");
    assertThat(repository.count()).isZero();
  }

  @Test
  void todayComesFromTheClock() {
    assertThat(service.today()).isEqualTo(LocalDate.of(2025, 3, 14));
  }

  @Test
  void archiveAndUnarchiveRoundTrip() {
    long id = service.save(Client.builder().fullName("Anna Berg").build()).id();

    Client archived = service.archive(id);

    assertThat(archived.archivedAt()).isEqualTo(NOW);
    assertThat(service.search("anna", false)).isEmpty();
    assertThat(service.search("anna", true)).extracting(ClientSummary::id).containsExactly(id);

    Client restored = service.unarchive(id);

    assertThat(restored.isArchived()).isFalse();
    assertThat(service.search("anna", false)).extracting(ClientSummary::id).containsExactly(id);
  }

  @Test
  void loadingMissingClientThrowsClientNotFound() {
    assertThatThrownBy(() -> service.load(4711)).isInstanceOf(ClientNotFoundException.class);
  }

  @Test
  void searchFoldsTheQuery() {
    service.save(Client.builder().fullName("Zoë Martin").build());
    service.save(Client.builder().fullName("Peter Smith").build());

    List<ClientSummary> found = service.search("  ZOË   martin ", false);

    assertThat(found).extracting(ClientSummary::fullName).containsExactly("Zoë Martin");
  }
}
