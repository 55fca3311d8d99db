package org.knotwork.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.session.SessionFixtures.fullDraft;
import static org.knotwork.session.SessionFixtures.glutesBilateral;
import static org.knotwork.session.SessionFixtures.lowerBackRight;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.client.PressurePreference;

class NoteHashTest {
  private static final LocalDateTime START = LocalDateTime.of(2025, 3, 14, 9, 0);
  private static final LocalDateTime WRITTEN = LocalDateTime.of(2025, 3, 14, 10, 15, 30);

  private final SessionNote note = fullDraft(7, START, WRITTEN);

  private static SessionNote withSubjective(SessionNote n, Subjective s) {
    return new SessionNote(
        n.id(),
        n.clientId(),
        n.serviceStart(),
        n.durationMinutes(),
        n.positions(),
        n.writtenAt(),
        s,
        n.redFlags(),
        n.redFlagAdvice(),
        n.findings(),
        n.response(),
        n.adverseReactions(),
        n.plan(),
        n.status(),
        n.signedAt(),
        n.contentHash(),
        n.addenda());
  }

  private static SessionNote withFlagsAndPositions(
      SessionNote n, Map<RedFlagQuestion, RedFlagAnswer> flags, Set<Position> positions) {
    return new SessionNote(
        n.id(),
        n.clientId(),
        n.serviceStart(),
        n.durationMinutes(),
        positions,
        n.writtenAt(),
        n.subjective(),
        flags,
        n.redFlagAdvice(),
        n.findings(),
        n.response(),
        n.adverseReactions(),
        n.plan(),
        n.status(),
        n.signedAt(),
        n.contentHash(),
        n.addenda());
  }

  @Test
  void hashIsSixtyFourHexDigitsAndStable() {
    assertThat(NoteHash.of(note)).matches("[0-9a-f]{64}").isEqualTo(NoteHash.of(note));
    assertThat(NoteHash.of(fullDraft(7, START, WRITTEN))).isEqualTo(NoteHash.of(note));
  }

  @Test
  void hashChangesWhenTheChiefComplaintChanges() {
    Subjective s = note.subjective();
    Subjective other =
        new Subjective(
            s.chiefComplaint() + ".",
            s.painNow(),
            s.painWorst(),
            s.painBest(),
            s.onset(),
            s.character(),
            s.aggravating(),
            s.relieving(),
            s.radiation(),
            s.changesSinceLast(),
            s.historyReviewed(),
            s.historyChanges(),
            s.stressSleepWork(),
            s.clientGoal());

    assertThat(NoteHash.of(withSubjective(note, other))).isNotEqualTo(NoteHash.of(note));
  }

  @Test
  void hashChangesWhenAFindingOrTreatmentChanges() {
    RegionFinding f = lowerBackRight();
    RegionFinding lessPain =
        new RegionFinding(
            f.region(),
            f.side(),
            f.painBefore(),
            2,
            f.tone(),
            f.triggerActive(),
            f.triggerLatent(),
            f.tenderness(),
            f.adhesions(),
            f.romNotes(),
            f.observations(),
            f.treatments(),
            f.carriedOver());
    RegionFinding longerTreatment =
        new RegionFinding(
            f.region(),
            f.side(),
            f.painBefore(),
            f.painAfter(),
            f.tone(),
            f.triggerActive(),
            f.triggerLatent(),
            f.tenderness(),
            f.adhesions(),
            f.romNotes(),
            f.observations(),
            List.of(new Treatment(Technique.DEEP_TISSUE, PressurePreference.FIRM, 16)),
            f.carriedOver());

    String original = NoteHash.of(note);
    assertThat(NoteHash.of(note.withFindings(List.of(lessPain, glutesBilateral()))))
        .isNotEqualTo(original);
    assertThat(NoteHash.of(note.withFindings(List.of(longerTreatment, glutesBilateral()))))
        .isNotEqualTo(original);
    assertThat(NoteHash.of(note.withFindings(List.of(glutesBilateral(), lowerBackRight()))))
        .isNotEqualTo(original);
  }

  @Test
  void hashChangesWithTheServiceDateOrLength() {
    SessionNote later = fullDraft(7, START.plusDays(1), WRITTEN);
    SessionNote otherClient = fullDraft(8, START, WRITTEN);

    assertThat(NoteHash.of(later)).isNotEqualTo(NoteHash.of(note));
    assertThat(NoteHash.of(otherClient)).isNotEqualTo(NoteHash.of(note));
  }

  @Test
  void hashDoesNotDependOnTheOrderOfFlagsOrPositions() {
    Map<RedFlagQuestion, RedFlagAnswer> reversed = new LinkedHashMap<>();
    List<RedFlagQuestion> keys = new java.util.ArrayList<>(note.redFlags().keySet());
    java.util.Collections.reverse(keys);
    keys.forEach(k -> reversed.put(k, note.redFlags().get(k)));

    SessionNote same =
        withFlagsAndPositions(
            note,
            reversed,
            new java.util.LinkedHashSet<>(List.of(Position.SIDE_LYING, Position.PRONE)));

    assertThat(NoteHash.of(same)).isEqualTo(NoteHash.of(note));
    assertThat(
            NoteHash.of(
                withFlagsAndPositions(
                    note, new EnumMap<>(note.redFlags()), Set.of(Position.PRONE))))
        .isNotEqualTo(NoteHash.of(note));
  }

  @Test
  void hashIgnoresIdStatusAndAddenda() {
    SessionNote stored =
        note.withId(42)
            .withAddenda(List.of(new Addendum(1L, WRITTEN.plusDays(1), "anna", "Late", "Text")));

    assertThat(NoteHash.of(stored)).isEqualTo(NoteHash.of(note));
    assertThat(NoteHash.of(note.signedAs(WRITTEN, "x"))).isEqualTo(NoteHash.of(note));
  }

  @Test
  void draftCountsAsIntact() {
    assertThat(NoteHash.intact(note)).isTrue();
  }

  @Test
  void signedNoteIsIntactOnlyWhileItMatchesItsHash() {
    SessionNote signed = note.signedAs(WRITTEN, NoteHash.of(note));
    SessionNote tampered =
        signed.withFindings(List.of(lowerBackRight())); // glutes finding removed after signing

    assertThat(NoteHash.intact(signed)).isTrue();
    assertThat(NoteHash.intact(tampered)).isFalse();
    assertThat(NoteHash.intact(note.signedAs(WRITTEN, "0".repeat(64)))).isFalse();
  }
}
