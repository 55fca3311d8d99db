package org.knotwork.practice.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.knotwork.practice.Practice;
import org.knotwork.practice.PracticeService;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * First start: name the practice and say who keeps it (the therapist who signs its records), and
 * start empty; or explore a generated demo practice.
 */
public final class WelcomeViewModel {
  private final PracticeService practices;
  private final Callable<Practice> createDemo;
  private final DialogService dialogs;
  private final StringProperty practiceName = new SimpleStringProperty(this, "practiceName", "");
  private final BackgroundTask starting;
  private final TherapistFieldsModel therapist = new TherapistFieldsModel();
  private final StringBinding nameError;
  private final BooleanBinding canStart;

  /**
   * @param createDemo fills the empty data folder with a demo practice and returns it
   */
  public WelcomeViewModel(
      PracticeService practices,
      Callable<Practice> createDemo,
      TaskExecutor executor,
      DialogService dialogs) {
    this.practices = practices;
    this.createDemo = createDemo;
    this.starting = BackgroundTask.of(executor);
    this.dialogs = dialogs;
    nameError =
        Bindings.createStringBinding(
            () -> PracticeService.nameProblem(practiceName.get()).orElse(null), practiceName);
    canStart =
        nameError.isNull().and(therapist.validBinding()).and(starting.runningProperty().not());
  }

  /** Starts the therapist's own, empty practice. */
  public void startMyPractice(Consumer<Practice> onStarted) {
    if (!canStart.get()) {
      return;
    }
    String name = practiceName.get();
    var profile = therapist.profile();
    run(
        "Starting your practice…",
        () -> practices.start(name, false, profile),
        onStarted,
        "Starting the practice");
  }

  /** Generates a demo practice full of invented clients. */
  public void exploreDemo(Consumer<Practice> onStarted) {
    if (starting.isRunning()) {
      return;
    }
    run("Creating the demo practice…", createDemo, onStarted, "Creating the demo practice");
  }

  private void run(
      String message, Callable<Practice> work, Consumer<Practice> onStarted, String attempt) {
    starting.setMessage(message);
    starting.run(
        work,
        practice -> {
          starting.setMessage("");
          onStarted.accept(practice);
        },
        failure -> {
          starting.setMessage("");
          dialogs.showError(
              "The practice could not be started", UserMessages.explain(failure, attempt));
        });
  }

  public StringProperty practiceNameProperty() {
    return practiceName;
  }

  /** Who keeps the practice and signs its records. */
  public TherapistFieldsModel therapist() {
    return therapist;
  }

  public StringBinding nameErrorBinding() {
    return nameError;
  }

  public BooleanBinding canStartBinding() {
    return canStart;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return starting.runningProperty();
  }

  public ReadOnlyStringProperty progressProperty() {
    return starting.messageProperty();
  }
}
