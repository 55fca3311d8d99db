package org.knotwork.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What the screens and the command line do with client records. */
public final class ClientService {
  private final ClientRepository repository;
  private final Clock clock;

  public ClientService(ClientRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Saves a new or changed record and returns it as stored (with its id). */
  public Client save(Client client) {
    ClientRules.firstProblem(client, today())
        .ifPresent(
            problem -> {
              throw new InvalidClientException(problem);
            });
    LocalDateTime now = now();
    if (client.id() == null) {
      long id = repository.insert(client, now);
      return client.toBuilder().id(id).build();
    }
    repository.update(client, now);
    return client;
  }

  public Client load(long id) {
    return repository.find(id).orElseThrow(() -> new ClientNotFoundException(id));
  }

  /** The client list: every word of the query must match a name, the phone or the e-mail. */
  public List<ClientSummary> search(String query, boolean includeArchived) {
    return repository.search(SearchText.terms(query), includeArchived);
  }

  public Client archive(long id) {
    repository.setArchived(id, now(), now());
    return load(id);
  }

  public Client unarchive(long id) {
    repository.setArchived(id, null, now());
    return load(id);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }
}
