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
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.outcome.Instrument;
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
import org.knotwork.ui.DocumentCommands;
import org.knotwork.ui.OpenEditors;
import org.knotwork.ui.SignerPrompt;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UnsavedWork;
import org.knotwork.ui.UserMessages;

/**
 * The draft plan in the editor: its fields, what is still wrong with them, whether they changed
 * since the last save, and saving, agreeing and deleting it. Agreed plans are never edited;
 * revising one gives a new draft. Made by {@link PlansViewModel}, which keeps the list it changes.
 */
public final class PlanEditorViewModel implements UnsavedWork {
  /** What the plans list hears from the editor. */
  interface Plans {
    /** The client's plans as listed now (the active one is replaced on agreeing). */
    List<TreatmentPlan> listed();

    /** A draft was stored: the list shows it and it is in front. */
    void saved(TreatmentPlan plan);

    /** A stored draft was deleted. */
    void deleted(long planId);

    /** The draft became the active plan. */
    void agreed(TreatmentPlan plan);

    /** The instrument a goal measures with, among those loaded. */
    Optional<Instrument> instrument(Long id);
  }

  private final PlanService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Clock clock;
  private final Plans list;
  private final ReadOnlyStringWrapper status;
  private SignerPrompt signerPrompt = SignerPrompt.NONE;
  private final ReadOnlyObjectWrapper<TreatmentPlan> editing =
      new ReadOnlyObjectWrapper<>(this, "editing");
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
  private final BooleanProperty showProblems = new SimpleBooleanProperty(this, "showProblems");
  private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
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
  private long clientId = -1;
  private boolean filling;

  PlanEditorViewModel(
      PlanService service,
      TaskExecutor executor,
      DialogService dialogs,
      Clock clock,
      Plans list,
      ReadOnlyStringWrapper status) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.clock = clock;
    this.list = list;
    this.status = status;
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

  /** The client whose new drafts this editor starts. */
  void forClient(long client) {
    clientId = client;
  }

  /**
   * Another client is opened while a draft has changes: store them if they are valid, so nothing
   * typed is lost; otherwise say what was not kept.
   */
  void keepUnsavedDraft() {
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

  // ----- as unsaved work (decision 31) -----

  @Override
  public boolean hasUnsavedChanges() {
    return editing.get() != null && dirty.get();
  }

  @Override
  public String describe() {
    return "the draft treatment plan";
  }

  @Override
  public boolean canSave() {
    return problems.get().isEmpty();
  }

  @Override
  public void showProblems() {
    showAllProblems();
    status.set("Check the marked fields; nothing was saved yet.");
  }

  /** Save keeps the editor open on the saved draft. */
  @Override
  public void save(Runnable then) {
    saveDraft(saved -> then.run());
  }

  /** Closes the editor, leaving what was stored before. */
  @Override
  public void discard() {
    stopEditing();
  }

  /**
   * Saves a changed draft that can be saved, without asking: before a lock, as notes are saved. A
   * draft that cannot be saved yet stays in the editor as typed.
   */
  @Override
  public void saveQuietly() {
    if (!hasUnsavedChanges() || !problems.get().isEmpty()) {
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
          list.saved(saved);
        },
        failure ->
            dialogs.showError(
                "The draft plan was not saved", UserMessages.explain(failure, "Saving it")));
  }

  /**
   * Leaves the editor for another plan in the list, asking about unsaved changes first; false when
   * the therapist keeps editing.
   */
  public boolean leaveEditor(Runnable then) {
    OpenEditors only = new OpenEditors(dialogs);
    only.register(this);
    return only.leave(
        () -> {
          stopEditing();
          then.run();
        });
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

  /**
   * Print / Save as PDF / Open for the draft: each saves the draft first, so the document is the
   * stored plan, and goes ahead only once it is stored.
   */
  public DocumentCommands<Long> savingFirst(DocumentCommands<Long> documents) {
    return new SavingFirst(documents, this);
  }

  /** The draft's document commands; the key they are given is ignored (it is the draft's id). */
  private record SavingFirst(DocumentCommands<Long> inner, PlanEditorViewModel editor)
      implements DocumentCommands<Long> {
    @Override
    public void print(Long ignored) {
      editor.saveDraft(p -> inner.print(p.id()));
    }

    @Override
    public void save(Long ignored) {
      editor.saveDraft(p -> inner.save(p.id()));
    }

    @Override
    public void open(Long ignored) {
      editor.saveDraft(p -> inner.open(p.id()));
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
      return inner.busyProperty();
    }

    @Override
    public javafx.beans.property.ReadOnlyStringProperty statusProperty() {
      return inner.statusProperty();
    }
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
      clientId = draft.clientId();
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
          list.saved(saved);
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
        list.listed().stream().filter(p -> p.status() == PlanStatus.ACTIVE).findFirst();
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
          list.agreed(agreed);
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
          list.deleted(id);
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
        base == null ? clientId : base.clientId(),
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
    return list.instrument(id);
  }

  private void failed(Throwable failure, String attempted) {
    busy.set(false);
    if (failure instanceof InvalidPlanException invalid) {
      status.set(invalid.problems().values().iterator().next());
      return;
    }
    dialogs.showError("The plan was not changed", UserMessages.explain(failure, attempted));
  }

  public ReadOnlyObjectProperty<TreatmentPlan> editingProperty() {
    return editing.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
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
