package org.knotwork.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.session.SessionFixtures.allUrgentNo;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SigningRulesTest {
  private static final LocalDateTime START = LocalDateTime.of(2025, 3, 14, 9, 0);

  private static SessionNote note(
      int minutes, Map<RedFlagQuestion, RedFlagAnswer> flags, String advice) {
    SessionNote draft = SessionNote.draft(1, START, minutes, Set.of(Position.PRONE), START);
    return new SessionNote(
        null,
        1,
        START,
        minutes,
        draft.positions(),
        START,
        null,
        flags,
        advice,
        null,
        null,
        null,
        null,
        NoteStatus.DRAFT,
        null,
        null,
        null);
  }

  private static Map<RedFlagQuestion, RedFlagAnswer> urgentNoAnd(RedFlagQuestion yes) {
    Map<RedFlagQuestion, RedFlagAnswer> flags = new EnumMap<>(allUrgentNo());
    flags.put(yes, RedFlagAnswer.YES);
    return flags;
  }

  @Test
  void noteWithEveryUrgentQuestionAnsweredNoCanBeSigned() {
    assertThat(SigningRules.problems(note(60, allUrgentNo(), null))).isEmpty();
  }

  @Test
  void unansweredUrgentQuestionsAreCounted() {
    assertThat(SigningRules.problems(note(60, Map.of(), null)))
        .containsExactly("Answer every urgent red-flag question (4 still open).");

    Map<RedFlagQuestion, RedFlagAnswer> three = new EnumMap<>(allUrgentNo());
    three.remove(RedFlagQuestion.LEG_WEAKNESS);
    assertThat(SigningRules.problems(note(60, three, null)))
        .containsExactly("Answer every urgent red-flag question (1 still open).");
  }

  @Test
  void tierTwoQuestionsNeedNoAnswer() {
    Map<RedFlagQuestion, RedFlagAnswer> flags = new EnumMap<>(allUrgentNo());

    assertThat(flags).doesNotContainKey(RedFlagQuestion.NIGHT_PAIN);
    assertThat(SigningRules.problems(note(60, flags, null))).isEmpty();
  }

  @Test
  void urgentYesWithoutAdviceIsRefused() {
    assertThat(SigningRules.problems(note(60, urgentNoAnd(RedFlagQuestion.BLADDER_CHANGE), null)))
        .containsExactly(
            "A red-flag question was answered yes: record what you advised the client.");
  }

  @Test
  void referYesWithoutAdviceIsRefused() {
    assertThat(SigningRules.problems(note(60, urgentNoAnd(RedFlagQuestion.FEVER_WEIGHT_LOSS), " ")))
        .containsExactly(
            "A red-flag question was answered yes: record what you advised the client.");
  }

  @Test
  void yesWithAdviceRecordedCanBeSigned() {
    assertThat(
            SigningRules.problems(
                note(
                    60,
                    urgentNoAnd(RedFlagQuestion.SADDLE_NUMBNESS),
                    RedFlagQuestion.URGENT_ADVICE)))
        .isEmpty();
  }

  @Test
  void sessionLengthMustBeBetweenFiveAndTwoHundredFortyMinutes() {
    assertThat(SigningRules.problems(note(4, allUrgentNo(), null)))
        .containsExactly("The session length is between 5 and 240 minutes.");
    assertThat(SigningRules.problems(note(241, allUrgentNo(), null)))
        .containsExactly("The session length is between 5 and 240 minutes.");
    assertThat(SigningRules.problems(note(5, allUrgentNo(), null))).isEmpty();
    assertThat(SigningRules.problems(note(240, allUrgentNo(), null))).isEmpty();
  }

  @Test
  void alreadySignedNoteIsReported() {
    SessionNote signed = note(60, allUrgentNo(), null).signedAs(START, "hash");

    assertThat(SigningRules.problems(signed)).containsExactly("This note is already signed.");
  }

  @Test
  void everyProblemIsListedAtOnce() {
    assertThat(
            SigningRules.problems(
                note(2, Map.of(RedFlagQuestion.NIGHT_PAIN, RedFlagAnswer.YES), null)))
        .hasSize(3);
  }
}
