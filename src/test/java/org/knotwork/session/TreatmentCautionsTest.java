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

  private static ConditionEntry pregnantWeeks(int weeks) {
    return ConditionEntry.pregnancy(ConditionEntry.dueDateFor(weeks, CONSENT_DAY));
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
    Client pregnant = clientWith(pregnantWeeks(20));

    assertThat(TreatmentCautions.forPositions(pregnant, Set.of(Position.SUPINE), CONSENT_DAY))
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
    Client pregnant = clientWith(pregnantWeeks(8));

    assertThat(TreatmentCautions.forPositions(pregnant, Set.of(Position.SUPINE), CONSENT_DAY))
        .isEmpty();
  }

  @Test
  void pregnancyWithSideLyingNeedsNoCaution() {
    Client pregnant = clientWith(pregnantWeeks(20));

    assertThat(TreatmentCautions.forPositions(pregnant, Set.of(Position.SIDE_LYING), CONSENT_DAY))
        .isEmpty();
  }

  @Test
  void supineWithoutPregnancyNeedsNoCaution() {
    assertThat(TreatmentCautions.forPositions(clientWith(), Set.of(Position.SUPINE))).isEmpty();
  }

  @Test
  void hotStonesWithDiabetesWarnBesideTheTechnique() {
    Client client = clientWith(ConditionEntry.of(HealthCondition.DIABETES));

    assertThat(
            TreatmentCautions.of(
                client,
                treated(
                    BackRegion.UPPER_BACK,
                    new Treatment(Technique.HOT_STONES, PressurePreference.LIGHT, 20))))
        .singleElement()
        .asString()
        .containsIgnoringCase("hot stones")
        .contains("Diabetes");
  }

  @Test
  void hotStonesWithVaricoseVeinsOrSkinConditionsWarn() {
    Client client =
        clientWith(
            ConditionEntry.of(HealthCondition.VARICOSE_VEINS),
            ConditionEntry.of(HealthCondition.SKIN_CONDITION));

    assertThat(
            TreatmentCautions.of(
                client,
                treated(BackRegion.HAMSTRINGS, new Treatment(Technique.HOT_STONES, null, 10))))
        .anySatisfy(
            c -> assertThat(c).containsIgnoringCase("hot stones").contains("Varicose veins"))
        .anySatisfy(
            c -> assertThat(c).containsIgnoringCase("hot stones").contains("Skin condition"));
  }

  @Test
  void assistedStretchingWithOsteoporosisWarnsEvenWhenLight() {
    Client client = clientWith(ConditionEntry.of(HealthCondition.OSTEOPOROSIS));

    assertThat(
            TreatmentCautions.of(
                client,
                treated(
                    BackRegion.HIP_FLEXORS,
                    new Treatment(Technique.STRETCHING, PressurePreference.LIGHT, 5))))
        .anySatisfy(c -> assertThat(c).contains("stretching").contains("Osteoporosis"));
  }

  @Test
  void deepWorkOnTheLegsInPregnancyWarnsAboutClots() {
    Client client = clientWith(ConditionEntry.of(HealthCondition.PREGNANCY));

    assertThat(
            TreatmentCautions.of(
                client,
                treated(BackRegion.HAMSTRINGS, new Treatment(Technique.DEEP_TISSUE, null, 10))))
        .anySatisfy(c -> assertThat(c).contains("Pregnancy").contains("legs"));
    assertThat(
            TreatmentCautions.of(
                client,
                treated(BackRegion.UPPER_BACK, new Treatment(Technique.DEEP_TISSUE, null, 10))))
        .noneSatisfy(c -> assertThat(c).contains("legs"));
  }

  @Test
  void lyingOnTheBackIsCautionedOnceThePregnancyReaches13WeeksOnTheDayOfTheVisit() {
    Client pregnant = clientWith(pregnantWeeks(10));

    assertThat(TreatmentCautions.forPositions(pregnant, Set.of(Position.SUPINE), CONSENT_DAY))
        .isEmpty();
    assertThat(
            TreatmentCautions.forPositions(
                pregnant, Set.of(Position.SUPINE), CONSENT_DAY.plusWeeks(3)))
        .singleElement()
        .asString()
        .contains("13 weeks")
        .contains("side-lying");
  }

  @Test
  void lateInPregnancyAssistedStretchingIsCautioned() {
    Client pregnant = clientWith(pregnantWeeks(20));
    RegionFinding stretch =
        treated(BackRegion.LOWER_BACK, new Treatment(Technique.STRETCHING, null, 5));

    assertThat(TreatmentCautions.of(pregnant, stretch, CONSENT_DAY)).isEmpty();
    assertThat(TreatmentCautions.of(pregnant, stretch, CONSENT_DAY.plusWeeks(10)))
        .singleElement()
        .asString()
        .contains("Late pregnancy");
  }

  @Test
  void aHipOperationIsCautionedAroundTheHipNotTheNeck() {
    Client hip =
        clientWith(
            new ConditionEntry(
                HealthCondition.RECENT_SURGERY, "Right hip replacement", null, null));
    Treatment stretching = new Treatment(Technique.STRETCHING, null, 5);

    assertThat(TreatmentCautions.of(hip, treated(BackRegion.GLUTES, stretching), CONSENT_DAY))
        .anySatisfy(c -> assertThat(c).contains("hip operation"));
    assertThat(TreatmentCautions.of(hip, treated(BackRegion.NECK, stretching), CONSENT_DAY))
        .isEmpty();
  }

  @Test
  void aTechniqueLineShowsOnlyTheCautionsItRaises() {
    Client client =
        clientWith(
            ConditionEntry.of(HealthCondition.NEUROPATHY),
            ConditionEntry.of(HealthCondition.LYMPHOEDEMA));

    assertThat(
            TreatmentCautions.forTreatment(
                client,
                BackRegion.UPPER_BACK,
                new Treatment(Technique.HOT_STONES, null, 10),
                CONSENT_DAY))
        .singleElement()
        .asString()
        .contains("neuropathy")
        .contains("no hot stones");
    assertThat(
            TreatmentCautions.forTreatment(
                client,
                BackRegion.UPPER_BACK,
                new Treatment(Technique.SWEDISH, PressurePreference.LIGHT, 10),
                CONSENT_DAY))
        .isEmpty();
  }
}
