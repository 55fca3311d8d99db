package org.knotwork.practice.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.knotwork.practice.Practice;
import org.knotwork.practice.PracticeService;
import org.knotwork.practice.TherapistProfile;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UnsavedWork;
import org.knotwork.ui.UserMessages;

/**
 * The practice's name, the therapist who signs its records, where its records live, and (for a
 * demo) discarding it.
 */
public final class PracticeSettingsViewModel implements UnsavedWork {
  private final PracticeService practices;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ReadOnlyObjectWrapper<Practice> practice =
      new ReadOnlyObjectWrapper<>(this, "practice");
  private final StringProperty name = new SimpleStringProperty(this, "name", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final TherapistFieldsModel therapist = new TherapistFieldsModel();
  private final ReadOnlyObjectWrapper<TherapistProfile> storedTherapist =
      new ReadOnlyObjectWrapper<>(this, "storedTherapist");
  private final ReadOnlyStringWrapper therapistStatus =
      new ReadOnlyStringWrapper(this, "therapistStatus", "");
  private final BooleanBinding canSaveTherapist;
  private final StringBinding nameError;
  private final BooleanBinding canSave;

  public PracticeSettingsViewModel(
      PracticeService practices, TaskExecutor executor, DialogService dialogs) {
    this.practices = practices;
    this.executor = executor;
    this.dialogs = dialogs;
    nameError =
        Bindings.createStringBinding(
            () -> PracticeService.nameProblem(name.get()).orElse(null), name);
    canSave =
        Bindings.createBooleanBinding(
            () ->
                nameError.get() == null
                    && practice.get() != null
                    && !practice.get().name().equals(name.get().strip()),
            nameError,
            practice,
            name);
    canSaveTherapist =
        Bindings.createBooleanBinding(
            () -> therapist.validBinding().get() && therapist.differsFrom(storedTherapist.get()),
            therapist.problemsBinding(),
            storedTherapist);
  }

  /** Shows the practice as it is now. */
  public void show(Practice current) {
    practice.set(current);
    name.set(current.name());
    status.set("");
    loadTherapist();
  }

  /** Reads the therapist's profile as stored (after it was entered elsewhere, too). */
  public void loadTherapist() {
    executor.execute(
        practices::therapist,
        stored -> {
          storedTherapist.set(stored.orElse(null));
          stored.ifPresent(therapist::show);
          therapistStatus.set(
              stored.isPresent()
                  ? ""
                  : "Not entered yet: Knotwork asks for these before you sign anything.");
        },
        failure ->
            dialogs.showError(
                "Your details could not be read", UserMessages.explain(failure, "Reading them")));
  }

  /** Saves the therapist's profile; only signatures made from now on use it. */
  public void saveTherapist() {
    saveTherapist(() -> {});
  }

  private void saveTherapist(Runnable then) {
    if (!canSaveTherapist.get()) {
      return;
    }
    TherapistProfile typed = therapist.profile();
    executor.execute(
        () -> practices.saveTherapist(typed),
        saved -> {
          storedTherapist.set(saved);
          therapist.show(saved);
          therapistStatus.set(
              "Saved. Records signed before keep the details they were signed with.");
          then.run();
        },
        failure ->
            dialogs.showError(
                "Your details were not saved", UserMessages.explain(failure, "Saving them")));
  }

  public TherapistFieldsModel therapist() {
    return therapist;
  }

  public BooleanBinding canSaveTherapistBinding() {
    return canSaveTherapist;
  }

  public ReadOnlyStringProperty therapistStatusProperty() {
    return therapistStatus.getReadOnlyProperty();
  }

  public void saveName() {
    saveName(() -> {});
  }

  private void saveName(Runnable then) {
    if (!canSave.get()) {
      return;
    }
    String newName = name.get();
    executor.execute(
        () -> practices.rename(newName),
        renamed -> {
          practice.set(renamed);
          status.set("Saved");
          then.run();
        },
        failure ->
            dialogs.showError("The name was not saved", UserMessages.explain(failure, "Renaming")));
  }

  // ----- as unsaved work (decision 31): the name and the therapist's details as typed -----

  private boolean nameChanged() {
    return practice.get() != null && !practice.get().name().equals(name.get().strip());
  }

  private boolean therapistChanged() {
    return therapist.differsFrom(storedTherapist.get());
  }

  @Override
  public boolean hasUnsavedChanges() {
    return nameChanged() || therapistChanged();
  }

  @Override
  public String describe() {
    if (nameChanged() && therapistChanged()) {
      return "the practice's name and your details";
    }
    return nameChanged() ? "the practice's name" : "your details as the therapist";
  }

  @Override
  public boolean canSave() {
    return (!nameChanged() || canSave.get()) && (!therapistChanged() || canSaveTherapist.get());
  }

  /** The fields show their problems as they are typed; the status says what stops the save. */
  @Override
  public void showProblems() {
    if (nameChanged() && nameError.get() != null) {
      status.set(nameError.get());
    }
    if (therapistChanged() && !therapist.validBinding().get()) {
      therapistStatus.set(
          "Your details were not saved: "
              + therapist.problemsBinding().get().values().iterator().next());
    }
  }

  @Override
  public void save(Runnable then) {
    Runnable details = therapistChanged() ? () -> saveTherapist(then) : then;
    if (nameChanged()) {
      saveName(details);
    } else {
      details.run();
    }
  }

  @Override
  public void discard() {
    if (practice.get() != null) {
      name.set(practice.get().name());
    }
    TherapistProfile stored = storedTherapist.get();
    therapist.show(stored != null ? stored : new TherapistProfile("", "", "", ""));
  }

  /** Asks, then removes the demo practice; {@code onDiscarded} runs once it is gone. */
  public void discardDemo(Runnable onDiscarded) {
    if (practice.get() == null || !practice.get().demo()) {
      return;
    }
    boolean sure =
        dialogs.confirm(
            "Discard the demo practice?",
            "Every invented client and visit will be removed. Your own practice starts empty afterwards.",
            "Discard demo");
    if (!sure) {
      return;
    }
    executor.executeWhileUnlocked(
        () -> {
          practices.discardDemo();
          return Boolean.TRUE;
        },
        done -> onDiscarded.run(),
        failure ->
            dialogs.showError(
                "The demo was not discarded", UserMessages.explain(failure, "Discarding")));
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringBinding nameErrorBinding() {
    return nameError;
  }

  public BooleanBinding canSaveBinding() {
    return canSave;
  }

  public ReadOnlyObjectProperty<Practice> practiceProperty() {
    return practice.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
