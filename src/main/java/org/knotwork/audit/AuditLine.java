package org.knotwork.audit;

import java.util.Optional;

/**
 * An audit entry as the log viewer shows it: the entry, and the client it concerns when that can
 * still be told (the client's record may since have been deleted).
 */
public record AuditLine(AuditEntry entry, Long clientId, String clientName) {

  public Optional<String> client() {
    return Optional.ofNullable(clientName);
  }
}
