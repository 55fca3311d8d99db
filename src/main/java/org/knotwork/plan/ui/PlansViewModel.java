package org.knotwork.plan.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.handout.HandoutLibrary;
import org.knotwork.handout.LibraryItem;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.plan.FocusArea;
import org.knotwork.plan.Frequency;
import org.knotwork.plan.InvalidPlanException;
import org.knotwork.plan.PlanGoal;
import org.knotwork.plan.PlanRules;
import org.knotwork.plan.PlanService;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.session.SignerMissingException;
import org.knotwork.session.Technique;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.DialogService.UnsavedChoice;
import org.knotwork.ui.SignerPrompt;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UnsavedEditor;
import org.knotwork.ui.UserMessages;

/**
 * A client's treatment plans: the list, the plan in front, and the editor for a draft. Agreed plans
 * are shown as they were agreed; changing one means revising it into a new draft.
 */
public final class PlansViewModel {
  private final PlanService service;
  private final OutcomeService outcomes;
  private final HandoutLibrary library;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private SignerPrompt signerPrompt = SignerPrompt.NONE;
  private final Clock clock;

  private final ObservableList<TreatmentPlan> plans = FXCollections.observableArrayList();
  private final ObjectProperty<TreatmentPlan> selected =
      new SimpleObjectProperty<>(this, "selected");
  private final ObservableList<Instrument> instruments = FXCollections.observableArrayList();
  private final ObservableList<LibraryItem> handoutChoices = FXCollections.observableArrayList();
  private final java.util.Map<String, List<String>> handoutWarnings = new java.util.HashMap<>();
  private final ReadOnlyObjectWrapper<TreatmentPlan> editing =
      new ReadOnlyObjectWrapper<>(this, "editing");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
  private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);
  private final BooleanProperty showProblems = new SimpleBooleanProperty(this, "showProblems");
  private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

  // The editor's fields
  private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>(this, "startsOn");
  private final StringProperty impression = new SimpleStringProperty(this, "impression", "");
  private final ObservableMap<BackRegion, Side> focus =
      FXCollections.observableMap(new EnumMap<>(BackRegion.class));
  private final ObservableSet<Technique> modalities =
      FXCollections.observableSet(EnumSet.noneOf(Technique.class));
  private final IntegerProperty minutes = new SimpleIntegerProperty(this, "minutes", 60);
  private final ObjectProperty<Frequency> frequency =
      new SimpleObjectProperty<>(this, "frequency", Frequency.WEEKLY);
  private final IntegerProperty count = new SimpleIntegerProperty(this, "count", 6);
  private final ObservableList<String> handouts = FXCollections.observableArrayList();
  private final StringProperty homeCare = new SimpleStringProperty(this, "homeCare", "");
  private final ObjectProperty<LocalDate> reassessOn = new SimpleObjectProperty<>(this, "reassess");
  private final StringProperty referrals = new SimpleStringProperty(this, "referrals", "");
  private final ObjectProperty<LocalDate> consentOn = new SimpleObjectProperty<>(this, "consent");
  private final ObservableList<GoalRow> goals =
      FXCollections.observableArrayList(GoalRow::dependencies);
  private final ObjectBinding<Map<String, String>> problems;
  private final BooleanBinding canSave;
  private final LongProperty clientId = new SimpleLongProperty(this, "clientId", -1);
  private boolean filling;
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
    this.dialogs = dialogs;
    this.clock = clock;
    Observable[] fields = {
      startsOn,
      impression,
      focus,
      modalities,
      minutes,
      frequency,
      count,
      handouts,
      homeCare,
      reassessOn,
      referrals,
      goals
    };
    Observable[] withEditing = java.util.Arrays.copyOf(fields, fields.length + 1);
    withEditing[fields.length] = editing;
    problems = Bindings.createObjectBinding(this::currentProblems, withEditing);
    canSave =
        Bindings.createBooleanBinding(() -> editing.get() != null && !busy.get(), editing, busy);
    for (Observable field : fields) {
      field.addListener(
          o -> {
            if (!filling && editing.get() != null) {
              dirty.set(true);
            }
          });
    }
  }

  /** Loads the client's plans, the measures goals can use and the handout library. */
  public void load(long client) {
    if (clientId.get() != client) {
      keepUnsavedDraft();
      plans.clear();
      selected.set(null);
      stopEditing();
      status.set("");
    }
    clientId.set(client);
    busy.set(true);
    executor.execute(
        () -> {
          List<LibraryItem> items = library.list();
          return new Loaded(
              service.plans(client),
              outcomes.instruments(),
              items,
              service.handoutWarnings(client, items));
        },
        loaded -> {
          busy.set(false);
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
          busy.set(false);
          dialogs.showError(
              "The plans could not be loaded", UserMessages.explain(failure, "Loading them"));
        });
  }

  /**
   * Another client is opened while a draft has changes: store them if they are valid, so nothing
   * typed is lost; otherwise say what was not kept.
   */
  private void keepUnsavedDraft() {
    if (editing.get() == null || !dirty.get()) {
      return;
    }
    TreatmentPlan draft = current();
    if (!problems.get().isEmpty()) {
      dialogs.showError(
          "The draft plan was not saved",
          "The draft plan had fields that still need attention ("
              + problems.get().values().iterator().next()
              + ") and was left unsaved.");
      return;
    }
    executor.execute(
        () -> service.saveDraft(draft),
        saved -> {},
        failure ->
            dialogs.showError(
                "The draft plan was not saved", UserMessages.explain(failure, "Saving it")));
  }

  /**
   * Asks Save / Discard / Keep editing when the draft has unsaved changes, for the workspace's
   * leave path (another client or screen, closing the window). Save keeps the editor open on the
   * saved draft; Discard closes it, leaving what was stored before.
   */
  public Optional<Consumer<Runnable>> askToLeave() {
    if (editing.get() == null || !dirty.get()) {
      return Optional.of(UnsavedEditor.NOTHING_UNSAVED);
    }
    UnsavedChoice choice = dialogs.askUnsavedChanges("the draft treatment plan");
    switch (choice) {
      case SAVE -> {
        showAllProblems();
        if (!problems.get().isEmpty()) {
          status.set("Check the marked fields; nothing was saved yet.");
          return Optional.empty();
        }
        return Optional.of(then -> saveDraft(saved -> then.run()));
      }
      case DISCARD -> {
        return Optional.of(
            then -> {
              stopEditing();
              then.run();
            });
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /**
   * Leaves the editor for another plan in the list, asking about unsaved changes first; false when
   * the therapist keeps editing.
   */
  public boolean leaveEditor(Runnable then) {
    Optional<Consumer<Runnable>> step = askToLeave();
    step.ifPresent(
        s ->
            s.accept(
                () -> {
                  stopEditing();
                  then.run();
                }));
    return step.isPresent();
  }

  /**
   * Saves a changed draft that can be saved, without asking: before a lock, as notes are saved. A
   * draft that cannot be saved yet stays in the editor as typed.
   */
  public void flush() {
    if (editing.get() == null || !dirty.get() || !problems.get().isEmpty()) {
      return;
    }
    TreatmentPlan draft = current();
    executor.execute(
        () -> service.saveDraft(draft),
        saved -> {
          if (editing.get() == null || !draft.equals(current())) {
            return; // changed or closed meanwhile: the editor keeps its own state
          }
          editing.set(saved);
          dirty.set(false);
          replace(saved);
        },
        failure ->
            dialogs.showError(
                "The draft plan was not saved", UserMessages.explain(failure, "Saving it")));
  }

  /** Saves the draft if it changed, then closes the editor; stays open when it cannot be saved. */
  public void saveAndClose() {
    if (editing.get() == null) {
      return;
    }
    if (dirty.get()) {
      saveDraft(saved -> stopEditing());
    } else {
      stopEditing();
    }
  }

  private record Loaded(
      List<TreatmentPlan> plans,
      List<Instrument> instruments,
      List<LibraryItem> library,
      java.util.Map<String, List<String>> warnings) {}

  /** Brings this plan to the front once the client's plans are loaded. */
  public void show(long planId) {
    wanted = planId;
    plans.stream()
        .filter(p -> p.id() != null && p.id() == planId)
        .findFirst()
        .ifPresent(selected::set);
  }

  /** Starts a new draft pre-filled from the latest note and measures. */
  public void newPlan() {
    long client = clientId.get();
    executor.execute(
        () -> service.proposeDraft(client),
        this::edit,
        failure ->
            dialogs.showError(
                "A new plan could not be started", UserMessages.explain(failure, "Starting it")));
  }

  /** Opens a stored draft, or a proposed one, in the editor. */
  public void edit(TreatmentPlan draft) {
    status.set("");
    filling = true;
    try {
      startsOn.set(draft.startsOn());
      impression.set(draft.impression());
      focus.clear();
      draft.focus().forEach(f -> focus.merge(f.region(), f.side(), (a, b) -> Side.BILATERAL));
      modalities.clear();
      modalities.addAll(draft.modalities());
      minutes.set(draft.sessionMinutes());
      frequency.set(draft.frequency());
      count.set(draft.sessionCount());
      handouts.setAll(draft.handouts());
      homeCare.set(draft.homeCare());
      reassessOn.set(draft.reassessOn());
      referrals.set(draft.referrals());
      consentOn.set(draft.consentOn() != null ? draft.consentOn() : LocalDate.now(clock));
      List<GoalRow> rows = new ArrayList<>();
      for (PlanGoal g : draft.goals()) {
        rows.add(new GoalRow(g, instrument(g.instrumentId()).orElse(null)));
      }
      goals.setAll(rows);
      showProblems.set(false);
      editing.set(draft);
      dirty.set(draft.id() == null);
    } finally {
      filling = false;
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
        this::edit,
        failure ->
            dialogs.showError(
                "The plan could not be revised", UserMessages.explain(failure, "Revising it")));
  }

  /** Shows every problem, each goal's included (the therapist tried to save or agree). */
  private void showAllProblems() {
    showProblems.set(true);
    goals.forEach(g -> g.problemsShownProperty().set(true));
  }

  public void addGoal() {
    GoalRow row = new GoalRow();
    row.byDateProperty().set(reassessOn.get());
    goals.add(row);
  }

  public void removeGoal(GoalRow row) {
    goals.remove(row);
  }

  /** Saves the draft; {@code then} runs with the stored plan. */
  public void saveDraft(Consumer<TreatmentPlan> then) {
    showAllProblems();
    if (!problems.get().isEmpty()) {
      status.set("Check the marked fields; nothing was saved yet.");
      return;
    }
    TreatmentPlan plan = current();
    busy.set(true);
    executor.execute(
        () -> service.saveDraft(plan),
        saved -> {
          busy.set(false);
          dirty.set(false);
          editing.set(saved);
          status.set("Draft saved " + java.time.LocalTime.now(clock).withNano(0).withSecond(0));
          replace(saved);
          then.accept(saved);
        },
        failure -> failed(failure, "Saving the draft"));
  }

  public void saveDraft() {
    saveDraft(saved -> {});
  }

  /**
   * Agrees the draft with the client on the consent date; asks first when it replaces an active
   * plan.
   */
  public void agree() {
    agree(true);
  }

  /**
   * Who to ask for the therapist's profile when agreeing a plan finds none (a practice started
   * before Knotwork asked for it).
   */
  public void askForSignerWith(SignerPrompt prompt) {
    this.signerPrompt = prompt;
  }

  private void agree(boolean askFirst) {
    showAllProblems();
    TreatmentPlan plan = current();
    Map<String, String> missing =
        PlanRules.agreementProblems(
            plan, consentOn.get(), LocalDate.now(clock), id -> instrument(id).orElse(null));
    if (!missing.isEmpty()) {
      status.set(missing.values().iterator().next());
      return;
    }
    Optional<TreatmentPlan> active =
        plans.stream().filter(p -> p.status() == PlanStatus.ACTIVE).findFirst();
    if (askFirst
        && active.isPresent()
        && !dialogs.confirm(
            "Replace the active plan?",
            "The plan started on "
                + PlanFormat.day(active.get().startsOn())
                + " will be marked superseded and stay in the record. This plan becomes the"
                + " active one.",
            "Agree the new plan")) {
      return;
    }
    LocalDate consent = consentOn.get();
    busy.set(true);
    executor.executeWhileUnlocked(
        () -> service.agree(plan, consent),
        agreed -> {
          busy.set(false);
          stopEditing();
          status.set("Plan agreed on " + PlanFormat.day(consent));
          revision.set(revision.get() + 1);
          load(clientId.get());
          selected.set(agreed);
        },
        failure -> {
          if (SignerMissingException.in(failure)) {
            busy.set(false);
            if (signerPrompt.askThenRun(() -> agree(false))) {
              return; // agreed once the therapist's details are in
            }
          }
          failed(failure, "Agreeing the plan");
        });
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
        failure -> failed(failure, "Completing the plan"));
  }

  /** Deletes the draft in the editor after asking once; a draft never saved is thrown away. */
  public void discardDraft() {
    TreatmentPlan draft = editing.get();
    if (draft == null) {
      return;
    }
    String what =
        draft.id() == null
            ? "This new plan has not been saved; everything typed in it is thrown away."
            : "The draft plan from "
                + PlanFormat.day(draft.startsOn())
                + " is deleted, with everything typed in it. Agreed plans are not affected.";
    if (!dialogs.confirm("Delete this draft?", what, "Delete draft")) {
      return;
    }
    if (draft.id() == null) {
      stopEditing();
      status.set("Draft deleted");
      return;
    }
    executor.executeWhileUnlocked(
        () -> {
          service.deleteDraft(draft.id());
          return draft.id();
        },
        id -> {
          stopEditing();
          plans.removeIf(p -> id.equals(p.id()));
          selected.set(plans.isEmpty() ? null : plans.get(0));
          status.set("Draft deleted");
        },
        failure -> failed(failure, "Deleting the draft"));
  }

  /** Leaves the editor without saving. */
  public void stopEditing() {
    editing.set(null);
    dirty.set(false);
    showProblems.set(false);
  }

  /** Sets or clears the side worked on for a region. */
  public void setFocus(BackRegion region, Side side) {
    if (side == null) {
      focus.remove(region);
    } else {
      focus.put(region, side);
    }
  }

  /** The plan as the editor shows it now. */
  TreatmentPlan current() {
    TreatmentPlan base = editing.get();
    List<FocusArea> areas = new ArrayList<>();
    for (BackRegion r : BackRegion.values()) {
      if (focus.containsKey(r)) {
        areas.add(new FocusArea(r, focus.get(r)));
      }
    }
    Set<Technique> chosen = EnumSet.noneOf(Technique.class);
    chosen.addAll(modalities);
    return new TreatmentPlan(
        base == null ? null : base.id(),
        base == null ? clientId.get() : base.clientId(),
        PlanStatus.DRAFT,
        startsOn.get() == null ? LocalDate.now(clock) : startsOn.get(),
        impression.get().strip(),
        goals.stream().map(GoalRow::goal).toList(),
        areas,
        chosen,
        minutes.get(),
        frequency.get() == null ? Frequency.WEEKLY : frequency.get(),
        count.get(),
        List.copyOf(handouts),
        homeCare.get().strip(),
        reassessOn.get(),
        referrals.get().strip(),
        null,
        base == null ? null : base.createdAt(),
        null);
  }

  private Map<String, String> currentProblems() {
    if (editing.get() == null) {
      return Map.of();
    }
    LocalDate today = LocalDate.now(clock);
    Map<String, String> all =
        new LinkedHashMap<>(
            PlanRules.draftProblems(current(), today, id -> instrument(id).orElse(null)));
    for (int i = 0; i < goals.size(); i++) {
      int index = i;
      goals.get(i).problems(today).forEach((k, v) -> all.put("goal." + index + "." + k, v));
    }
    if (startsOn.get() == null) {
      all.put("startsOn", "Enter the day the plan starts.");
    }
    return all;
  }

  private Optional<Instrument> instrument(Long id) {
    return id == null
        ? Optional.empty()
        : instruments.stream().filter(i -> i.id() == id).findFirst();
  }

  private void replace(TreatmentPlan saved) {
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

  private void failed(Throwable failure, String attempted) {
    busy.set(false);
    if (failure instanceof InvalidPlanException invalid) {
      status.set(invalid.problems().values().iterator().next());
      return;
    }
    dialogs.showError("The plan was not changed", UserMessages.explain(failure, attempted));
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

  public ReadOnlyObjectProperty<TreatmentPlan> editingProperty() {
    return editing.getReadOnlyProperty();
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

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  /** Goes up when a plan is agreed or completed: the client's story changed. */
  public ReadOnlyLongProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  public BooleanProperty showProblemsProperty() {
    return showProblems;
  }

  public ObjectBinding<Map<String, String>> problemsProperty() {
    return problems;
  }

  public BooleanBinding canSaveProperty() {
    return canSave;
  }

  public ObjectProperty<LocalDate> startsOnProperty() {
    return startsOn;
  }

  public StringProperty impressionProperty() {
    return impression;
  }

  public ObservableMap<BackRegion, Side> focus() {
    return focus;
  }

  public ObservableSet<Technique> modalities() {
    return modalities;
  }

  public IntegerProperty minutesProperty() {
    return minutes;
  }

  public ObjectProperty<Frequency> frequencyProperty() {
    return frequency;
  }

  public IntegerProperty countProperty() {
    return count;
  }

  public ObservableList<String> handouts() {
    return handouts;
  }

  public StringProperty homeCareProperty() {
    return homeCare;
  }

  public ObjectProperty<LocalDate> reassessOnProperty() {
    return reassessOn;
  }

  public StringProperty referralsProperty() {
    return referrals;
  }

  public ObjectProperty<LocalDate> consentOnProperty() {
    return consentOn;
  }

  public ObservableList<GoalRow> goals() {
    return goals;
  }
}
