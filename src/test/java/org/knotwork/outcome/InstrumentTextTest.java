package org.knotwork.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a measure's range and meaningful change read in the list of measures. */
class InstrumentTextTest {
  private static Instrument measure(String code, double max, double change, String unit) {
    return new Instrument(
        1, code, code, 0, max, false, change, null, EntryKind.SCORE, true, unit, null);
  }

  @Test
  void aFormOutOfFiftyReadsAsItsNumbersNotAsFractions() {
    Instrument ndi = measure(Instrument.NDI, 50, 5, "/50");
    assertThat(ndi.rangeText()).isEqualTo("0–50");
    assertThat(ndi.changeText(5)).isEqualTo("5 points");
  }

  @Test
  void aPercentageKeepsItsSign() {
    Instrument odi = measure(Instrument.ODI, 100, 10, "%");
    assertThat(odi.rangeText()).isEqualTo("0–100%");
    assertThat(odi.changeText(10)).isEqualTo("10%");
  }

  @Test
  void aTherapistsOwnUnitIsWrittenOut() {
    Instrument own = measure("SIT", 60, 1, "minutes");
    assertThat(own.rangeText()).isEqualTo("0–60 minutes");
    assertThat(own.changeText(5)).isEqualTo("5 minutes");
  }
}
