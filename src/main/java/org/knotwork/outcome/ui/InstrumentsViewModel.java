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
import org.knotwork.ui.UserMessages;

/** The practice's outcome measures: the built-in ones and those the therapist defines. */
public final class InstrumentsViewModel {
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
        },
        failure ->
            dialogs.showError(
                "The measure was not added", UserMessages.explain(failure, "Adding it")));
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
