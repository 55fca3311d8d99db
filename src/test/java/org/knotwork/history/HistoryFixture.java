package org.knotwork.history;

import static org.knotwork.db.generated.Tables.OUTCOME_ENTRY;
import static org.knotwork.db.generated.Tables.OUTCOME_INSTRUMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import org.knotwork.session.CarePlan;
import org.knotwork.session.NoteHash;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.Position;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.SessionService;
import org.knotwork.session.Subjective;
import org.knotwork.session.Technique;
import org.knotwork.session.Tone;
import org.knotwork.session.Treatment;
import org.knotwork.testing.MovableClock;

/**
 * A practice with one client whose notes are written through the real {@link SessionService}, so
 * the history reads exactly what the note screens store.
 */
final class HistoryFixture {
  final Database db;
  final MovableClock clock;
  final SessionService sessions;
  final HistoryRepository repository;
  final long clientId;

  HistoryFixture(Database db, LocalDateTime start) {
    this.db = db;
    this.clock = new MovableClock(start);
    this.sessions =
        new SessionService(
            new SessionRepository(db.dsl()),
            clock,
            () -> "anna",
            org.knotwork.practice.TestTherapist::signer);
    this.repository = new HistoryRepository(db.dsl());
    new PracticeService(new PracticeRepository(db.dsl()), clock)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    this.clientId = client("Anna Berg");
  }

  long client(String name) {
    return new ClientService(new ClientRepository(db.dsl()), clock)
        .save(Client.builder().fullName(name).build())
        .id();
  }

  /** Starts describing a note for the fixture's client, taking place at {@code start}. */
  Note note(LocalDateTime start) {
    return new Note(clientId, start);
  }

  static RegionFinding finding(
      BackRegion region, Side side, Integer before, Integer after, Technique... techniques) {
    List<Treatment> treatments = new ArrayList<>();
    for (Technique t : techniques) {
      treatments.add(new Treatment(t, PressurePreference.MODERATE, 10));
    }
    return new RegionFinding(
        region,
        side,
        before,
        after,
        Tone.HYPERTONIC,
        false,
        false,
        null,
        false,
        null,
        null,
        treatments,
        false);
  }

  /** Adds an addendum written at {@code at} to a signed note; returns the addendum's id. */
  long addendum(long sessionId, LocalDateTime at, String reason, String text) {
    clock.set(at);
    return sessions.addAddendum(sessionId, reason, text).addenda().stream()
        .filter(a -> a.writtenAt().equals(at) && a.reason().equals(reason))
        .findFirst()
        .orElseThrow()
        .id();
  }

  /** Stores an outcome measure for the client as the outcome screens will; returns its id. */
  long measure(String instrumentCode, LocalDate takenOn, String score) {
    return measure(clientId, instrumentCode, takenOn, score);
  }

  long measure(long client, String instrumentCode, LocalDate takenOn, String score) {
    long instrument =
        db.dsl()
            .select(OUTCOME_INSTRUMENT.ID)
            .from(OUTCOME_INSTRUMENT)
            .where(OUTCOME_INSTRUMENT.CODE.eq(instrumentCode))
            .fetchSingle()
            .value1();
    return db.dsl()
        .insertInto(OUTCOME_ENTRY)
        .set(OUTCOME_ENTRY.CLIENT_ID, client)
        .set(OUTCOME_ENTRY.INSTRUMENT_ID, instrument)
        .set(OUTCOME_ENTRY.TAKEN_ON, takenOn)
        .set(OUTCOME_ENTRY.SCORE, new BigDecimal(score))
        .set(OUTCOME_ENTRY.RECORDED_AT, takenOn.atTime(18, 0))
        .returningResult(OUTCOME_ENTRY.ID)
        .fetchSingle()
        .value1();
  }

  /** A note being described; {@link #sign()} or {@link #saveDraft()} stores it. */
  final class Note {
    private long client;
    private final LocalDateTime start;
    private int minutes = 60;
    private Integer painNow;
    private final List<RegionFinding> findings = new ArrayList<>();
    private final Map<RedFlagQuestion, RedFlagAnswer> flags = new EnumMap<>(RedFlagQuestion.class);
    private String advice;
    private String referral;

    private Note(long client, LocalDateTime start) {
      this.client = client;
      this.start = start;
      for (RedFlagQuestion q : RedFlagQuestion.everySession()) {
        flags.put(q, RedFlagAnswer.NO);
      }
    }

    Note forClient(long id) {
      this.client = id;
      return this;
    }

    Note minutes(int value) {
      minutes = value;
      return this;
    }

    Note painNow(Integer value) {
      painNow = value;
      return this;
    }

    Note finding(BackRegion region, Side side, Integer before, Integer after, Technique... t) {
      findings.add(HistoryFixture.finding(region, side, before, after, t));
      return this;
    }

    private boolean firstRelease;

    /**
     * Answers as the first release's screen did: its four urgent questions no, the rest left open
     * (signed as it then could be).
     */
    Note firstReleaseScreen() {
      firstRelease = true;
      flags.clear();
      RedFlagQuestion.firstRelease().stream()
          .filter(RedFlagQuestion::urgent)
          .forEach(q -> flags.put(q, RedFlagAnswer.NO));
      return this;
    }

    Note yes(RedFlagQuestion question) {
      flags.put(question, RedFlagAnswer.YES);
      return this;
    }

    Note advice(String value) {
      advice = value;
      return this;
    }

    Note referral(String value) {
      referral = value;
      return this;
    }

    /** Stores the note, signed at its start time; returns its id. */
    long sign() {
      SessionNote note = stored();
      if (firstRelease) {
        new SessionRepository(db.dsl()).sign(note, start, NoteHash.of(note), "anna");
      } else {
        sessions.sign(note);
      }
      return note.id();
    }

    /** Stores the note as an unsigned draft; returns its id. */
    long saveDraft() {
      return stored().id();
    }

    private SessionNote stored() {
      clock.set(start);
      SessionNote started = sessions.startNote(client, false);
      SessionNote note =
          new SessionNote(
              started.id(),
              client,
              start,
              minutes,
              Set.of(Position.PRONE),
              started.writtenAt(),
              new Subjective(
                  "Lower back ache",
                  painNow,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  false,
                  null,
                  null,
                  null),
              flags,
              advice,
              findings,
              null,
              null,
              new CarePlan(null, null, null, referral),
              NoteStatus.DRAFT,
              null,
              null,
              List.of());
      sessions.saveDraft(note);
      return note;
    }
  }
}
