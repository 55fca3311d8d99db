package org.knotwork.plan.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.knotwork.outcome.Instrument;
import org.knotwork.plan.PlanGoal;
import org.knotwork.plan.PlanRules;

/** One goal in the plan editor, as typed. */
public final class GoalRow {
  private final StringProperty text = new SimpleStringProperty(this, "text", "");
  private final ObjectProperty<Instrument> measure = new SimpleObjectProperty<>(this, "measure");
  private final StringProperty baseline = new SimpleStringProperty(this, "baseline", "");
  private final StringProperty target = new SimpleStringProperty(this, "target", "");
  private final ObjectProperty<LocalDate> byDate = new SimpleObjectProperty<>(this, "byDate");
  // A new row is empty on purpose: its problems wait until one of its fields is left or the
  // therapist tries to save.
  private final BooleanProperty problemsShown = new SimpleBooleanProperty(this, "problemsShown");

  GoalRow() {}

  GoalRow(PlanGoal goal, Instrument instrument) {
    text.set(goal.text());
    measure.set(instrument);
    baseline.set(
        goal.baseline() == null ? "" : goal.baseline().stripTrailingZeros().toPlainString());
    target.set(goal.target() == null ? "" : goal.target().stripTrailingZeros().toPlainString());
    byDate.set(goal.byDate());
  }

  /** Everything a change to the row shows up in. */
  Observable[] dependencies() {
    return new Observable[] {text, measure, baseline, target, byDate};
  }

  /** The goal as typed; unreadable numbers count as missing (see {@link #problems}). */
  PlanGoal goal() {
    Instrument m = measure.get();
    return new PlanGoal(
        text.get().strip(),
        m == null ? null : m.id(),
        m == null ? "" : m.code(),
        m != null && m.higherIsBetter(),
        m == null ? null : number(baseline.get()),
        m == null ? null : number(target.get()),
        byDate.get());
  }

  /** Problems by field: "text", "baseline", "target", "byDate". */
  Map<String, String> problems(LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (measure.get() != null) {
      if (!baseline.get().isBlank() && number(baseline.get()) == null) {
        problems.put("baseline", "Enter the starting score as a number, e.g. 4 or 4.5.");
      }
      if (!target.get().isBlank() && number(target.get()) == null) {
        problems.put("target", "Enter the target as a number, e.g. 8.");
      }
    }
    PlanRules.goalProblems(goal(), measure.get(), today).forEach(problems::putIfAbsent);
    return problems;
  }

  private static BigDecimal number(String typed) {
    try {
      return typed == null || typed.isBlank()
          ? null
          : new BigDecimal(typed.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True once this goal's problems are to be shown. */
  public BooleanProperty problemsShownProperty() {
    return problemsShown;
  }

  public StringProperty textProperty() {
    return text;
  }

  public ObjectProperty<Instrument> measureProperty() {
    return measure;
  }

  public StringProperty baselineProperty() {
    return baseline;
  }

  public StringProperty targetProperty() {
    return target;
  }

  public ObjectProperty<LocalDate> byDateProperty() {
    return byDate;
  }
}
