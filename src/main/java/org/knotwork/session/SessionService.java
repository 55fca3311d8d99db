package org.knotwork.session;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.knotwork.safety.EmergencyNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writing, signing and correcting session notes. */
public final class SessionService {
  private static final Logger LOG = LoggerFactory.getLogger(SessionService.class);

  /** Length of a first session when there is nothing to go by. */
  public static final int DEFAULT_MINUTES = 60;

  /** How many signed notes the fingerprint check reads at a time. */
  private static final int CHECKED_AT_ONCE = 500;

  private final SessionRepository repository;
  private final Clock clock;
  private final Supplier<String> actor;
  private final Supplier<Optional<Signer>> signer;
  private final Supplier<EmergencyNumbers> numbers;
  private final List<LongConsumer> whenSigned = new CopyOnWriteArrayList<>();

  /**
   * @param actor who is writing, for the audit log (the therapist, and the computer account)
   * @param signer who signs new notes and addenda: the therapist's profile as it is now; empty
   *     while it has not been entered, and then nothing can be signed
   */
  public SessionService(
      SessionRepository repository,
      Clock clock,
      Supplier<String> actor,
      Supplier<Optional<Signer>> signer) {
    this(repository, clock, actor, signer, () -> EmergencyNumbers.NOT_SET);
  }

  /**
   * @param actor who is at work, for the audit log
   * @param signer the therapist's profile as it signs, empty before it is entered
   * @param numbers the practice's emergency number and same-day help, read from the database
   */
  public SessionService(
      SessionRepository repository,
      Clock clock,
      Supplier<String> actor,
      Supplier<Optional<Signer>> signer,
      Supplier<EmergencyNumbers> numbers) {
    this.repository = repository;
    this.clock = clock;
    this.actor = actor;
    this.signer = signer;
    this.numbers = numbers;
  }

  /**
   * Who would sign now.
   *
   * @throws SignerMissingException when the therapist's profile has not been entered yet
   */
  public Signer signer() {
    return signer.get().orElseThrow(SignerMissingException::new);
  }

  /** The emergency number and same-day help red-flag advice names (reads the database). */
  public EmergencyNumbers emergencyNumbers() {
    return numbers.get();
  }

  /**
   * Starts a draft for today. With {@code copyForward}, findings and techniques of the client's
   * last signed note are pre-filled and marked as carried over; length and positions follow the
   * last session either way.
   */
  public SessionNote startNote(long clientId, boolean copyForward) {
    LocalDateTime now = now();
    LocalDateTime start = now.truncatedTo(ChronoUnit.HOURS).plusMinutes(now.getMinute() / 5 * 5L);
    return startNote(clientId, copyForward, start, null);
  }

  /**
   * Starts a draft for a booked time: the note takes the appointment's day, start and length
   * (findings carried over as with {@link #startNote(long, boolean)}).
   *
   * @param minutes the session's length; null for the last session's (or the usual) length
   */
  public SessionNote startNote(
      long clientId, boolean copyForward, LocalDateTime start, Integer minutes) {
    LocalDateTime now = now();
    Optional<SessionNote> last = repository.latestSigned(clientId);
    int length =
        minutes != null ? minutes : last.map(SessionNote::durationMinutes).orElse(DEFAULT_MINUTES);
    Set<Position> positions =
        last.map(SessionNote::positions).filter(p -> !p.isEmpty()).orElse(Set.of(Position.PRONE));
    SessionNote draft = SessionNote.draft(clientId, start, length, positions, now);
    if (copyForward && last.isPresent()) {
      draft =
          draft.withFindings(
              last.get().findings().stream()
                  .map(
                      f ->
                          new RegionFinding(
                              f.region(),
                              f.side(),
                              f.painBefore(),
                              null,
                              f.tone(),
                              f.triggerActive(),
                              f.triggerLatent(),
                              f.tenderness(),
                              f.adhesions(),
                              f.romNotes(),
                              f.observations(),
                              f.treatments(),
                              true))
                  .toList());
    }
    long id = repository.createDraft(draft, actor.get(), now);
    return draft.withId(id);
  }

  /** Whether the client has a signed note to copy forward from. */
  /**
   * Checks every signed note against the fingerprint taken when it was signed; returns the ids of
   * notes that no longer match (none, unless the file was tampered with).
   */
  public List<Long> changedSinceSigning() {
    List<Long> ids = repository.signedIds();
    List<Long> changed = new java.util.ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHECKED_AT_ONCE) {
      for (SessionNote note :
          repository.findAll(ids.subList(from, Math.min(ids.size(), from + CHECKED_AT_ONCE)))) {
        if (!NoteHash.intact(note)) {
          changed.add(note.id());
        }
      }
    }
    changed.sort(null);
    return changed;
  }

  /**
   * Every note of the client, drafts too, oldest first, read set-based (a fixed number of queries
   * whatever their number): for exports.
   */
  public List<SessionNote> notesOf(long clientId) {
    return repository.notesOf(clientId);
  }

  /** The client's most recent signed note, if any. */
  public Optional<SessionNote> latestSigned(long clientId) {
    return repository.latestSigned(clientId);
  }

  public boolean canCopyForward(long clientId) {
    return repository.latestSigned(clientId).isPresent();
  }

  public void saveDraft(SessionNote note) {
    if (note.signed()) {
      throw new IllegalStateException("A signed note cannot be changed. Add an addendum instead.");
    }
    repository.saveDraft(note);
  }

  /**
   * Signs the note if every signing rule is met; returns it as signed. After a red flag that means
   * no massage today, the note records that the session ended without treatment.
   */
  public SessionNote sign(SessionNote note) {
    return sign(note, RedFlagQuestion.everySession());
  }

  /**
   * Signs the note if every signing rule is met, with {@code asked} the red-flag questions put to
   * this client (see {@link RedFlagPrompts}); returns it as signed.
   */
  public SessionNote sign(SessionNote note, java.util.Collection<RedFlagQuestion> asked) {
    List<String> problems = SigningRules.problems(note, asked);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join(" ", problems));
    }
    Signer by = signer();
    note = note.endedWithoutTreatment(!note.noTreatmentFlags().isEmpty());
    LocalDateTime at = now();
    SessionNote withSigner = note.withSigner(by);
    String hash = NoteHash.of(withSigner);
    repository.sign(withSigner, at, hash, actor.get());
    SessionNote signed = withSigner.signedAs(at, hash);
    for (LongConsumer listener : whenSigned) {
      try {
        listener.accept(signed.id());
      } catch (RuntimeException e) {
        // The note is signed whatever a listener makes of it; the log keeps why it failed.
        LOG.warn("After signing note {}, a follow-up failed", signed.id(), e);
      }
    }
    return signed;
  }

  /**
   * Tells {@code listener} the id of every note signed from now on, after it is stored (the
   * composition root completes the appointment a note was started from). A listener that fails does
   * not undo the signature.
   */
  public void whenSigned(LongConsumer listener) {
    whenSigned.add(listener);
  }

  /** Adds a dated correction with its reason to a signed note; returns the note with it. */
  public SessionNote addAddendum(long sessionId, String reason, String text) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Give a reason for the addendum.");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Write the addendum itself.");
    }
    if (reason.strip().length() > 500 || text.strip().length() > 4000) {
      throw new IllegalArgumentException(
          "The addendum is too long (reason 500, text 4000 characters at most).");
    }
    Signer by = signer();
    repository.addAddendum(
        sessionId, Addendum.signed(now(), by, reason.strip(), text.strip()), actor.get());
    return load(sessionId);
  }

  public void discardDraft(long sessionId) {
    repository.deleteDraft(sessionId, actor.get(), now());
  }

  public SessionNote load(long sessionId) {
    return repository
        .find(sessionId)
        .orElseThrow(() -> new IllegalStateException("This note is no longer in the records."));
  }

  public List<SessionSummary> list(long clientId) {
    return repository.summaries(clientId);
  }

  /** The newest unsigned draft of a client, e.g. one left open when the computer crashed. */
  public Optional<SessionNote> openDraft(long clientId) {
    return repository.draftIds(clientId).stream().findFirst().flatMap(repository::find);
  }

  /** Adds the therapist's own snippet; the abbreviation is typed after a semicolon, e.g. ";ht". */
  public QuickPhrase addQuickPhrase(String abbreviation, String text) {
    String abbr =
        abbreviation == null
            ? ""
            : abbreviation.strip().replaceFirst("^;", "").toLowerCase(java.util.Locale.ROOT);
    if (!abbr.matches("[\\p{L}\\p{N}]{1,20}")) {
      throw new IllegalArgumentException(
          "An abbreviation is one word of letters or digits, at most 20, e.g. ht.");
    }
    if (text == null || text.isBlank() || text.strip().length() > 500) {
      throw new IllegalArgumentException(
          "Write the phrase the abbreviation stands for (at most 500 characters).");
    }
    if (quickPhrases().all().stream().anyMatch(p -> p.abbreviation().equals(abbr))) {
      throw new IllegalArgumentException(
          "“;" + abbr + "” is already in use. Remove it first or pick another.");
    }
    QuickPhrase phrase = new QuickPhrase(abbr, text.strip());
    repository.addQuickPhrase(phrase);
    return phrase;
  }

  public void removeQuickPhrase(String abbreviation) {
    repository.deleteQuickPhrase(abbreviation);
  }

  public QuickPhrases quickPhrases() {
    return new QuickPhrases(repository.quickPhrases());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }
}
