package org.knotwork.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.session.SessionFixtures.allAnsweredNo;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.client.HealthCondition;

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
    Map<RedFlagQuestion, RedFlagAnswer> flags = new EnumMap<>(allAnsweredNo());
    flags.put(yes, RedFlagAnswer.YES);
    return flags;
  }

  private static Map<RedFlagQuestion, RedFlagAnswer> emergencyOnlyNo() {
    Map<RedFlagQuestion, RedFlagAnswer> flags = new EnumMap<>(RedFlagQuestion.class);
    RedFlagQuestion.everySession().stream()
        .filter(RedFlagQuestion::urgent)
        .forEach(q -> flags.put(q, RedFlagAnswer.NO));
    return flags;
  }

  @Test
  void noteWithEveryQuestionAnsweredNoCanBeSigned() {
    assertThat(SigningRules.problems(note(60, allAnsweredNo(), null))).isEmpty();
  }

  @Test
  void unansweredEmergencyQuestionsAreCounted() {
    long emergencies =
        RedFlagQuestion.everySession().stream().filter(RedFlagQuestion::urgent).count();
    assertThat(SigningRules.problems(note(60, Map.of(), null)))
        .contains(
            "Answer every emergency red-flag question, one by one ("
                + emergencies
                + " still open).");

    Map<RedFlagQuestion, RedFlagAnswer> allButOne = new EnumMap<>(allAnsweredNo());
    allButOne.remove(RedFlagQuestion.LEG_WEAKNESS);
    assertThat(SigningRules.problems(note(60, allButOne, null)))
        .containsExactly("Answer every emergency red-flag question, one by one (1 still open).");
  }

  @Test
  void otherQuestionsMustBeAnsweredToo() {
    Map<RedFlagQuestion, RedFlagAnswer> flags = new EnumMap<>(allAnsweredNo());
    flags.remove(RedFlagQuestion.NIGHT_PAIN);

    assertThat(SigningRules.problems(note(60, flags, null)))
        .containsExactly(
            "1 other red-flag question is not answered yet. A question not asked is not a “no”.");
  }

  @Test
  void questionsTheRecordRaisesMustBeAnsweredWhenAsked() {
    List<RedFlagQuestion> asked =
        RedFlagPrompts.askedWith(
            RedFlagPrompts.raised(Set.of(HealthCondition.CANCER_HISTORY), 40, null, null));

    assertThat(SigningRules.problems(note(60, allAnsweredNo(), null), asked))
        .containsExactly(
            "1 other red-flag question is not answered yet. A question not asked is not a “no”.");
  }

  @Test
  void urgentYesWithoutAdviceIsRefused() {
    assertThat(SigningRules.problems(note(60, urgentNoAnd(RedFlagQuestion.BLADDER_CONTROL), null)))
        .containsExactly(
            "A red-flag question was answered yes: record what you advised the client.");
  }

  @Test
  void referYesWithoutAdviceIsRefused() {
    assertThat(SigningRules.problems(note(60, urgentNoAnd(RedFlagQuestion.WEIGHT_LOSS), " ")))
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
                    "Advised to call the emergency number now; not treated.")))
        .isEmpty();
  }

  @Test
  void sessionLengthMustBeBetweenFiveAndTwoHundredFortyMinutes() {
    assertThat(SigningRules.problems(note(4, allAnsweredNo(), null)))
        .containsExactly("The session length is between 5 and 240 minutes.");
    assertThat(SigningRules.problems(note(241, allAnsweredNo(), null)))
        .containsExactly("The session length is between 5 and 240 minutes.");
    assertThat(SigningRules.problems(note(5, allAnsweredNo(), null))).isEmpty();
    assertThat(SigningRules.problems(note(240, allAnsweredNo(), null))).isEmpty();
  }

  @Test
  void alreadySignedNoteIsReported() {
    SessionNote signed = note(60, allAnsweredNo(), null).signedAs(START, "hash");

    assertThat(SigningRules.problems(signed)).containsExactly("This note is already signed.");
  }

  @Test
  void everyProblemIsListedAtOnce() {
    assertThat(
            SigningRules.problems(
                note(2, Map.of(RedFlagQuestion.NIGHT_PAIN, RedFlagAnswer.YES), null)))
        .hasSize(4);
  }

  @Test
  void anUnansweredQuestionIsNotANo() {
    assertThat(SigningRules.problems(note(60, emergencyOnlyNo(), null)))
        .anyMatch(p -> p.contains("not answered"));
  }

  @Test
  void anUrgentYesBlocksTreatment() {
    SessionNote urgent =
        note(60, urgentNoAnd(RedFlagQuestion.SADDLE_NUMBNESS), "Sent to the emergency department")
            .withFindings(java.util.List.of(SessionFixtures.lowerBackRight()));
    assertThat(SigningRules.problems(urgent)).anyMatch(p -> p.contains("no treatment"));
  }
}
