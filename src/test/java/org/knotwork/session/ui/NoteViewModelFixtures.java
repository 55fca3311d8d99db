package org.knotwork.session.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.Position;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionFixtures;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionService;

/** Clock, clients and signed notes shared by the session ViewModel tests. */
final class NoteViewModelFixtures {
  /** The clock's "now": a session started now begins at 10:15 (rounded down to five minutes). */
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 17);

  static final Clock CLOCK = Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private NoteViewModelFixtures() {}

  /** Starts the practice "Harbour" and stores a client, so foreign keys hold. */
  static Client practiceWithClient(Database db, Client.Builder client) {
    new PracticeService(new PracticeRepository(db.dsl()), CLOCK)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    return client(db, client);
  }

  static Client client(Database db, Client.Builder client) {
    return new ClientService(new ClientRepository(db.dsl()), CLOCK).save(client.build());
  }

  /** Every tier-1 question answered no. */
  static Map<RedFlagQuestion, RedFlagAnswer> allAnsweredNo() {
    return SessionFixtures.allAnsweredNo();
  }

  static RegionFinding lowerBackRight() {
    return SessionFixtures.lowerBackRight();
  }

  static RegionFinding glutesBilateral() {
    return SessionFixtures.glutesBilateral();
  }

  /**
   * Stores and signs a note for a session at {@code start}, with the urgent questions answered no
   * and the given findings.
   */
  static SessionNote signedNote(
      SessionService service, long clientId, LocalDateTime start, List<RegionFinding> findings) {
    SessionNote started = service.startNote(clientId, false);
    SessionNote filled =
        new SessionNote(
            started.id(),
            clientId,
            start,
            60,
            Set.of(Position.PRONE),
            started.writtenAt(),
            null,
            allAnsweredNo(),
            null,
            findings,
            "Moved more freely",
            null,
            null,
            NoteStatus.DRAFT,
            null,
            null,
            List.of());
    service.saveDraft(filled);
    return service.sign(filled);
  }
}
