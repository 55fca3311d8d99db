package org.knotwork.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HealthConditionTest {
  @Test
  void theChecklistAsksAboutEveryConditionThatChangesTreatment() {
    assertThat(Arrays.stream(HealthCondition.values()).map(Enum::name))
        .contains(
            "ACUTE_INJURY",
            "SPINAL_INJURY",
            "CLOTTING_HISTORY",
            "HEART_CONDITION",
            "EPILEPSY",
            "INFLAMMATORY_ARTHRITIS",
            "CORTICOSTEROIDS",
            "NEUROPATHY",
            "LYMPHOEDEMA",
            "HYPERMOBILITY");
  }

  @Test
  void bloodThinnersIncludeAntiplateletsButKeepTheirStoredKey() {
    assertThat(HealthCondition.valueOf("ANTICOAGULANTS").label())
        .containsIgnoringCase("antiplatelet");
  }
}
