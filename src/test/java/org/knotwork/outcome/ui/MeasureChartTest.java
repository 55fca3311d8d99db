package org.knotwork.outcome.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The score axis of a measure's chart is marked in whole, even steps. */
class MeasureChartTest {
  @Test
  void aCountOutOfTwentyFourIsMarkedInWholeSteps() {
    assertThat(MeasureChart.tickUnit(24)).isEqualTo(4);
  }

  @Test
  void theUsualRangesGetEvenSteps() {
    assertThat(MeasureChart.tickUnit(10)).isEqualTo(2);
    assertThat(MeasureChart.tickUnit(50)).isEqualTo(10);
    assertThat(MeasureChart.tickUnit(100)).isEqualTo(20);
  }

  @Test
  void anOddRangeFallsBackToFifths() {
    assertThat(MeasureChart.tickUnit(7)).isEqualTo(1.4);
  }
}
