package org.knotwork.session.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.client.PressurePreference;
import org.knotwork.db.Database;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.Position;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionService;
import org.knotwork.session.Technique;
import org.knotwork.session.Tone;
import org.knotwork.session.Treatment;

/** Clock, clients and signed notes shared by the session ViewModel tests. */
final class NoteViewModelFixtures {
  /** The clock's "now": a session started now begins at 10:15 (rounded down to five minutes). */
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 17);

  static final Clock CLOCK = Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private NoteViewModelFixtures() {}

  /** Starts the practice "Harbour" and stores a client, so foreign keys hold. */
  static Client practiceWithClient(Database db, Client.Builder client) {
    new PracticeService(new PracticeRepository(db.dsl()), CLOCK).start("Harbour", false);
    return client(db, client);
  }

  static Client client(Database db, Client.Builder client) {
    return new ClientService(new ClientRepository(db.dsl()), CLOCK).save(client.build());
  }

  /** Every tier-1 question answered no. */
  static Map<RedFlagQuestion, RedFlagAnswer> allUrgentNo() {
    Map<RedFlagQuestion, RedFlagAnswer> flags = new EnumMap<>(RedFlagQuestion.class);
    for (RedFlagQuestion q : RedFlagQuestion.values()) {
      if (q.urgent()) {
        flags.put(q, RedFlagAnswer.NO);
      }
    }
    return flags;
  }

  static RegionFinding lowerBackRight() {
    return new RegionFinding(
        BackRegion.LOWER_BACK,
        Side.RIGHT,
        7,
        3,
        Tone.HYPERTONIC,
        true,
        false,
        2,
        true,
        "Flexion limited to 60 degrees",
        "Taut band in right QL",
        List.of(
            new Treatment(Technique.DEEP_TISSUE, PressurePreference.FIRM, 15),
            new Treatment(Technique.STRETCHING, null, null)),
        false);
  }

  static RegionFinding glutesBilateral() {
    return new RegionFinding(
        BackRegion.GLUTES,
        Side.BILATERAL,
        4,
        2,
        Tone.NORMAL,
        false,
        true,
        1,
        false,
        null,
        "Piriformis tender on the left",
        List.of(new Treatment(Technique.TRIGGER_POINT, PressurePreference.MODERATE, 10)),
        false);
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
            allUrgentNo(),
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
