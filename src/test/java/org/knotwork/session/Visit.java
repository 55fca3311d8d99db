package org.knotwork.session;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A session as an appointment that took place: when, for how long, and when it was written up. A
 * test fixture: stored as a bare signed note with no content, which the app itself never writes.
 */
public record Visit(
    long clientId, LocalDateTime serviceStart, int durationMinutes, LocalDateTime writtenAt) {

  /** Records bare visits (no note content), signed as history. */
  public static void insertAll(SessionRepository repository, List<Visit> visits) {
    repository.importNotes(
        visits.stream()
            .map(
                v ->
                    SessionNote.draft(
                            v.clientId(),
                            v.serviceStart(),
                            v.durationMinutes(),
                            Set.of(),
                            v.writtenAt())
                        .signedAs(v.writtenAt(), null))
            .toList(),
        "import");
  }
}
