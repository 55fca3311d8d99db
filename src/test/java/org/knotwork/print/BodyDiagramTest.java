package org.knotwork.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.plan.FocusArea;

class BodyDiagramTest {
  @Test
  void oneSideTintsOnlyThatHalf() {
    Map<BackRegion, int[]> shade =
        BodyDiagram.shading(List.of(new FocusArea(BackRegion.GLUTES, Side.RIGHT)));

    assertThat(shade.get(BackRegion.GLUTES)).containsExactly(0, 1);
    assertThat(shade).doesNotContainKey(BackRegion.LOWER_BACK);
  }

  @Test
  void bilateralAndGreaterSidesTintBothHalvesWithTheGreaterDarker() {
    Map<BackRegion, int[]> shade =
        BodyDiagram.shading(
            List.of(
                new FocusArea(BackRegion.LOWER_BACK, Side.BILATERAL),
                new FocusArea(BackRegion.HAMSTRINGS, Side.LEFT_GREATER),
                new FocusArea(BackRegion.NECK, Side.RIGHT_GREATER)));

    assertThat(shade.get(BackRegion.LOWER_BACK)).containsExactly(1, 1);
    assertThat(shade.get(BackRegion.HAMSTRINGS)).containsExactly(2, 1);
    assertThat(shade.get(BackRegion.NECK)).containsExactly(1, 2);
  }

  @Test
  void theGreaterSideTakesPrecedenceWhenARegionIsListedTwice() {
    Map<BackRegion, int[]> shade =
        BodyDiagram.shading(
            List.of(
                new FocusArea(BackRegion.GLUTES, Side.LEFT),
                new FocusArea(BackRegion.GLUTES, Side.RIGHT_GREATER)));

    assertThat(shade.get(BackRegion.GLUTES)).containsExactly(1, 2);
  }
}
