package org.knotwork.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What the screens and the command line do with client records. */
public final class ClientService {
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ClientService.class);
  private final ClientRepository repository;
  private final ClientSearchIndex index;
  private final Clock clock;
  private final java.util.function.Supplier<String> actor;

  /** Audits changes and views as "therapist" (tools and tests). */
  public ClientService(ClientRepository repository, Clock clock) {
    this(repository, clock, "therapist");
  }

  public ClientService(ClientRepository repository, Clock clock, String actor) {
    this(repository, clock, () -> actor);
  }

  /**
   * @param actor who is at work, as the audit log names them
   */
  public ClientService(
      ClientRepository repository, Clock clock, java.util.function.Supplier<String> actor) {
    this.repository = repository;
    this.index = new ClientSearchIndex(repository);
    this.clock = clock;
    this.actor = actor;
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
      long id = repository.insert(client, now, actor.get());
      return client.toBuilder().id(id).build();
    }
    repository.update(client, now, actor.get());
    return client;
  }

  public Client load(long id) {
    return repository.find(id).orElseThrow(() -> new ClientNotFoundException(id));
  }

  /** The clients with these ids that exist, read set-based (for screens listing many at once). */
  public java.util.Map<Long, Client> loadAll(java.util.Collection<Long> ids) {
    return repository.findAll(ids);
  }

  /**
   * Loads a record to show it, and notes the view in the audit log. A view that cannot be noted (a
   * full disk, say) is logged but does not keep the record from the therapist.
   */
  public Client openRecord(long id) {
    Client client = load(id);
    try {
      repository.recordView(id, now(), actor.get());
    } catch (RuntimeException e) {
      log.warn("The view of client {} could not be written to the audit log", id, e);
    }
    return client;
  }

  /** The client list: every word of the query must match a name, the phone or the e-mail. */
  public List<ClientSummary> search(String query, boolean includeArchived) {
    return repository.search(SearchText.terms(query), includeArchived);
  }

  /**
   * Like {@link #search(String, boolean)}, listing at most {@code limit} of the matches: the search
   * as you type, answered from a copy of the list kept in memory (see {@link ClientSearchIndex}).
   */
  public ClientMatches search(String query, boolean includeArchived, int limit) {
    return index.search(SearchText.terms(query), includeArchived, limit);
  }

  public Client archive(long id) {
    repository.setArchived(id, now(), now(), actor.get());
    return load(id);
  }

  public Client unarchive(long id) {
    repository.setArchived(id, null, now(), actor.get());
    return load(id);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }
}
