package org.knotwork.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.knotwork.history.ClientOverview;

class OverviewStoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final ClientOverview NONE =
      new ClientOverview(null, null, 0, 0, List.of(), Optional.empty());

  @Test
  void aReassessmentInThePastIsOverdueByTheDaysSince() {
    var story =
        new OverviewViewModel.Story(
            NONE, List.of(), Optional.of(LocalDate.of(2026, 11, 10)), TODAY);

    assertThat(story.reassessmentOverdueDays()).isEqualTo(12);
  }

  @Test
  void aReassessmentTodayOrLaterOrNoneIsNotOverdue() {
    assertThat(
            new OverviewViewModel.Story(NONE, List.of(), Optional.of(TODAY), TODAY)
                .reassessmentOverdueDays())
        .isZero();
    assertThat(
            new OverviewViewModel.Story(NONE, List.of(), Optional.empty(), TODAY)
                .reassessmentOverdueDays())
        .isZero();
  }
}
