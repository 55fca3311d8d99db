package org.knotwork.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.HealthCondition;
import org.knotwork.client.PressurePreference;

class TreatmentCautionsTest {
  private static final LocalDate CONSENT_DAY = LocalDate.of(2025, 3, 1);

  private static Client clientWith(ConditionEntry... conditions) {
    return Client.builder().fullName("Anna Berg").conditions(List.of(conditions)).build();
  }

  private static RegionFinding treated(BackRegion region, Treatment... treatments) {
    return new RegionFinding(
        region,
        Side.LEFT,
        null,
        null,
        null,
        false,
        false,
        null,
        false,
        null,
        null,
        List.of(treatments),
        false);
  }

  @Test
  void anticoagulantsWithDeepTissueWarnToAvoidDeepWork() {
    Client client = clientWith(ConditionEntry.of(HealthCondition.ANTICOAGULANTS));

    assertThat(
            TreatmentCautions.of(
                client,
                treated(BackRegion.LOWER_BACK, new Treatment(Technique.DEEP_TISSUE, null, 20))))
        .singleElement()
        .asString()
        .contains("Anticoagulants")
        .contains("avoid deep");
  }

  @Test
  void anticoagulantsWithFirmPressureWarnEvenForSwedish() {
    Client client = clientWith(ConditionEntry.of(HealthCondition.ANTICOAGULANTS));

    assertThat(
            TreatmentCautions.of(
                client,
                treated(
                    BackRegion.UPPER_BACK,
                    new Treatment(Technique.SWEDISH, PressurePreference.FIRM, 20))))
        .singleElement()
        .asString()
        .contains("Anticoagulants");
  }

  @Test
  void anticoagulantsWithLightSwedishNeedNoCaution() {
    Client client = clientWith(ConditionEntry.of(HealthCondition.ANTICOAGULANTS));

    assertThat(
            TreatmentCautions.of(
                client,
                treated(
                    BackRegion.LOWER_BACK,
                    new Treatment(Technique.SWEDISH, PressurePreference.LIGHT, 20))))
        .isEmpty();
  }

  @Test
  void deepTissueWithoutAnyConditionNeedsNoCaution() {
    assertThat(
            TreatmentCautions.of(
                clientWith(),
                treated(BackRegion.LOWER_BACK, new Treatment(Technique.DEEP_TISSUE, null, 20))))
        .isEmpty();
  }

  @Test
  void glutesWithoutWrittenConsentAskForConsent() {
    assertThat(TreatmentCautions.of(clientWith(), RegionFinding.of(BackRegion.GLUTES, Side.RIGHT)))
        .containsExactly(
            "No written consent on file for work on the glutes. Get it signed before treating"
                + " here.");
  }

  @Test
  void glutesWithWrittenConsentNeedNoCaution() {
    Client consented =
        clientWith().toBuilder().regionConsents(Map.of(BackRegion.GLUTES, CONSENT_DAY)).build();

    assertThat(TreatmentCautions.of(consented, RegionFinding.of(BackRegion.GLUTES, Side.RIGHT)))
        .isEmpty();
  }

  @Test
  void consentForGlutesDoesNotCoverHipFlexors() {
    Client consented =
        clientWith().toBuilder().regionConsents(Map.of(BackRegion.GLUTES, CONSENT_DAY)).build();

    assertThat(TreatmentCautions.of(consented, RegionFinding.of(BackRegion.HIP_FLEXORS, Side.LEFT)))
        .singleElement()
        .asString()
        .contains("hip flexors");
  }

  @Test
  void lowerBackNeedsNoWrittenConsent() {
    assertThat(
            TreatmentCautions.of(clientWith(), RegionFinding.of(BackRegion.LOWER_BACK, Side.LEFT)))
        .isEmpty();
  }

  @Test
  void pregnancyWithSupineWarnsToPreferSideLying() {
    Client pregnant = clientWith(new ConditionEntry(HealthCondition.PREGNANCY, null, null, 20));

    assertThat(TreatmentCautions.forPositions(pregnant, Set.of(Position.SUPINE)))
        .singleElement()
        .asString()
        .contains("Pregnancy")
        .contains("side-lying");
  }

  @Test
  void pregnancyWithUnknownWeeksAndSupineWarnsToo() {
    Client pregnant = clientWith(ConditionEntry.of(HealthCondition.PREGNANCY));

    assertThat(TreatmentCautions.forPositions(pregnant, Set.of(Position.SUPINE))).hasSize(1);
  }

  @Test
  void earlyPregnancyWithSupineNeedsNoCaution() {
    Client pregnant = clientWith(new ConditionEntry(HealthCondition.PREGNANCY, null, null, 8));

    assertThat(TreatmentCautions.forPositions(pregnant, Set.of(Position.SUPINE))).isEmpty();
  }

  @Test
  void pregnancyWithSideLyingNeedsNoCaution() {
    Client pregnant = clientWith(new ConditionEntry(HealthCondition.PREGNANCY, null, null, 20));

    assertThat(TreatmentCautions.forPositions(pregnant, Set.of(Position.SIDE_LYING))).isEmpty();
  }

  @Test
  void supineWithoutPregnancyNeedsNoCaution() {
    assertThat(TreatmentCautions.forPositions(clientWith(), Set.of(Position.SUPINE))).isEmpty();
  }
}
