package org.knotwork.audit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which audit entries to list: some kinds of action (all when empty), from and to a day (inclusive,
 * either may be open), and entries about one client only.
 */
public record AuditQuery(
    Set<AuditEntry.Action> actions, LocalDate from, LocalDate to, Long clientId) {

  public AuditQuery {
    actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("The last day lies before the first.");
    }
  }

  /** Every entry. */
  public static AuditQuery everything() {
    return new AuditQuery(Set.of(), null, null, null);
  }

  public AuditQuery withActions(Set<AuditEntry.Action> newActions) {
    return new AuditQuery(newActions, from, to, clientId);
  }

  public AuditQuery between(LocalDate newFrom, LocalDate newTo) {
    return new AuditQuery(actions, newFrom, newTo, clientId);
  }

  public AuditQuery aboutClient(Long newClientId) {
    return new AuditQuery(actions, from, to, newClientId);
  }
}
