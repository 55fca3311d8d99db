package org.knotwork.client;

import java.util.ArrayList;
import java.util.List;

/**
 * The client list's search, in memory: every client's list row and search text, in the list's order
 * (the most recent first, then by name).
 *
 * <p>Matching a few words against 10,000 short strings takes a fraction of a millisecond; scanning
 * the table for the same search takes several, at every keystroke. Before each search the index
 * reads the database's count of changes to the list (one row, see {@code client_list_version});
 * when the count has moved since the copy was read, the copy is read again. The count moves in the
 * transaction that changes the client, so a search never lists what the database no longer holds.
 */
final class ClientSearchIndex {
  /** One client as the list shows it, and the folded text it is found by. */
  record Entry(ClientSummary summary, String searchText) {}

  private record Snapshot(long version, List<Entry> entries) {}

  private final ClientRepository repository;
  private volatile Snapshot snapshot;

  ClientSearchIndex(ClientRepository repository) {
    this.repository = repository;
  }

  /**
   * The first {@code limit} clients whose search text contains every term, and how many match.
   *
   * @param terms folded search words (see {@link SearchText#terms})
   */
  ClientMatches search(List<String> terms, boolean includeArchived, int limit) {
    List<ClientSummary> listed = new ArrayList<>(Math.min(limit, 256));
    int total = 0;
    for (Entry entry : current().entries()) {
      if ((includeArchived || !entry.summary().archived())
          && containsAll(entry.searchText(), terms)) {
        total++;
        if (listed.size() < limit) {
          listed.add(entry.summary());
        }
      }
    }
    return new ClientMatches(listed, total);
  }

  private static boolean containsAll(String text, List<String> terms) {
    for (String term : terms) {
      if (!text.contains(term)) {
        return false;
      }
    }
    return true;
  }

  private Snapshot current() {
    long version = repository.listVersion();
    Snapshot known = snapshot;
    if (known != null && known.version() == version) {
      return known;
    }
    synchronized (this) {
      known = snapshot;
      if (known != null && known.version() >= version) {
        return known;
      }
      // The count is read before the rows: a change committed in between leaves rows newer than
      // the count, and the next search reads them again. Never the other way round.
      Snapshot fresh = new Snapshot(version, List.copyOf(repository.listEntries()));
      snapshot = fresh;
      return fresh;
    }
  }
}
