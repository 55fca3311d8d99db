package org.knotwork.outcome.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.outcome.EntryKind;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.outcome.PsfsItem;
import org.knotwork.outcome.ScoreUnit;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * A client's outcome measures: recording a new one (a total from a paper form, or the PSFS
 * activities), the entries so far, and the chart of the chosen instrument.
 */
public final class MeasuresViewModel {
  /** Up to five PSFS activities can be rated. */
  public static final int PSFS_ROWS = 5;

  private final OutcomeService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Clock clock;
  private final ObservableList<Instrument> instruments = FXCollections.observableArrayList();
  private final ObservableList<OutcomeEntry> entries = FXCollections.observableArrayList();
  private final ObjectProperty<Instrument> instrument =
      new SimpleObjectProperty<>(this, "instrument");
  private final ObjectProperty<LocalDate> takenOn = new SimpleObjectProperty<>(this, "takenOn");
  private final StringProperty score = new SimpleStringProperty(this, "score", "");
  private final StringProperty note = new SimpleStringProperty(this, "note", "");
  private final ObjectProperty<ScoreUnit> scoreUnit =
      new SimpleObjectProperty<>(this, "scoreUnit", ScoreUnit.RAW);
  private final javafx.collections.ObservableSet<Long> baselines = FXCollections.observableSet();
  private final BooleanBinding unitChoice;
  private final List<StringProperty> activities = new ArrayList<>();
  private final List<ObjectProperty<Integer>> ratings = new ArrayList<>();
  private final BooleanBinding psfs;
  private Long clientId;
  private final javafx.beans.property.ReadOnlyIntegerWrapper revision =
      new javafx.beans.property.ReadOnlyIntegerWrapper(this, "revision");

  public MeasuresViewModel(
      OutcomeService service, TaskExecutor executor, DialogService dialogs, Clock clock) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.clock = clock;
    for (int i = 0; i < PSFS_ROWS; i++) {
      activities.add(new SimpleStringProperty(this, "activity" + i, ""));
      ratings.add(new SimpleObjectProperty<>(this, "rating" + i));
    }
    psfs =
        Bindings.createBooleanBinding(
            () -> instrument.get() != null && instrument.get().kind() == EntryKind.ITEMS,
            instrument);
    unitChoice =
        Bindings.createBooleanBinding(
            () -> instrument.get() != null && instrument.get().takesRawOrPercent(), instrument);
    instrument.addListener((obs, old, now) -> prefillActivities());
    // Each measure starts in the unit its form's result is usually written in.
    instrument.addListener(
        (obs, old, now) -> scoreUnit.set(now == null ? ScoreUnit.RAW : now.storedUnit()));
  }

  public void load(long newClientId) {
    if (clientId == null || clientId != newClientId) {
      entries.clear(); // another client's measures must not linger while this one's load
    }
    clientId = newClientId;
    takenOn.set(LocalDate.now(clock));
    executor.execute(
        () ->
            new Object[] {
              service.instruments(),
              service.entries(newClientId),
              service.baselineMarks(newClientId)
            },
        loaded -> {
          @SuppressWarnings("unchecked")
          List<Instrument> list = (List<Instrument>) loaded[0];
          @SuppressWarnings("unchecked")
          List<OutcomeEntry> found = (List<OutcomeEntry>) loaded[1];
          @SuppressWarnings("unchecked")
          java.util.Set<Long> marked = (java.util.Set<Long>) loaded[2];
          Instrument keep = instrument.get();
          instruments.setAll(list);
          baselines.retainAll(marked);
          baselines.addAll(marked);
          entries.setAll(found);
          instrument.set(
              keep != null && list.stream().anyMatch(i -> i.id() == keep.id())
                  ? list.stream().filter(i -> i.id() == keep.id()).findFirst().orElseThrow()
                  : defaultInstrument(list, found));
          prefillActivities();
        },
        failure ->
            dialogs.showError(
                "Measures could not be loaded", UserMessages.explain(failure, "Loading")));
  }

  /** Records the form as a new entry. */
  public void record() {
    Instrument chosen = instrument.get();
    Long id = clientId;
    if (chosen == null || id == null) {
      return;
    }
    LocalDate date = takenOn.get();
    String noteText = note.get();
    if (date == null) {
      dialogs.showError("The measure was not recorded", "Enter the date the client filled it in.");
      return;
    }
    if (chosen.kind() == EntryKind.ITEMS) {
      List<PsfsItem> items = new ArrayList<>();
      for (int i = 0; i < PSFS_ROWS; i++) {
        String activity = activities.get(i).get().strip();
        Integer rating = ratings.get(i).get();
        if (!activity.isEmpty() && rating == null) {
          dialogs.showError(
              "The measure was not recorded", "Rate “" + activity + "” from 0 to 10.");
          return;
        }
        if (!activity.isEmpty()) {
          items.add(new PsfsItem(activity, rating));
        }
      }
      run(() -> service.recordPsfs(id, date, items, noteText));
    } else {
      double value;
      try {
        value = Double.parseDouble(score.get().strip().replace(',', '.'));
      } catch (NumberFormatException e) {
        dialogs.showError("The measure was not recorded", "Enter the score as a number, e.g. 32.");
        return;
      }
      ScoreUnit unit = chosen.takesRawOrPercent() ? scoreUnit.get() : null;
      run(() -> service.recordScore(id, chosen.code(), date, value, unit, noteText));
    }
  }

  private void run(java.util.concurrent.Callable<OutcomeEntry> work) {
    executor.execute(
        work,
        saved -> {
          revision.set(revision.get() + 1);
          score.set("");
          note.set("");
          ratings.forEach(r -> r.set(null));
          load(clientId);
        },
        failure ->
            dialogs.showError(
                "The measure was not recorded", UserMessages.explain(failure, "Recording it")));
  }

  /** Removes an entry recorded by mistake, after asking. */
  public void delete(OutcomeEntry entry) {
    if (!dialogs.confirm(
        "Remove this measure?",
        entry.instrument().name() + " of " + entry.takenOn() + " will be removed.",
        "Remove")) {
      return;
    }
    executor.executeWhileUnlocked(
        () -> {
          service.deleteEntry(entry.id());
          return entry;
        },
        done -> {
          revision.set(revision.get() + 1);
          load(clientId);
        },
        failure ->
            dialogs.showError(
                "The measure was not removed", UserMessages.explain(failure, "Removing")));
  }

  /**
   * Marks an entry as a new baseline, so the Overview compares later scores with it, or removes the
   * mark. The entry itself is not changed.
   */
  public void toggleBaseline(OutcomeEntry entry) {
    boolean mark = !baselines.contains(entry.id());
    executor.execute(
        () -> {
          service.markBaseline(entry.id(), mark);
          return entry;
        },
        done -> {
          revision.set(revision.get() + 1);
          load(clientId);
        },
        failure ->
            dialogs.showError(
                mark ? "The baseline was not marked" : "The baseline mark was not removed",
                UserMessages.explain(failure, "Saving it")));
  }

  /** Whether the entry is marked as a new baseline. */
  public boolean isBaseline(OutcomeEntry entry) {
    return entry.id() != null && baselines.contains(entry.id());
  }

  /** The ids of the entries marked as a new baseline. */
  public javafx.collections.ObservableSet<Long> baselines() {
    return baselines;
  }

  /** The unit the score field is read in (Oswestry and NDI only). */
  public ObjectProperty<ScoreUnit> scoreUnitProperty() {
    return scoreUnit;
  }

  /** True when the chosen measure takes a raw total or a percentage (Oswestry, NDI). */
  public BooleanBinding unitChoiceBinding() {
    return unitChoice;
  }

  /** The instrument of the client's latest entry, else the pain scale. */
  private static Instrument defaultInstrument(List<Instrument> list, List<OutcomeEntry> found) {
    if (!found.isEmpty()) {
      long latest = found.get(found.size() - 1).instrument().id();
      return list.stream().filter(i -> i.id() == latest).findFirst().orElse(list.get(0));
    }
    return list.stream()
        .filter(i -> i.code().equals("NPRS"))
        .findFirst()
        .orElse(list.isEmpty() ? null : list.get(0));
  }

  /** PSFS uses the same activities each time: start from the client's last ones. */
  private void prefillActivities() {
    if (instrument.get() == null || instrument.get().kind() != EntryKind.ITEMS) {
      return;
    }
    entries.stream()
        .filter(e -> e.instrument().kind() == EntryKind.ITEMS)
        .reduce((a, b) -> b)
        .ifPresent(
            last -> {
              for (int i = 0; i < PSFS_ROWS; i++) {
                activities
                    .get(i)
                    .set(i < last.items().size() ? last.items().get(i).activity() : "");
              }
            });
  }

  /** The entries of the chosen instrument, oldest first (for the chart). */
  public List<OutcomeEntry> chartEntries() {
    Instrument chosen = instrument.get();
    return chosen == null
        ? List.of()
        : entries.stream().filter(e -> e.instrument().id() == chosen.id()).toList();
  }

  /** Goes up whenever a measure is recorded or removed. */
  public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  public ObservableList<Instrument> instruments() {
    return instruments;
  }

  public ObservableList<OutcomeEntry> entries() {
    return entries;
  }

  public ObjectProperty<Instrument> instrumentProperty() {
    return instrument;
  }

  public ObjectProperty<LocalDate> takenOnProperty() {
    return takenOn;
  }

  public StringProperty scoreProperty() {
    return score;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public List<StringProperty> activities() {
    return activities;
  }

  public List<ObjectProperty<Integer>> ratings() {
    return ratings;
  }

  public BooleanBinding psfsBinding() {
    return psfs;
  }
}
