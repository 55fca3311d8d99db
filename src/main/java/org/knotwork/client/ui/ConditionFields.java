package org.knotwork.client.ui;

import java.time.LocalDate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.knotwork.client.ClientRules;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.HealthCondition;

/** The editable state of one line of the health-history checklist. */
public final class ConditionFields {
  private final HealthCondition condition;
  private final BooleanProperty present = new SimpleBooleanProperty(this, "present");
  private final StringProperty details = new SimpleStringProperty(this, "details", "");
  private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>(this, "since");
  private final StringProperty weeks = new SimpleStringProperty(this, "weeks", "");
  private final StringBinding weeksError;

  ConditionFields(HealthCondition condition) {
    this.condition = condition;
    this.weeksError = Bindings.createStringBinding(this::computeWeeksError, present, weeks);
  }

  public HealthCondition condition() {
    return condition;
  }

  public BooleanProperty presentProperty() {
    return present;
  }

  public StringProperty detailsProperty() {
    return details;
  }

  public ObjectProperty<LocalDate> sinceProperty() {
    return since;
  }

  public StringProperty weeksProperty() {
    return weeks;
  }

  /** Null when the weeks field is fine, otherwise what is wrong with it. */
  public StringBinding weeksErrorBinding() {
    return weeksError;
  }

  Observable[] observables() {
    return new Observable[] {present, details, since, weeks};
  }

  void load(ConditionEntry entry) {
    present.set(entry != null);
    details.set(entry == null || entry.details() == null ? "" : entry.details());
    since.set(entry == null ? null : entry.since());
    weeks.set(entry == null || entry.weeks() == null ? "" : entry.weeks().toString());
  }

  /** The entry this line stands for, or null when it is not ticked. */
  ConditionEntry toEntry() {
    if (!present.get()) {
      return null;
    }
    Integer w = condition.hasWeeks() ? parseWeeks() : null;
    return new ConditionEntry(condition, details.get(), since.get(), w);
  }

  private Integer parseWeeks() {
    String text = weeks.get() == null ? "" : weeks.get().strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private String computeWeeksError() {
    if (!condition.hasWeeks() || !present.get()) {
      return null;
    }
    String text = weeks.get() == null ? "" : weeks.get().strip();
    if (!text.isEmpty() && !text.matches("\\d{1,3}")) {
      return "Weeks are a whole number, e.g. 20.";
    }
    return ClientRules.pregnancyWeeks(parseWeeks()).orElse(null);
  }
}
