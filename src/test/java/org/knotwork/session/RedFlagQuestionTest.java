package org.knotwork.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.safety.Country;
import org.knotwork.safety.EmergencyNumbers;

class RedFlagQuestionTest {
  private static List<RedFlagQuestion> asked() {
    return RedFlagQuestion.asked();
  }

  @Test
  void possibleClotWithBreathlessnessIsAnEmergency() {
    assertThat(asked())
        .filteredOn(q -> q.question().toLowerCase().contains("breath"))
        .isNotEmpty()
        .allMatch(RedFlagQuestion::urgent);
  }

  @Test
  void hotSwollenCalfAloneIsNotAnEmergencyAndNotAskedWithBreathlessness() {
    assertThat(asked())
        .filteredOn(q -> q.question().toLowerCase().contains("calf"))
        .isNotEmpty()
        .noneMatch(RedFlagQuestion::urgent)
        .noneMatch(q -> q.question().toLowerCase().contains("breath"));
  }

  @Test
  void clotInTheLungsIsAnEmergencyAndAHotCalfAloneIsSameDay() {
    assertThat(RedFlagQuestion.CLOT_LUNGS.urgency()).isEqualTo(RedFlagUrgency.EMERGENCY);
    assertThat(RedFlagQuestion.CALF_CLOT.urgency()).isEqualTo(RedFlagUrgency.SAME_DAY);
    assertThat(RedFlagQuestion.CALF_CLOT.noTreatmentToday()).isTrue();
    assertThat(RedFlagQuestion.asked()).doesNotContain(RedFlagQuestion.CLOT_SIGNS);
  }

  @Test
  void everyQuestionCarriesItsOwnAdviceNamingTheCountrysNumber() {
    EmergencyNumbers australia = EmergencyNumbers.of(Country.AUSTRALIA);
    assertThat(RedFlagQuestion.asked())
        .allSatisfy(
            q -> {
              String advice = q.advice(australia);
              assertThat(advice).isNotBlank().doesNotContain("[").doesNotContain("999");
              if (q.urgent()) {
                assertThat(advice).contains("000");
              }
            });
    assertThat(RedFlagQuestion.SADDLE_NUMBNESS.advice(EmergencyNumbers.of(Country.UNITED_STATES)))
        .contains("Call 911");
    assertThat(RedFlagQuestion.SADDLE_NUMBNESS.advice(EmergencyNumbers.NOT_SET))
        .contains("the local emergency number")
        .doesNotContainPattern("\\d");
  }

  @Test
  void retiredQuestionsAreNeverAskedButStillRead() {
    assertThat(RedFlagQuestion.asked())
        .noneMatch(RedFlagQuestion::retired)
        .doesNotHaveDuplicates()
        .containsAll(
            java.util.Arrays.stream(RedFlagQuestion.values()).filter(q -> !q.retired()).toList());
    assertThat(RedFlagQuestion.valueOf("BLADDER_CHANGE").retired()).isTrue();
  }

  @Test
  void frequencyAloneIsNotAskedAboutAnyMore() {
    assertThat(RedFlagQuestion.asked())
        .noneMatch(q -> q.question().toLowerCase().contains("more often"));
  }

  @Test
  void theClinicalReviewsQuestionsAreAsked() {
    assertThat(RedFlagQuestion.everySession())
        .contains(
            RedFlagQuestion.SEXUAL_FUNCTION,
            RedFlagQuestion.SCIATICA_BOTH_LEGS,
            RedFlagQuestion.UNSTEADY_WALK,
            RedFlagQuestion.NECK_DIZZINESS,
            RedFlagQuestion.DOUBLE_VISION,
            RedFlagQuestion.SPEAKING_SWALLOWING,
            RedFlagQuestion.DROP_ATTACKS,
            RedFlagQuestion.SUDDEN_SEVERE_HEADACHE,
            RedFlagQuestion.CLUMSY_HANDS,
            RedFlagQuestion.NUMB_BOTH_ARMS)
        .allMatch(q -> !q.question().contains("since the last visit"));
    assertThat(RedFlagQuestion.SERIOUS_INJURY.question()).contains("recently");
  }
}
