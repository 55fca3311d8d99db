package org.knotwork.history.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.knotwork.history.ClientOverview;
import org.knotwork.history.HistoryService;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * The ten-second story of a client: visits, pain per region and whether it is improving, measures.
 */
public final class OverviewViewModel {
  /** Everything the overview shows, loaded in one go. */
  public record Story(
      ClientOverview overview,
      List<OutcomeService.Progress> measures,
      Optional<java.time.LocalDate> nextReassessment,
      java.time.LocalDate today) {

    /** Days the reassessment is overdue; 0 when it is not due yet or none is planned. */
    public long reassessmentOverdueDays() {
      return nextReassessment
          .filter(d -> d.isBefore(today))
          .map(d -> java.time.temporal.ChronoUnit.DAYS.between(d, today))
          .orElse(0L);
    }

    /** The sessions card's figure: how many signed notes, or that there is none of any kind. */
    public String sessionsValue() {
      return overview.signedSessions() == 0 && overview.drafts() == 0
          ? "No sessions yet"
          : Integer.toString(overview.signedSessions());
    }

    /** The line under the sessions card's figure: drafts still to sign, or that all are signed. */
    public String sessionsDetail() {
      int drafts = overview.drafts();
      if (drafts == 0) {
        return overview.signedSessions() == 0 ? "" : "all signed";
      }
      return drafts + " unsigned draft" + (drafts == 1 ? "" : "s");
    }
  }

  private final HistoryService history;
  private final OutcomeService outcomes;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(this, "story");
  private Long shownFor;
  private long generation;

  private final java.time.Clock clock;

  public OverviewViewModel(
      HistoryService history,
      OutcomeService outcomes,
      TaskExecutor executor,
      DialogService dialogs,
      java.time.Clock clock) {
    this.clock = clock;
    this.history = history;
    this.outcomes = outcomes;
    this.executor = executor;
    this.dialogs = dialogs;
  }

  public void load(long clientId) {
    if (shownFor == null || shownFor != clientId) {
      story.set(null); // another client's overview must not linger while this one's loads
    }
    shownFor = clientId;
    long mine = ++generation;
    executor.execute(
        () ->
            new Story(
                history.overview(clientId),
                outcomes.progress(clientId),
                outcomes.nextReassessment(clientId),
                java.time.LocalDate.now(clock)),
        loaded -> {
          if (mine == generation) {
            story.set(loaded);
          }
        },
        failure ->
            dialogs.showError(
                "The overview could not be loaded", UserMessages.explain(failure, "Loading it")));
  }

  public ReadOnlyObjectProperty<Story> storyProperty() {
    return story.getReadOnlyProperty();
  }
}
