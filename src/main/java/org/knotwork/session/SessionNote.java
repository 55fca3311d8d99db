package org.knotwork.session;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A SOAP note of one session: S (what the client reports), the red-flag screen, O (findings per
 * region and side, with the treatment given), A (response, pain after) and P (what next).
 *
 * @param writtenAt when the note was started; a late entry shows it beside the service date
 * @param signedAt null while the note is a draft
 * @param contentHash SHA-256 of the signed content (see {@link NoteHash}); null for a draft
 * @param signer who signed, as registered then; null for a draft, and for a note signed before
 *     Knotwork kept the therapist's profile (its author is the account in the audit log)
 * @param endedWithoutTreatment signed after a red flag that meant no massage that day
 */
public record SessionNote(
    Long id,
    long clientId,
    LocalDateTime serviceStart,
    int durationMinutes,
    Set<Position> positions,
    LocalDateTime writtenAt,
    Subjective subjective,
    Map<RedFlagQuestion, RedFlagAnswer> redFlags,
    String redFlagAdvice,
    List<RegionFinding> findings,
    String response,
    String adverseReactions,
    CarePlan plan,
    NoteStatus status,
    LocalDateTime signedAt,
    String contentHash,
    List<Addendum> addenda,
    Signer signer,
    boolean endedWithoutTreatment) {

  /** Written more than a day after the session took place. */
  public static final Duration LATE_AFTER = Duration.ofHours(24);

  public SessionNote {
    Objects.requireNonNull(serviceStart, "serviceStart");
    positions =
        positions == null || positions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(positions));
    subjective = subjective == null ? Subjective.EMPTY : subjective;
    redFlags =
        redFlags == null || redFlags.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(redFlags));
    redFlagAdvice = Notes.clean(redFlagAdvice);
    findings = findings == null ? List.of() : List.copyOf(findings);
    response = Notes.clean(response);
    adverseReactions = Notes.clean(adverseReactions);
    plan = plan == null ? CarePlan.EMPTY : plan;
    status = status == null ? NoteStatus.DRAFT : status;
    addenda = addenda == null ? List.of() : List.copyOf(addenda);
  }

  /** A note without a recorded signer that did not end without treatment (see the record). */
  public SessionNote(
      Long id,
      long clientId,
      LocalDateTime serviceStart,
      int durationMinutes,
      Set<Position> positions,
      LocalDateTime writtenAt,
      Subjective subjective,
      Map<RedFlagQuestion, RedFlagAnswer> redFlags,
      String redFlagAdvice,
      List<RegionFinding> findings,
      String response,
      String adverseReactions,
      CarePlan plan,
      NoteStatus status,
      LocalDateTime signedAt,
      String contentHash,
      List<Addendum> addenda) {
    this(
        id,
        clientId,
        serviceStart,
        durationMinutes,
        positions,
        writtenAt,
        subjective,
        redFlags,
        redFlagAdvice,
        findings,
        response,
        adverseReactions,
        plan,
        status,
        signedAt,
        contentHash,
        addenda,
        null,
        false);
  }

  /** A note with its signer (or none), that did not end without treatment. */
  public SessionNote(
      Long id,
      long clientId,
      LocalDateTime serviceStart,
      int durationMinutes,
      Set<Position> positions,
      LocalDateTime writtenAt,
      Subjective subjective,
      Map<RedFlagQuestion, RedFlagAnswer> redFlags,
      String redFlagAdvice,
      List<RegionFinding> findings,
      String response,
      String adverseReactions,
      CarePlan plan,
      NoteStatus status,
      LocalDateTime signedAt,
      String contentHash,
      List<Addendum> addenda,
      Signer signer) {
    this(
        id,
        clientId,
        serviceStart,
        durationMinutes,
        positions,
        writtenAt,
        subjective,
        redFlags,
        redFlagAdvice,
        findings,
        response,
        adverseReactions,
        plan,
        status,
        signedAt,
        contentHash,
        addenda,
        signer,
        false);
  }

  /** A note without a recorded signer, that did or did not end without treatment. */
  public SessionNote(
      Long id,
      long clientId,
      LocalDateTime serviceStart,
      int durationMinutes,
      Set<Position> positions,
      LocalDateTime writtenAt,
      Subjective subjective,
      Map<RedFlagQuestion, RedFlagAnswer> redFlags,
      String redFlagAdvice,
      List<RegionFinding> findings,
      String response,
      String adverseReactions,
      CarePlan plan,
      NoteStatus status,
      LocalDateTime signedAt,
      String contentHash,
      List<Addendum> addenda,
      boolean endedWithoutTreatment) {
    this(
        id,
        clientId,
        serviceStart,
        durationMinutes,
        positions,
        writtenAt,
        subjective,
        redFlags,
        redFlagAdvice,
        findings,
        response,
        adverseReactions,
        plan,
        status,
        signedAt,
        contentHash,
        addenda,
        null,
        endedWithoutTreatment);
  }

  /** A new, empty draft for a client. */
  public static SessionNote draft(
      long clientId,
      LocalDateTime serviceStart,
      int minutes,
      Set<Position> positions,
      LocalDateTime writtenAt) {
    return new SessionNote(
        null,
        clientId,
        serviceStart,
        minutes,
        positions,
        writtenAt,
        Subjective.EMPTY,
        Map.of(),
        null,
        List.of(),
        null,
        null,
        CarePlan.EMPTY,
        NoteStatus.DRAFT,
        null,
        null,
        List.of());
  }

  public boolean signed() {
    return status == NoteStatus.SIGNED;
  }

  /** True when the note was written well after the session (a late entry). */
  public boolean lateEntry() {
    return writtenAt != null && Duration.between(serviceStart, writtenAt).compareTo(LATE_AFTER) > 0;
  }

  /** Questions answered yes whose advice means no massage today (emergency or same day). */
  public List<RedFlagQuestion> noTreatmentFlags() {
    return redFlags.entrySet().stream()
        .filter(e -> e.getKey().noTreatmentToday() && e.getValue() == RedFlagAnswer.YES)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Every question answered yes, in the order of the screen the note was written with. */
  public List<RedFlagQuestion> yesFlags() {
    return redFlags.entrySet().stream()
        .filter(e -> e.getValue() == RedFlagAnswer.YES)
        .map(Map.Entry::getKey)
        .sorted(
            firstReleaseScreen()
                ? java.util.Comparator.naturalOrder()
                : java.util.Comparator.comparingInt(RedFlagQuestion.asked()::indexOf))
        .toList();
  }

  /** Signed with the first release's red-flag screen (it holds a question asked no more). */
  public boolean firstReleaseScreen() {
    return RedFlagQuestion.firstReleaseScreen(redFlags.keySet());
  }

  /**
   * The questions of the screen this note was written with that were left unanswered: an unanswered
   * question is not a "no". Empty when nothing was asked at all (see {@link #redFlags()}), and for
   * notes signed since every question must be answered.
   */
  public List<RedFlagQuestion> notAsked() {
    return RedFlagQuestion.notAsked(redFlags.keySet());
  }

  /** Emergency questions answered yes. */
  public List<RedFlagQuestion> urgentFlags() {
    return redFlags.entrySet().stream()
        .filter(e -> e.getKey().urgent() && e.getValue() == RedFlagAnswer.YES)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Other questions (same day, soon) answered yes. */
  public List<RedFlagQuestion> referFlags() {
    return redFlags.entrySet().stream()
        .filter(e -> !e.getKey().urgent() && e.getValue() == RedFlagAnswer.YES)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  public SessionNote withId(long newId) {
    return new SessionNote(
        newId,
        clientId,
        serviceStart,
        durationMinutes,
        positions,
        writtenAt,
        subjective,
        redFlags,
        redFlagAdvice,
        findings,
        response,
        adverseReactions,
        plan,
        status,
        signedAt,
        contentHash,
        addenda,
        signer,
        endedWithoutTreatment);
  }

  public SessionNote withFindings(List<RegionFinding> newFindings) {
    return new SessionNote(
        id,
        clientId,
        serviceStart,
        durationMinutes,
        positions,
        writtenAt,
        subjective,
        redFlags,
        redFlagAdvice,
        newFindings,
        response,
        adverseReactions,
        plan,
        status,
        signedAt,
        contentHash,
        addenda,
        signer,
        endedWithoutTreatment);
  }

  /** The same note, recording whether the session ended without treatment. */
  public SessionNote endedWithoutTreatment(boolean ended) {
    return new SessionNote(
        id,
        clientId,
        serviceStart,
        durationMinutes,
        positions,
        writtenAt,
        subjective,
        redFlags,
        redFlagAdvice,
        findings,
        response,
        adverseReactions,
        plan,
        status,
        signedAt,
        contentHash,
        addenda,
        signer,
        ended);
  }

  public SessionNote signedAs(LocalDateTime at, String hash) {
    return new SessionNote(
        id,
        clientId,
        serviceStart,
        durationMinutes,
        positions,
        writtenAt,
        subjective,
        redFlags,
        redFlagAdvice,
        findings,
        response,
        adverseReactions,
        plan,
        NoteStatus.SIGNED,
        at,
        hash,
        addenda,
        signer,
        endedWithoutTreatment);
  }

  public SessionNote withAddenda(List<Addendum> newAddenda) {
    return new SessionNote(
        id,
        clientId,
        serviceStart,
        durationMinutes,
        positions,
        writtenAt,
        subjective,
        redFlags,
        redFlagAdvice,
        findings,
        response,
        adverseReactions,
        plan,
        status,
        signedAt,
        contentHash,
        newAddenda,
        signer,
        endedWithoutTreatment);
  }

  /** The same note, to be signed by {@code by}. */
  public SessionNote withSigner(Signer by) {
    return new SessionNote(
        id,
        clientId,
        serviceStart,
        durationMinutes,
        positions,
        writtenAt,
        subjective,
        redFlags,
        redFlagAdvice,
        findings,
        response,
        adverseReactions,
        plan,
        status,
        signedAt,
        contentHash,
        addenda,
        by,
        endedWithoutTreatment);
  }
}
