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

  @Test
  void aClientWithNoSessionsHasNoSessionsYetRatherThanAllSigned() {
    var story = new OverviewViewModel.Story(NONE, List.of(), Optional.empty(), TODAY);

    assertThat(story.sessionsValue()).isEqualTo("No sessions yet");
    assertThat(story.sessionsDetail()).isEmpty();
  }

  @Test
  void signedSessionsAndDraftsAreCounted() {
    var signed =
        new OverviewViewModel.Story(
            new ClientOverview(TODAY, 0L, 3, 0, List.of(), Optional.empty()),
            List.of(),
            Optional.empty(),
            TODAY);
    var oneDraft =
        new OverviewViewModel.Story(
            new ClientOverview(null, null, 0, 1, List.of(), Optional.empty()),
            List.of(),
            Optional.empty(),
            TODAY);

    assertThat(signed.sessionsValue()).isEqualTo("3");
    assertThat(signed.sessionsDetail()).isEqualTo("all signed");
    assertThat(oneDraft.sessionsValue()).isEqualTo("0");
    assertThat(oneDraft.sessionsDetail()).isEqualTo("1 unsigned draft");
  }
}
