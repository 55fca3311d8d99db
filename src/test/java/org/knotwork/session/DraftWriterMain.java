package org.knotwork.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.PressurePreference;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;

/**
 * Test-only program for {@link DraftSurvivesCrashTest}: saves one distinctive draft in the data
 * folder given as the first argument, prints {@code SAVED <sessionId> <clientId>} and then waits to
 * be killed, without ever closing the database.
 */
public final class DraftWriterMain {
  static final String CHIEF_COMPLAINT = "Sharp pain under the right shoulder blade since Tuesday";

  private DraftWriterMain() {}

  /** The content the writer saves into the draft it started. */
  static SessionNote content(SessionNote started) {
    RegionFinding lowerBack =
        new RegionFinding(
            BackRegion.LOWER_BACK,
            Side.RIGHT,
            7,
            null,
            Tone.HYPERTONIC,
            true,
            false,
            3,
            false,
            "Side bending limited",
            "Guarding on the right",
            List.of(new Treatment(Technique.MYOFASCIAL_RELEASE, PressurePreference.MODERATE, 20)),
            false);
    return new SessionNote(
        started.id(),
        started.clientId(),
        started.serviceStart(),
        started.durationMinutes(),
        Set.of(Position.PRONE, Position.SIDE_LYING),
        started.writtenAt(),
        new Subjective(
            CHIEF_COMPLAINT,
            6,
            9,
            3,
            "Tuesday, lifting a suitcase",
            "Sharp",
            "Reaching overhead",
            "Heat",
            null,
            null,
            true,
            null,
            null,
            "Sleep through the night"),
        Map.of(RedFlagQuestion.SADDLE_NUMBNESS, RedFlagAnswer.NO),
        null,
        List.of(lowerBack),
        null,
        null,
        null,
        NoteStatus.DRAFT,
        null,
        null,
        List.of());
  }

  public static void main(String[] args) throws InterruptedException {
    Clock clock = Clock.systemUTC();
    Database db =
        Database.open(DataDirectory.at(Path.of(args[0])), DatabaseCredentials.unencrypted());
    long clientId = SessionFixtures.practiceWithClient(db, clock);
    SessionService service =
        new SessionService(
            new SessionRepository(db.dsl()),
            clock,
            () -> "crash",
            org.knotwork.practice.TestTherapist::signer);
    SessionNote started = service.startNote(clientId, false);
    service.saveDraft(content(started));
    System.out.println("SAVED " + started.id() + " " + clientId);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
