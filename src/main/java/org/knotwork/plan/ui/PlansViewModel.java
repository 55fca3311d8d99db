package org.knotwork.plan.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.handout.HandoutLibrary;
import org.knotwork.handout.LibraryItem;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.plan.PlanService;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.SignerPrompt;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * A client's treatment plans: the list and the plan in front, with the {@link PlanEditorViewModel
 * editor} for a draft. Agreed plans are shown as they were agreed; changing one means revising it
 * into a new draft.
 */
public final class PlansViewModel {
  private final PlanService service;
  private final OutcomeService outcomes;
  private final HandoutLibrary library;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Clock clock;
  private final ObservableList<TreatmentPlan> plans = FXCollections.observableArrayList();
  private final ObjectProperty<TreatmentPlan> selected =
      new SimpleObjectProperty<>(this, "selected");
  private final ObservableList<Instrument> instruments = FXCollections.observableArrayList();
  private final ObservableList<LibraryItem> handoutChoices = FXCollections.observableArrayList();
  private final Map<String, List<String>> handoutWarnings = new HashMap<>();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);

  /** Loads a client's plans; a load for the client before is dropped when it comes back late. */
  private final BackgroundTask loading;

  private final LongProperty clientId = new SimpleLongProperty(this, "clientId", -1);
  private final PlanEditorViewModel editor;
  private Long wanted;

  public PlansViewModel(
      PlanService service,
      OutcomeService outcomes,
      HandoutLibrary library,
      TaskExecutor executor,
      DialogService dialogs,
      Clock clock) {
    this.service = service;
    this.outcomes = outcomes;
    this.library = library;
    this.executor = executor;
    this.loading = BackgroundTask.of(executor);
    this.dialogs = dialogs;
    this.clock = clock;
    this.editor =
        new PlanEditorViewModel(service, executor, dialogs, clock, new ListHears(), status);
  }

  /** The draft editor (also the unsaved work the leaving paths ask about). */
  public PlanEditorViewModel editor() {
    return editor;
  }

  /** Loads the client's plans, the measures goals can use and the handout library. */
  public void load(long client) {
    if (clientId.get() != client) {
      editor.keepUnsavedDraft();
      plans.clear();
      selected.set(null);
      editor.stopEditing();
      status.set("");
    }
    clientId.set(client);
    editor.forClient(client);
    loading.run(
        () -> {
          List<LibraryItem> items = library.list();
          return new Loaded(
              service.plans(client),
              outcomes.instruments(),
              items,
              service.handoutWarnings(client, items));
        },
        loaded -> {
          if (clientId.get() != client) {
            return;
          }
          instruments.setAll(loaded.instruments());
          handoutWarnings.clear();
          handoutWarnings.putAll(loaded.warnings());
          handoutChoices.setAll(loaded.library());
          Long keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
          wanted = null;
          plans.setAll(loaded.plans());
          selected.set(
              loaded.plans().stream()
                  .filter(p -> keep != null && keep.equals(p.id()))
                  .findFirst()
                  .orElse(loaded.plans().isEmpty() ? null : loaded.plans().get(0)));
        },
        failure -> {
          dialogs.showError(
              "The plans could not be loaded", UserMessages.explain(failure, "Loading them"));
        });
  }

  private record Loaded(
      List<TreatmentPlan> plans,
      List<Instrument> instruments,
      List<LibraryItem> library,
      Map<String, List<String>> warnings) {}

  /** Brings this plan to the front once the client's plans are loaded. */
  public void show(long planId) {
    wanted = planId;
    plans.stream()
        .filter(p -> p.id() != null && p.id() == planId)
        .findFirst()
        .ifPresent(selected::set);
  }

  /**
   * A plan chosen in the list: in front at once, or after the draft's unsaved changes were dealt
   * with. False when the therapist keeps editing (the list then shows the plan in front again).
   */
  public boolean choose(TreatmentPlan plan) {
    if (plan == null || plan == selected.get()) {
      return true;
    }
    if (editor.editingProperty().get() == null) {
      selected.set(plan);
      return true;
    }
    return editor.leaveEditor(() -> selected.set(plan));
  }

  /** Starts a new draft pre-filled from the latest note and measures. */
  public void newPlan() {
    long client = clientId.get();
    executor.execute(
        () -> service.proposeDraft(client),
        editor::edit,
        failure ->
            dialogs.showError(
                "A new plan could not be started", UserMessages.explain(failure, "Starting it")));
  }

  /** Opens the selected draft in the editor. */
  public void editSelected() {
    TreatmentPlan plan = selected.get();
    if (plan != null) {
      editor.edit(plan);
    }
  }

  /** A new draft with the selected plan's content, to change an agreed plan. */
  public void revise() {
    TreatmentPlan plan = selected.get();
    if (plan == null || plan.id() == null) {
      return;
    }
    executor.execute(
        () -> service.revise(plan.id()),
        editor::edit,
        failure ->
            dialogs.showError(
                "The plan could not be revised", UserMessages.explain(failure, "Revising it")));
  }

  /**
   * Who to ask for the therapist's profile when agreeing a plan finds none (a practice started
   * before Knotwork asked for it).
   */
  public void askForSignerWith(SignerPrompt prompt) {
    editor.askForSignerWith(prompt);
  }

  /** Marks the selected active plan completed. */
  public void complete() {
    TreatmentPlan plan = selected.get();
    if (plan == null
        || !dialogs.confirm(
            "Complete this plan?",
            "The plan is marked completed and stays in the record. You can start a new plan at"
                + " any time.",
            "Complete plan")) {
      return;
    }
    executor.executeWhileUnlocked(
        () -> service.complete(plan.id()),
        done -> {
          status.set("Plan completed");
          revision.set(revision.get() + 1);
          load(clientId.get());
        },
        failure ->
            dialogs.showError(
                "The plan was not changed", UserMessages.explain(failure, "Completing the plan")));
  }

  /** Today, by the practice's clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public ObservableList<TreatmentPlan> plans() {
    return plans;
  }

  public ObjectProperty<TreatmentPlan> selectedProperty() {
    return selected;
  }

  public ObservableList<Instrument> instruments() {
    return instruments;
  }

  public ObservableList<LibraryItem> handoutChoices() {
    return handoutChoices;
  }

  /**
   * Why a handout in the library does not suit this client (their health history rules out a
   * movement in it); empty when it suits them. It can still be chosen.
   */
  public List<String> handoutWarning(String ref) {
    return handoutWarnings.getOrDefault(ref, List.of());
  }

  /** The title a plan's handout reference has in the library, or the reference itself. */
  public String handoutTitle(String ref) {
    return handoutChoices.stream()
        .filter(i -> i.ref().equals(ref))
        .map(LibraryItem::title)
        .findFirst()
        .orElse("A handout no longer in the library");
  }

  /** What was just done ("Draft deleted", "Draft saved 14:02"). */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Goes up when a plan is agreed or completed: the client's story changed. */
  public ReadOnlyLongProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  /** How the list follows the editor. */
  private final class ListHears implements PlanEditorViewModel.Plans {
    @Override
    public List<TreatmentPlan> listed() {
      return plans;
    }

    @Override
    public void saved(TreatmentPlan saved) {
      int at = -1;
      for (int i = 0; i < plans.size(); i++) {
        if (saved.id().equals(plans.get(i).id())) {
          at = i;
        }
      }
      if (at >= 0) {
        plans.set(at, saved);
      } else {
        plans.add(0, saved);
      }
      selected.set(saved);
    }

    @Override
    public void deleted(long planId) {
      plans.removeIf(p -> p.id() != null && p.id() == planId);
      selected.set(plans.isEmpty() ? null : plans.get(0));
    }

    @Override
    public void agreed(TreatmentPlan plan) {
      revision.set(revision.get() + 1);
      load(clientId.get());
      selected.set(plan);
    }

    @Override
    public Optional<Instrument> instrument(Long id) {
      return id == null
          ? Optional.empty()
          : instruments.stream().filter(i -> i.id() == id).findFirst();
    }
  }
}
