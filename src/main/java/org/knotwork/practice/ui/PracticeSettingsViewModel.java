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
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/** The practice's name, where its records live, and (for a demo) discarding it. */
public final class PracticeSettingsViewModel {
  private final PracticeService practices;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ReadOnlyObjectWrapper<Practice> practice =
      new ReadOnlyObjectWrapper<>(this, "practice");
  private final StringProperty name = new SimpleStringProperty(this, "name", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
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
  }

  /** Shows the practice as it is now. */
  public void show(Practice current) {
    practice.set(current);
    name.set(current.name());
    status.set("");
  }

  public void saveName() {
    if (!canSave.get()) {
      return;
    }
    String newName = name.get();
    executor.execute(
        () -> practices.rename(newName),
        renamed -> {
          practice.set(renamed);
          status.set("Saved");
        },
        failure ->
            dialogs.showError("The name was not saved", UserMessages.explain(failure, "Renaming")));
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
