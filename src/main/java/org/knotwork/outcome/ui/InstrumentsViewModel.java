package org.knotwork.outcome.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UnsavedWork;
import org.knotwork.ui.UserMessages;

/** The practice's outcome measures: the built-in ones and those the therapist defines. */
public final class InstrumentsViewModel implements UnsavedWork {
  private final OutcomeService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ObservableList<Instrument> instruments = FXCollections.observableArrayList();
  private final StringProperty code = text("code");
  private final StringProperty name = text("name");
  private final StringProperty min = text("min");
  private final StringProperty max = text("max");
  private final StringProperty threshold = text("threshold");
  private final StringProperty reassessDays = text("reassessDays");
  private final StringProperty unit = text("unit");
  private final BooleanProperty higherIsBetter = new SimpleBooleanProperty(this, "higherIsBetter");

  public InstrumentsViewModel(
      OutcomeService service, TaskExecutor executor, DialogService dialogs) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
  }

  private StringProperty text(String property) {
    return new SimpleStringProperty(this, property, "");
  }

  public void refresh() {
    executor.execute(
        service::instruments,
        instruments::setAll,
        failure ->
            dialogs.showError(
                "Measures could not be loaded", UserMessages.explain(failure, "Loading")));
  }

  /** Defines a new measure from the form; every problem is explained in words. */
  public void define() {
    define(() -> {});
  }

  /** What stops the form from being added, in words; null when it can be. */
  private String problem() {
    if (name.get().isBlank() || code.get().isBlank()) {
      return "A measure needs a name and a short code.";
    }
    try {
      number(min.get(), "lowest score");
      number(max.get(), "highest score");
      number(threshold.get(), "meaningful change");
      if (!reassessDays.get().isBlank()) {
        Integer.valueOf(reassessDays.get().strip());
      }
      return null;
    } catch (NumberFormatException e) {
      return "Enter the days between reassessments as a whole number.";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private void define(Runnable then) {
    double lo;
    double hi;
    double change;
    Integer days;
    try {
      lo = number(min.get(), "lowest score");
      hi = number(max.get(), "highest score");
      change = number(threshold.get(), "meaningful change");
      days = reassessDays.get().isBlank() ? null : Integer.valueOf(reassessDays.get().strip());
    } catch (IllegalArgumentException e) {
      dialogs.showError("The measure was not added", e.getMessage());
      return;
    }
    String c = code.get();
    String n = name.get();
    String u = unit.get();
    boolean up = higherIsBetter.get();
    executor.execute(
        () -> service.defineInstrument(c, n, lo, hi, up, change, days, u.isBlank() ? null : u),
        added -> {
          code.set("");
          name.set("");
          min.set("");
          max.set("");
          threshold.set("");
          reassessDays.set("");
          unit.set("");
          refresh();
          then.run();
        },
        failure ->
            dialogs.showError(
                "The measure was not added", UserMessages.explain(failure, "Adding it")));
  }

  // ----- as unsaved work (decision 31): a measure typed but not yet added -----

  @Override
  public boolean hasUnsavedChanges() {
    return java.util.stream.Stream.of(code, name, min, max, threshold, reassessDays, unit)
        .anyMatch(p -> !p.get().isBlank());
  }

  @Override
  public String describe() {
    return "the measure being added";
  }

  @Override
  public boolean canSave() {
    return problem() == null;
  }

  @Override
  public void showProblems() {
    dialogs.showError("The measure was not added", problem());
  }

  /** Adds the measure; {@code then} runs once it is stored. */
  @Override
  public void save(Runnable then) {
    define(then);
  }

  @Override
  public void discard() {
    java.util.stream.Stream.of(code, name, min, max, threshold, reassessDays, unit)
        .forEach(p -> p.set(""));
    higherIsBetter.set(false);
  }

  private static double number(String text, String what) {
    try {
      return Double.parseDouble(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Enter the " + what + " as a number.");
    }
  }

  public ObservableList<Instrument> instruments() {
    return instruments;
  }

  public StringProperty codeProperty() {
    return code;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty minProperty() {
    return min;
  }

  public StringProperty maxProperty() {
    return max;
  }

  public StringProperty thresholdProperty() {
    return threshold;
  }

  public StringProperty reassessDaysProperty() {
    return reassessDays;
  }

  public StringProperty unitProperty() {
    return unit;
  }

  public BooleanProperty higherIsBetterProperty() {
    return higherIsBetter;
  }
}
