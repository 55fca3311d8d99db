package org.knotwork.session;

import java.time.Clock;
import java.time.LocalDateTime;
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

/** Notes, clients and clocks shared by the session tests. */
public final class SessionFixtures {
  static final String CHIEF_COMPLAINT = "Dull ache across the lower back after gardening";

  private SessionFixtures() {}

  /** Starts the real practice "Harbour" and stores one client, so foreign keys hold. */
  static long practiceWithClient(Database db, Clock clock) {
    new PracticeService(new PracticeRepository(db.dsl()), clock)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    return client(db, clock, "Anna Berg");
  }

  static long client(Database db, Clock clock, String name) {
    return new ClientService(new ClientRepository(db.dsl()), clock)
        .save(Client.builder().fullName(name).build())
        .id();
  }

  /** Every question asked at every session answered no: a red-flag screen that can be signed. */
  public static Map<RedFlagQuestion, RedFlagAnswer> allAnsweredNo() {
    Map<RedFlagQuestion, RedFlagAnswer> flags = new EnumMap<>(RedFlagQuestion.class);
    for (RedFlagQuestion q : RedFlagQuestion.everySession()) {
      flags.put(q, RedFlagAnswer.NO);
    }
    return flags;
  }

  public static RegionFinding lowerBackRight() {
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

  public static RegionFinding glutesBilateral() {
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

  /** A draft with every S field, a red-flag screen, two findings with treatments, A and P. */
  public static SessionNote fullDraft(long clientId, LocalDateTime start, LocalDateTime writtenAt) {
    Map<RedFlagQuestion, RedFlagAnswer> flags = allAnsweredNo();
    flags.put(RedFlagQuestion.NIGHT_PAIN, RedFlagAnswer.YES);
    return new SessionNote(
        null,
        clientId,
        start,
        75,
        Set.of(Position.PRONE, Position.SIDE_LYING),
        writtenAt,
        new Subjective(
            CHIEF_COMPLAINT,
            5,
            8,
            2,
            "Three days ago, after digging",
            "Dull, sometimes sharp",
            "Bending forward, sitting long",
            "Walking, warm bath",
            "Into the right buttock",
            "Worse since last visit",
            true,
            "Started ibuprofen",
            "Sleeping badly, desk job",
            "Pick up grandchild without pain"),
        flags,
        "Advised to see GP about the night pain",
        List.of(lowerBackRight(), glutesBilateral()),
        "Pain eased, moved more freely",
        "Slight soreness after deep work",
        new CarePlan(
            "Lower back and glutes again",
            "Weekly for 4 weeks",
            "Knee rolls twice a day",
            "GP for the night pain"),
        NoteStatus.DRAFT,
        null,
        null,
        List.of());
  }

  /**
   * A signed note of {@code minutes} minutes at {@code start} with the lower back (right) finding,
   * every red-flag question answered no, ready for {@link SessionRepository#importNotes}.
   */
  public static SessionNote signedNote(long clientId, java.time.LocalDateTime start, int minutes) {
    SessionNote draft =
        new SessionNote(
            null,
            clientId,
            start,
            minutes,
            Set.of(Position.PRONE),
            start.plusMinutes(minutes + 5L),
            null,
            allAnsweredNo(),
            null,
            List.of(lowerBackRight()),
            "Tolerated well",
            null,
            null,
            null,
            null,
            null,
            List.of());
    return draft.signedAs(start.plusMinutes(minutes + 5L), NoteHash.of(draft));
  }
}
