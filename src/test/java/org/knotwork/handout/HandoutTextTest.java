package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandoutTextTest {
  @Test
  void everyBuiltInHandoutSurvivesTheRoundTrip() {
    for (Handout h : BuiltInHandouts.all()) {
      assertThat(HandoutText.parse(HandoutText.format(h.sections())))
          .as(h.title())
          .isEqualTo(h.sections());
    }
  }

  @Test
  void stepsBulletsParagraphsAndWrappedLinesAreRead() {
    String typed =
        """
        Warm up first.

        # Steps
        1. Lie on your back
        2) Lift one leg
           and hold it
        # Tips
        - Breathe out
        • Go slowly
        """;

    assertThat(HandoutText.parse(typed))
        .containsExactly(
            new HandoutSection("About this", "Warm up first.", List.of(), false),
            new HandoutSection(
                "Steps", "", List.of("Lie on your back", "Lift one leg and hold it"), true),
            new HandoutSection("Tips", "", List.of("Breathe out", "Go slowly"), false));
  }

  @Test
  void emptyTextHasNoSections() {
    assertThat(HandoutText.parse("  \n\n")).isEmpty();
  }
}
