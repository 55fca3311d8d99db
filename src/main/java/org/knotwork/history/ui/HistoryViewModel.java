package org.knotwork.history.ui;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.body.BackRegion;
import org.knotwork.history.EntryKind;
import org.knotwork.history.HistoryService;
import org.knotwork.history.PainPoint;
import org.knotwork.history.TimelineEntry;
import org.knotwork.history.TimelineFilter;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * A client's history: the filtered timeline and the pain trend of one region (or overall NPRS when
 * no region is chosen). Any filter change reloads both in the background.
 */
public final class HistoryViewModel {
  /** What one load returns. */
  record Loaded(List<TimelineEntry> timeline, List<PainPoint> trend) {}

  private final HistoryService history;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ObjectProperty<BackRegion> region = new SimpleObjectProperty<>(this, "region");
  private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>(this, "kind");
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
  private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
  private final ObservableList<PainPoint> trend = FXCollections.observableArrayList();
  private Long clientId;
  private long generation;

  public HistoryViewModel(HistoryService history, TaskExecutor executor, DialogService dialogs) {
    this.history = history;
    this.executor = executor;
    this.dialogs = dialogs;
    region.addListener((obs, old, now) -> reload());
    kind.addListener((obs, old, now) -> reload());
    from.addListener((obs, old, now) -> reload());
    to.addListener((obs, old, now) -> reload());
  }

  public void load(long newClientId) {
    if (clientId == null || clientId != newClientId) {
      // never show one client's story under another client's name, not even for a frame
      timeline.clear();
      trend.clear();
    }
    clientId = newClientId;
    reload();
  }

  public void reload() {
    if (clientId == null) {
      return;
    }
    long id = clientId;
    long mine = ++generation;
    BackRegion r = region.get();
    Set<BackRegion> regions = r == null ? Set.of() : EnumSet.of(r);
    Set<EntryKind> kinds = kind.get() == null ? Set.of() : EnumSet.of(kind.get());
    TimelineFilter filter = new TimelineFilter(regions, kinds, from.get(), to.get());
    executor.execute(
        () ->
            new Loaded(
                history.timeline(id, filter),
                r == null ? history.overallPain(id) : history.painSeries(id, r)),
        loaded -> {
          if (mine == generation) {
            timeline.setAll(loaded.timeline());
            trend.setAll(loaded.trend());
          }
        },
        failure ->
            dialogs.showError(
                "The history could not be loaded", UserMessages.explain(failure, "Loading it")));
  }

  public ObjectProperty<BackRegion> regionProperty() {
    return region;
  }

  public ObjectProperty<EntryKind> kindProperty() {
    return kind;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  public ObservableList<TimelineEntry> timeline() {
    return timeline;
  }

  /** Pain points of the chosen region, or overall NPRS per session when no region is chosen. */
  public ObservableList<PainPoint> trend() {
    return trend;
  }
}
