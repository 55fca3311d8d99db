package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.safety.Country;
import org.knotwork.safety.EmergencyNumbers;

class BuiltInHandoutsTest {
  static List<Handout> handouts() {
    return BuiltInHandouts.all();
  }

  @Test
  void elevenHandoutsWithTheAgreedUniqueKeys() {
    assertThat(BuiltInHandouts.all())
        .extracting(Handout::builtInKey)
        .containsExactly(
            "hamstring-stretch",
            "hip-flexor-stretch",
            "glute-piriformis-stretch",
            "upper-back-neck-stretch",
            "desk-posture",
            "lifting-carrying",
            "heat-cold",
            "after-massage",
            "staying-active",
            "breathing-stress",
            "see-a-doctor-now")
        .doesNotHaveDuplicates();
  }

  @Test
  void eachFigureIsUsedByExactlyOneHandout() {
    assertThat(BuiltInHandouts.all())
        .extracting(Handout::figure)
        .containsExactlyInAnyOrder(HandoutFigure.values());
  }

  @ParameterizedTest
  @MethodSource("handouts")
  void isShippedAsBuiltInWithEveryFieldFilledIn(Handout handout) {
    assertThat(handout.id()).isNull();
    assertThat(handout.image()).isNull();
    assertThat(handout.shippedAsBuiltIn()).isTrue();
    assertThat(handout.title()).isNotBlank();
    assertThat(handout.intro()).isNotBlank();
    if (!handout.builtInKey().equals("see-a-doctor-now")) { // a sheet to keep, not an exercise
      assertThat(handout.howOften()).isNotBlank();
    }
    assertThat(handout.safety()).isNotBlank();
    assertThat(handout.figure()).isNotNull();
    assertThat(handout.sections())
        .isNotEmpty()
        .allSatisfy(
            section -> {
              assertThat(section.heading()).isNotBlank();
              assertThat(section.bullets())
                  .isNotEmpty()
                  .allSatisfy(b -> assertThat(b).isNotBlank());
            });
  }

  @ParameterizedTest
  @MethodSource("handouts")
  void hasOneSectionOfThreeToSixNumberedSteps(Handout handout) {
    List<HandoutSection> numbered =
        handout.sections().stream().filter(HandoutSection::numbered).toList();
    assertThat(numbered).hasSize(1);
    assertThat(numbered.get(0).bullets()).hasSizeBetween(3, 6);
  }

  @ParameterizedTest
  @MethodSource("handouts")
  void neverClaimsToDiagnose(Handout handout) {
    assertThat(text(handout).toLowerCase(Locale.ROOT)).doesNotContain("diagnos");
  }

  @ParameterizedTest
  @MethodSource("handouts")
  void stretchesSayHowLongToHoldAndNotToBounce(Handout handout) {
    if (!handout.builtInKey().endsWith("-stretch")) {
      return;
    }
    String text = text(handout).toLowerCase(Locale.ROOT);
    assertThat(text).contains("20 to 30 seconds", "bounce", "mild pull", "tingling");
  }

  @Test
  void byKeyFindsTheHandoutAndNothingForAnUnknownKey() {
    assertThat(BuiltInHandouts.byKey("heat-cold"))
        .get()
        .extracting(Handout::figure)
        .isEqualTo(HandoutFigure.HEAT_COLD);
    assertThat(BuiltInHandouts.byKey("no-such-handout")).isEmpty();
  }

  @Test
  void seeADoctorNamesEveryEmergencySignAndTheCountrysNumbers() {
    Handout handout =
        BuiltInHandouts.byKey("see-a-doctor-now")
            .orElseThrow()
            .withNumbers(EmergencyNumbers.of(Country.NEW_ZEALAND));
    String text = text(handout).toLowerCase(Locale.ROOT);

    assertThat(text)
        .contains("between your legs", "numbness")
        .contains("peeing")
        .contains("bowel")
        .contains("problems with sex")
        .contains("weakness", "both legs", "unsteady")
        .contains("shortness of breath", "chest pain", "coughing up blood")
        .contains("double vision", "swallowing", "clumsy hands", "both arms")
        .contains("call 111 now")
        .contains("healthline")
        .doesNotContain("more often")
        .doesNotContain("[");
  }

  @Test
  void heatAndColdAreNeverPutOnBareOrNumbSkin() {
    String text = text(BuiltInHandouts.byKey("heat-cold").orElseThrow()).toLowerCase(Locale.ROOT);
    assertThat(text).contains("48 hours", "10 to 15 minutes", "cloth", "numb");
  }

  private static String text(Handout handout) {
    return Stream.concat(
            Stream.of(handout.title(), handout.intro(), handout.howOften(), handout.safety()),
            handout.sections().stream()
                .flatMap(
                    s -> Stream.concat(Stream.of(s.heading(), s.text()), s.bullets().stream())))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void everyStretchAsksPregnantClientsAndThoseWithFragileHipsOrBacksToCheckFirst() {
    assertThat(BuiltInHandouts.all())
        .filteredOn(h -> h.builtInKey().endsWith("-stretch"))
        .hasSize(4)
        .allSatisfy(
            h ->
                assertThat(h.safety().toLowerCase(Locale.ROOT))
                    .contains("pregnant", "osteoporosis", "hip or back", "ask"));
  }

  @Test
  void warmthHasATimeLimit() {
    assertThat(text(BuiltInHandouts.byKey("heat-cold").orElseThrow()))
        .contains("warmth for 15 to 20 minutes");
  }

  @Test
  void whenToSeeADoctorNamesNoCountrysNumbersOfItsOwn() {
    Handout doctor = BuiltInHandouts.byKey("see-a-doctor-now").orElseThrow();
    String text = doctor.intro() + HandoutText.format(doctor.sections()) + doctor.safety();
    assertThat(text).doesNotContain("999").doesNotContain("111").doesNotContain("A&E");
  }
}
