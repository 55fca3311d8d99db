package org.knotwork.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A note signed before the red-flag screen was reworked: its questions keep their keys and wording,
 * and its fingerprint (taken with the old code) still verifies.
 */
class LegacyRedFlagNoteTest {
  private static final LocalDateTime START = LocalDateTime.of(2025, 3, 14, 9, 0);
  private static final LocalDateTime SIGNED = LocalDateTime.of(2025, 3, 14, 10, 30);

  /** SHA-256 of {@link #legacyDraft()} computed by the code of commit bb9f2a1. */
  static final String HASH_SIGNED_WITH_OLD_CODE =
      "3b580fda765e6e5048ad14d7c815c16eb38ce3299de86f8a9d58abf8530239f2";

  static SessionNote legacyDraft() {
    Map<RedFlagQuestion, RedFlagAnswer> flags = new EnumMap<>(RedFlagQuestion.class);
    flags.put(RedFlagQuestion.SADDLE_NUMBNESS, RedFlagAnswer.NO);
    flags.put(RedFlagQuestion.BLADDER_CHANGE, RedFlagAnswer.NO);
    flags.put(RedFlagQuestion.BOWEL_CHANGE, RedFlagAnswer.NO);
    flags.put(RedFlagQuestion.LEG_WEAKNESS, RedFlagAnswer.NO);
    flags.put(RedFlagQuestion.RECENT_TRAUMA, RedFlagAnswer.NO);
    flags.put(RedFlagQuestion.CLOT_SIGNS, RedFlagAnswer.YES);
    flags.put(RedFlagQuestion.NIGHT_PAIN, RedFlagAnswer.NO);
    return new SessionNote(
        41L,
        7,
        START,
        60,
        Set.of(Position.PRONE),
        START.plusHours(1),
        new Subjective(
            "Low back ache", 5, 7, 2, null, null, null, null, null, null, true, null, null, null),
        flags,
        "Advised to see the GP today about the calf",
        List.of(SessionFixtures.lowerBackRight()),
        "Eased",
        null,
        CarePlan.EMPTY,
        NoteStatus.DRAFT,
        null,
        null,
        List.of());
  }

  @Test
  void aNoteSignedWithTheOldQuestionsStillVerifies() {
    SessionNote signed = legacyDraft().signedAs(SIGNED, HASH_SIGNED_WITH_OLD_CODE);

    assertThat(NoteHash.of(legacyDraft())).isEqualTo(HASH_SIGNED_WITH_OLD_CODE);
    assertThat(NoteHash.intact(signed)).isTrue();
  }

  @Test
  void oldQuestionsKeepTheirOldWording() {
    assertThat(RedFlagQuestion.SADDLE_NUMBNESS.question())
        .isEqualTo("Numbness or tingling in the groin, buttocks or inner thighs (saddle area)?");
    assertThat(RedFlagQuestion.BLADDER_CHANGE.question())
        .isEqualTo("New trouble passing urine, going more often, or leaking?");
    assertThat(RedFlagQuestion.BOWEL_CHANGE.question()).isEqualTo("New loss of bowel control?");
    assertThat(RedFlagQuestion.LEG_WEAKNESS.question())
        .isEqualTo("Severe or worsening weakness or numbness in the legs, especially both?");
    assertThat(RedFlagQuestion.RECENT_TRAUMA.question())
        .isEqualTo("A fall, accident or heavy strain since the last visit?");
    assertThat(RedFlagQuestion.FEVER_WEIGHT_LOSS.question())
        .isEqualTo("Fever, chills, or weight loss they cannot explain?");
    assertThat(RedFlagQuestion.NIGHT_PAIN.question())
        .isEqualTo("Severe pain at night, or pain that gets worse lying down?");
    assertThat(RedFlagQuestion.CLOT_SIGNS.question())
        .isEqualTo("A swollen, warm or painful calf, or breathlessness (possible clot)?");
    assertThat(RedFlagQuestion.INFECTION_IMMUNITY.question())
        .isEqualTo("A recent infection, or a weakened immune system?");
    assertThat(RedFlagQuestion.UNEXPLAINED_PAIN.question())
        .isEqualTo("Pain that is severe, constant, or unlike anything before?");
  }

  @Test
  void aNoteSignedWithTheOldQuestionsKeepsItsOwnWords() {
    SessionNote legacy = legacyDraft().signedAs(SIGNED, HASH_SIGNED_WITH_OLD_CODE);

    assertThat(legacy.firstReleaseScreen()).isTrue();
    assertThat(legacy.yesFlags()).containsExactly(RedFlagQuestion.CLOT_SIGNS);
    assertThat(RedFlagSummary.yesLabel(legacy, RedFlagQuestion.CLOT_SIGNS))
        .isEqualTo("Refer — yes");
    assertThat(RedFlagSummary.yesLabel(legacy, RedFlagQuestion.SADDLE_NUMBNESS))
        .isEqualTo("URGENT — yes");
    assertThat(legacy.endedWithoutTreatment()).isFalse();
  }

  @Test
  void anOldNoteWithQuestionsLeftOpenSaysWhichWereNotAsked() {
    SessionNote legacy = legacyDraft();

    assertThat(legacy.notAsked())
        .containsExactly(
            RedFlagQuestion.FEVER_WEIGHT_LOSS,
            RedFlagQuestion.INFECTION_IMMUNITY,
            RedFlagQuestion.UNEXPLAINED_PAIN);
    assertThat(RedFlagSummary.notAsked(legacy))
        .isEqualTo(
            "Fever, chills, or weight loss they cannot explain?\n"
                + "A recent infection, or a weakened immune system?\n"
                + "Pain that is severe, constant, or unlike anything before?");
  }
}
