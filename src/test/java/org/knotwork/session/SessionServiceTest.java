package org.knotwork.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.session.SessionFixtures.allAnsweredNo;
import static org.knotwork.session.SessionFixtures.fullDraft;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditRepository;
import org.knotwork.db.Database;
import org.knotwork.testing.MovableClock;

class SessionServiceTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 14, 10, 17, 30);

  private Database db;
  private MovableClock clock;
  private SessionRepository repository;
  private SessionService service;
  private long clientId;

  @BeforeEach
  void openDatabase() {
    db = Database.inMemory();
    clock = new MovableClock(NOW);
    repository = new SessionRepository(db.dsl());
    service =
        new SessionService(
            repository, clock, () -> "anna", org.knotwork.practice.TestTherapist::signer);
    clientId = SessionFixtures.practiceWithClient(db, clock);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  /**
   * A note filled in like {@link SessionFixtures#fullDraft}, saved and signed through the service.
   */
  private SessionNote signedVisit(int minutes, Set<Position> positions) {
    SessionNote started = service.startNote(clientId, false);
    SessionNote full = fullDraft(clientId, started.serviceStart(), started.writtenAt());
    SessionNote filled =
        new SessionNote(
            started.id(),
            clientId,
            started.serviceStart(),
            minutes,
            positions,
            started.writtenAt(),
            full.subjective(),
            full.redFlags(),
            full.redFlagAdvice(),
            full.findings(),
            full.response(),
            full.adverseReactions(),
            full.plan(),
            NoteStatus.DRAFT,
            null,
            null,
            List.of());
    service.saveDraft(filled);
    return service.sign(filled);
  }

  private static SessionNote withFlags(
      SessionNote note, Map<RedFlagQuestion, RedFlagAnswer> flags, String advice) {
    return new SessionNote(
        note.id(),
        note.clientId(),
        note.serviceStart(),
        note.durationMinutes(),
        note.positions(),
        note.writtenAt(),
        note.subjective(),
        flags,
        advice,
        note.findings(),
        note.response(),
        note.adverseReactions(),
        note.plan(),
        note.status(),
        note.signedAt(),
        note.contentHash(),
        note.addenda());
  }

  // --- starting a note -----------------------------------------------------------------------

  @Test
  void firstNoteIsAStoredSixtyMinuteProneDraftStartingOnTheFiveMinuteMark() {
    SessionNote note = service.startNote(clientId, false);

    assertThat(note.id()).isNotNull();
    assertThat(note.status()).isEqualTo(NoteStatus.DRAFT);
    assertThat(note.durationMinutes()).isEqualTo(SessionService.DEFAULT_MINUTES).isEqualTo(60);
    assertThat(note.positions()).containsExactly(Position.PRONE);
    assertThat(note.serviceStart()).isEqualTo(LocalDateTime.of(2025, 3, 14, 10, 15));
    assertThat(note.writtenAt()).isEqualTo(NOW);
    assertThat(note.findings()).isEmpty();
    assertThat(repository.find(note.id())).contains(note);
    assertThat(new AuditRepository(db.dsl()).about("SESSION", note.id()))
        .containsExactly(
            new AuditEntry(NOW, "anna", AuditEntry.Action.CREATE, "SESSION", note.id()));
  }

  @Test
  void laterNoteTakesLengthAndPositionsOfTheLastSignedSession() {
    signedVisit(90, Set.of(Position.SUPINE, Position.SIDE_LYING));
    clock.set(NOW.plusDays(7));

    SessionNote next = service.startNote(clientId, false);

    assertThat(next.durationMinutes()).isEqualTo(90);
    assertThat(next.positions()).containsExactlyInAnyOrder(Position.SUPINE, Position.SIDE_LYING);
    assertThat(next.findings()).isEmpty();
    assertThat(repository.find(next.id())).contains(next);
  }

  @Test
  void copyForwardPrefillsLastSignedFindingsAsCarriedOverWithoutPainAfter() {
    SessionNote last = signedVisit(75, Set.of(Position.PRONE));
    clock.set(NOW.plusDays(7));

    SessionNote next = service.startNote(clientId, true);

    assertThat(service.canCopyForward(clientId)).isTrue();
    assertThat(next.findings()).hasSameSizeAs(last.findings()).isNotEmpty();
    for (int i = 0; i < last.findings().size(); i++) {
      RegionFinding was = last.findings().get(i);
      RegionFinding now = next.findings().get(i);
      assertThat(now.carriedOver()).isTrue();
      assertThat(now.painAfter()).isNull();
      assertThat(now.painBefore()).isEqualTo(was.painBefore());
      assertThat(now.treatments()).isEqualTo(was.treatments()).isNotEmpty();
      assertThat(now.withCarriedOver(false))
          .usingRecursiveComparison()
          .ignoringFields("painAfter")
          .isEqualTo(was);
    }
    assertThat(next.subjective()).isEqualTo(Subjective.EMPTY);
    assertThat(next.redFlags()).isEmpty();
    assertThat(repository.find(next.id())).contains(next);
  }

  @Test
  void copyForwardWithoutASignedNoteStartsEmpty() {
    service.startNote(clientId, false); // a draft only

    SessionNote next = service.startNote(clientId, true);

    assertThat(service.canCopyForward(clientId)).isFalse();
    assertThat(next.findings()).isEmpty();
  }

  // --- signing -------------------------------------------------------------------------------

  @Test
  void signIsRefusedWhileATierOneQuestionIsUnanswered() {
    SessionNote note = service.startNote(clientId, false);
    Map<RedFlagQuestion, RedFlagAnswer> flags = new java.util.EnumMap<>(allAnsweredNo());
    flags.remove(RedFlagQuestion.BOWEL_CHANGE);
    SessionNote incomplete = withFlags(note, flags, null);

    assertThatThrownBy(() -> service.sign(incomplete))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "Answer every emergency red-flag question, one by one (1 still open)");

    assertThat(service.load(note.id()).status()).isEqualTo(NoteStatus.DRAFT);
  }

  @Test
  void signIsRefusedWhenARedFlagIsYesAndNoAdviceIsRecorded() {
    SessionNote note = service.startNote(clientId, false);
    Map<RedFlagQuestion, RedFlagAnswer> tier2 = new java.util.EnumMap<>(allAnsweredNo());
    tier2.put(RedFlagQuestion.CALF_CLOT, RedFlagAnswer.YES);
    Map<RedFlagQuestion, RedFlagAnswer> tier1 = new java.util.EnumMap<>(allAnsweredNo());
    tier1.put(RedFlagQuestion.SADDLE_NUMBNESS, RedFlagAnswer.YES);

    assertThatThrownBy(() -> service.sign(withFlags(note, tier2, "  ")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("record what you advised");
    assertThatThrownBy(() -> service.sign(withFlags(note, tier1, null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("record what you advised");

    assertThat(service.load(note.id()).status()).isEqualTo(NoteStatus.DRAFT);
  }

  @Test
  void signWorksOnceEveryTierOneQuestionIsAnsweredNo() {
    SessionNote note = withFlags(service.startNote(clientId, false), allAnsweredNo(), null);
    clock.set(NOW.plusMinutes(70));

    SessionNote signed = service.sign(note);

    assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
    assertThat(signed.signedAt()).isEqualTo(NOW.plusMinutes(70));
    assertThat(signed.signer()).isEqualTo(org.knotwork.practice.TestTherapist.SIGNER);
    assertThat(signed.contentHash())
        .isEqualTo(NoteHash.of(note.withSigner(org.knotwork.practice.TestTherapist.SIGNER)));
    SessionNote stored = service.load(note.id());
    assertThat(stored).isEqualTo(signed);
    assertThat(NoteHash.intact(stored)).isTrue();
  }

  @Test
  void signWorksWithAYesAnswerOnceTheAdviceIsRecorded() {
    Map<RedFlagQuestion, RedFlagAnswer> flags = new java.util.EnumMap<>(allAnsweredNo());
    flags.put(RedFlagQuestion.NIGHT_PAIN, RedFlagAnswer.YES);
    SessionNote note =
        withFlags(
            service.startNote(clientId, false),
            flags,
            "Advised to see their doctor this week about the night pain.");

    SessionNote signed = service.sign(note);

    assertThat(service.load(note.id())).isEqualTo(signed);
    assertThat(service.load(note.id()).redFlagAdvice())
        .isEqualTo("Advised to see their doctor this week about the night pain.");
  }

  @Test
  void signingAfterAnEmergencyYesRecordsThatTheSessionEndedWithoutTreatment() {
    Map<RedFlagQuestion, RedFlagAnswer> flags = new java.util.EnumMap<>(allAnsweredNo());
    flags.put(RedFlagQuestion.CLOT_LUNGS, RedFlagAnswer.YES);
    SessionNote note =
        withFlags(
            service.startNote(clientId, false),
            flags,
            "Short of breath since this morning. Called the emergency number; not treated.");

    SessionNote signed = service.sign(note);

    SessionNote stored = service.load(note.id());
    assertThat(stored.endedWithoutTreatment()).isTrue();
    assertThat(stored).isEqualTo(signed);
    assertThat(NoteHash.intact(stored)).isTrue();
    assertThat(service.changedSinceSigning()).isEmpty();
  }

  @Test
  void anEmergencyYesRefusesSigningWithTechniques() {
    Map<RedFlagQuestion, RedFlagAnswer> flags = new java.util.EnumMap<>(allAnsweredNo());
    flags.put(RedFlagQuestion.SADDLE_NUMBNESS, RedFlagAnswer.YES);
    SessionNote note =
        withFlags(service.startNote(clientId, false), flags, "Sent to the emergency department.")
            .withFindings(List.of(SessionFixtures.lowerBackRight()));

    assertThatThrownBy(() -> service.sign(note))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no treatment today");
  }

  @Test
  void signingTwiceIsRefused() {
    SessionNote draft = withFlags(service.startNote(clientId, false), allAnsweredNo(), null);
    SessionNote signed = service.sign(draft);
    clock.set(NOW.plusDays(1));

    assertThatThrownBy(() -> service.sign(signed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already signed");
    assertThatThrownBy(() -> service.sign(draft)).hasMessageContaining("cannot be changed");

    assertThat(service.load(draft.id())).isEqualTo(signed);
  }

  @Test
  void savingASignedNoteAsADraftIsRefused() {
    SessionNote signed =
        service.sign(withFlags(service.startNote(clientId, false), allAnsweredNo(), null));

    assertThatThrownBy(() -> service.saveDraft(signed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("signed note cannot be changed");
  }

  // --- addenda -------------------------------------------------------------------------------

  @Test
  void addendumIsDatedSignedByTheTherapistAndKept() {
    SessionNote signed = signedVisit(60, Set.of(Position.PRONE));
    clock.set(NOW.plusDays(2));

    SessionNote withAddendum =
        service.addAddendum(signed.id(), "  Late entry ", " Client phoned: pain 2/10. ");

    assertThat(withAddendum.addenda())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.writtenAt()).isEqualTo(NOW.plusDays(2));
              assertThat(a.author()).isEqualTo("Maya Lindqvist"); // the therapist, not the actor
              assertThat(a.reason()).isEqualTo("Late entry");
              assertThat(a.text()).isEqualTo("Client phoned: pain 2/10.");
            });
    assertThat(withAddendum.withAddenda(List.of())).isEqualTo(signed);
    assertThat(NoteHash.intact(withAddendum)).isTrue();
  }

  @Test
  void addendumNeedsAReasonAndAText() {
    SessionNote signed = signedVisit(60, Set.of(Position.PRONE));

    assertThatThrownBy(() -> service.addAddendum(signed.id(), " ", "Text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> service.addAddendum(signed.id(), null, "Text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> service.addAddendum(signed.id(), "Reason", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Write the addendum");
    assertThatThrownBy(() -> service.addAddendum(signed.id(), "Reason", "x".repeat(4001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too long");

    assertThat(service.load(signed.id()).addenda()).isEmpty();
  }

  @Test
  void addendumToADraftIsRefused() {
    SessionNote draft = service.startNote(clientId, false);

    assertThatThrownBy(() -> service.addAddendum(draft.id(), "Reason", "Text"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Addenda are for signed notes");

    assertThat(service.load(draft.id()).addenda()).isEmpty();
  }

  // --- drafts --------------------------------------------------------------------------------

  @Test
  void openDraftFindsTheNewestDraft() {
    signedVisit(60, Set.of(Position.PRONE));
    clock.set(NOW.plusDays(1));
    service.startNote(clientId, false);
    clock.set(NOW.plusDays(2));
    SessionNote newest = service.startNote(clientId, false);

    assertThat(service.openDraft(clientId)).contains(newest);
  }

  @Test
  void openDraftFindsTheNewestOfTwoDraftsStartedInTheSameSecond() {
    service.startNote(clientId, false);
    SessionNote newest = service.startNote(clientId, false);

    assertThat(service.openDraft(clientId)).contains(newest);
  }

  @Test
  void openDraftIsEmptyWhenEveryNoteIsSigned() {
    signedVisit(60, Set.of(Position.PRONE));

    assertThat(service.openDraft(clientId)).isEmpty();
  }

  @Test
  void discardedDraftIsGone() {
    SessionNote draft = service.startNote(clientId, false);

    service.discardDraft(draft.id());

    assertThat(service.openDraft(clientId)).isEmpty();
    assertThatThrownBy(() -> service.load(draft.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no longer in the records");
  }

  @Test
  void quickPhrasesExpandTheStarterSet() {
    assertThat(service.quickPhrases().expand("Upper traps ;ht", 15))
        .contains(new QuickPhrases.Expansion("Upper traps hypertonic", 22));
  }
}
