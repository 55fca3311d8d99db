package org.knotwork.session.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.session.QuickPhrase;
import org.knotwork.session.SessionService;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UnsavedWork;
import org.knotwork.ui.UserMessages;

/** The therapist's quick phrases: list, add, remove. */
public final class QuickPhrasesViewModel implements UnsavedWork {
  private final SessionService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ObservableList<QuickPhrase> phrases = FXCollections.observableArrayList();
  private final StringProperty abbreviation = new SimpleStringProperty(this, "abbreviation", "");
  private final StringProperty text = new SimpleStringProperty(this, "text", "");

  public QuickPhrasesViewModel(
      SessionService service, TaskExecutor executor, DialogService dialogs) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
  }

  public void refresh() {
    executor.execute(
        () -> service.quickPhrases().all(),
        phrases::setAll,
        failure ->
            dialogs.showError(
                "Quick phrases could not be loaded", UserMessages.explain(failure, "Loading")));
  }

  public void add() {
    add(() -> {});
  }

  private void add(Runnable then) {
    String a = abbreviation.get();
    String t = text.get();
    executor.execute(
        () -> service.addQuickPhrase(a, t),
        added -> {
          abbreviation.set("");
          text.set("");
          refresh();
          then.run();
        },
        failure ->
            dialogs.showError(
                "The phrase was not added", UserMessages.explain(failure, "Adding it")));
  }

  public void remove(QuickPhrase phrase) {
    executor.execute(
        () -> {
          service.removeQuickPhrase(phrase.abbreviation());
          return phrase;
        },
        removed -> refresh(),
        failure ->
            dialogs.showError(
                "The phrase was not removed", UserMessages.explain(failure, "Removing it")));
  }

  // ----- as unsaved work (decision 31): a phrase typed but not yet added -----

  @Override
  public boolean hasUnsavedChanges() {
    return !abbreviation.get().isBlank() || !text.get().isBlank();
  }

  @Override
  public String describe() {
    return "the quick phrase being added";
  }

  @Override
  public boolean canSave() {
    return !abbreviation.get().isBlank() && !text.get().isBlank();
  }

  @Override
  public void showProblems() {
    dialogs.showError(
        "The quick phrase was not added",
        "A quick phrase needs both its abbreviation and the phrase. Type the missing one, or"
            + " choose Discard.");
  }

  /** Adds the phrase; {@code then} runs once it is stored. */
  @Override
  public void save(Runnable then) {
    add(then);
  }

  @Override
  public void discard() {
    abbreviation.set("");
    text.set("");
  }

  public ObservableList<QuickPhrase> phrases() {
    return phrases;
  }

  public StringProperty abbreviationProperty() {
    return abbreviation;
  }

  public StringProperty textProperty() {
    return text;
  }
}
