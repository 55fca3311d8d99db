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
    Signer signer) {

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

  /** A note without a recorded signer: a draft, or a note signed before signers were kept. */
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
        null);
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

  /** Tier-1 questions answered yes. */
  public List<RedFlagQuestion> urgentFlags() {
    return redFlags.entrySet().stream()
        .filter(e -> e.getKey().urgent() && e.getValue() == RedFlagAnswer.YES)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Tier-2 questions answered yes. */
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
        signer);
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
        signer);
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
        signer);
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
        signer);
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
        by);
  }
}
