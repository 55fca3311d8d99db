package org.knotwork.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Client;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.HealthCondition;

class RedFlagPromptsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

  @Test
  void aHistoryOfCancerRaisesTheNewPainQuestionAndSaysWhy() {
    Map<RedFlagQuestion, String> raised =
        RedFlagPrompts.raised(Set.of(HealthCondition.CANCER_HISTORY), 40, null, null);

    assertThat(raised)
        .containsEntry(RedFlagQuestion.CANCER_NEW_PAIN, "history of cancer on the health history");
    assertThat(RedFlagPrompts.askedWith(raised)).contains(RedFlagQuestion.CANCER_NEW_PAIN);
  }

  @Test
  void ageOverFiftyOrUnderTwentyRaisesTheNewPainQuestion() {
    assertThat(RedFlagPrompts.raised(Set.of(), 57, null, null))
        .containsEntry(RedFlagQuestion.AGE_NEW_PAIN, "aged 57 (over 50)");
    assertThat(RedFlagPrompts.raised(Set.of(), 17, null, null))
        .containsEntry(RedFlagQuestion.AGE_NEW_PAIN, "aged 17 (under 20)");
    assertThat(RedFlagPrompts.raised(Set.of(), 35, null, null)).isEmpty();
    assertThat(RedFlagPrompts.askedWith(Map.of())).doesNotContain(RedFlagQuestion.AGE_NEW_PAIN);
  }

  @Test
  void osteoporosisAndSteroidsRaiseTheirQuestions() {
    Map<RedFlagQuestion, String> raised =
        RedFlagPrompts.raised(Set.of(HealthCondition.OSTEOPOROSIS), 40, null, "Prednisolone 5 mg");

    assertThat(raised)
        .containsEntry(RedFlagQuestion.MINOR_FALL_WEAK_BONES, "osteoporosis on the health history")
        .containsEntry(RedFlagQuestion.INFECTION_RISK, "steroids in the medicines list");
  }

  @Test
  void pregnancyFromTwentyWeeksRaisesThePreEclampsiaQuestions() {
    List<RedFlagQuestion> preEclampsia =
        List.of(
            RedFlagQuestion.PREGNANCY_HEADACHE,
            RedFlagQuestion.PREGNANCY_VISION,
            RedFlagQuestion.PREGNANCY_SWELLING);
    assertThat(RedFlagPrompts.raised(Set.of(HealthCondition.PREGNANCY), 30, 19, null).keySet())
        .doesNotContainAnyElementsOf(preEclampsia);
    assertThat(RedFlagPrompts.raised(Set.of(HealthCondition.PREGNANCY), 30, 20, null))
        .containsEntry(RedFlagQuestion.PREGNANCY_HEADACHE, "20 weeks pregnant")
        .containsKeys(preEclampsia.toArray(RedFlagQuestion[]::new));
  }

  @Test
  void forClientReadsTheHealthHistory() {
    Client client =
        Client.builder()
            .fullName("Maria Lopez")
            .dateOfBirth(TODAY.minusYears(31))
            .conditions(
                List.of(
                    new ConditionEntry(
                        HealthCondition.PREGNANCY,
                        null,
                        null,
                        ConditionEntry.dueDateFor(24, TODAY))))
            .build();

    assertThat(RedFlagPrompts.forClient(client, TODAY))
        .containsOnlyKeys(
            RedFlagQuestion.PREGNANCY_HEADACHE,
            RedFlagQuestion.PREGNANCY_VISION,
            RedFlagQuestion.PREGNANCY_SWELLING);
  }
}
