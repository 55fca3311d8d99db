package org.knotwork.client;

import java.util.List;

/**
 * The clients a search lists (the most recent first, at most as many as asked for) and how many
 * clients matched in all.
 */
public record ClientMatches(List<ClientSummary> listed, int total) {
  public ClientMatches {
    listed = List.copyOf(listed);
    if (total < listed.size()) {
      throw new IllegalArgumentException("total " + total + " < " + listed.size() + " listed");
    }
  }

  /** True when more clients matched than are listed. */
  public boolean hasMore() {
    return total > listed.size();
  }
}
