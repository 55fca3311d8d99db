package org.knotwork.client.ui;

import java.time.LocalDate;
import java.util.function.Supplier;
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
  private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>(this, "dueDate");
  private final Supplier<LocalDate> today;
  private final StringBinding weeksError;
  private final StringBinding dueDateNote;
  private boolean syncing;

  /**
   * @param today the day the form is filled in: weeks typed are weeks on that day
   */
  ConditionFields(HealthCondition condition, Supplier<LocalDate> today) {
    this.condition = condition;
    this.today = today;
    this.weeksError =
        Bindings.createStringBinding(this::computeWeeksError, present, weeks, dueDate);
    this.dueDateNote = Bindings.createStringBinding(this::computeDueDateNote, present, dueDate);
    // Weeks are a way to type the due date: typing weeks sets it; picking a date shows its weeks.
    weeks.addListener((obs, old, now) -> weeksTyped());
    dueDate.addListener((obs, old, now) -> dueDatePicked());
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

  /** The expected date of birth; weeks are counted back from it on the day of each visit. */
  public ObjectProperty<LocalDate> dueDateProperty() {
    return dueDate;
  }

  /** What the due date means today ("24 weeks today", or that it has passed); null if none. */
  public StringBinding dueDateNoteBinding() {
    return dueDateNote;
  }

  /** Null when the weeks field is fine, otherwise what is wrong with it. */
  public StringBinding weeksErrorBinding() {
    return weeksError;
  }

  Observable[] observables() {
    return new Observable[] {present, details, since, weeks, dueDate};
  }

  void load(ConditionEntry entry) {
    present.set(entry != null);
    details.set(entry == null || entry.details() == null ? "" : entry.details());
    since.set(entry == null ? null : entry.since());
    dueDate.set(entry == null ? null : entry.dueDate());
    dueDatePicked();
  }

  /** The entry this line stands for, or null when it is not ticked. */
  ConditionEntry toEntry() {
    if (!present.get()) {
      return null;
    }
    LocalDate due = condition.hasWeeks() ? dueDate.get() : null;
    return new ConditionEntry(condition, details.get(), since.get(), due);
  }

  private void weeksTyped() {
    if (syncing || !condition.hasWeeks()) {
      return;
    }
    Integer w = parseWeeks();
    if (w != null && ClientRules.pregnancyWeeks(w).isEmpty()) {
      syncing = true;
      try {
        dueDate.set(ConditionEntry.dueDateFor(w, today.get()));
      } finally {
        syncing = false;
      }
    }
  }

  private void dueDatePicked() {
    if (syncing || !condition.hasWeeks()) {
      return;
    }
    syncing = true;
    try {
      LocalDate due = dueDate.get();
      ConditionEntry e = due == null ? null : ConditionEntry.pregnancy(due);
      Integer w =
          e == null || e.pastDueOn(today.get()) ? null : e.weeksOn(today.get()).orElse(null);
      weeks.set(w == null || w < 1 || w > 42 ? "" : w.toString());
    } finally {
      syncing = false;
    }
  }

  private String computeDueDateNote() {
    if (!condition.hasWeeks() || !present.get() || dueDate.get() == null) {
      return null;
    }
    ConditionEntry e = ConditionEntry.pregnancy(dueDate.get());
    if (e.pastDueOn(today.get())) {
      return "The due date has passed. Has the baby been born? If so, untick Pregnancy.";
    }
    int w = e.weeksOn(today.get()).orElse(0);
    return w < 1 ? "Less than a week along today." : w + " weeks today; counts on by itself.";
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
    return ClientRules.pregnancyWeeks(parseWeeks())
        .or(() -> ClientRules.dueDate(dueDate.get(), today.get()))
        .orElse(null);
  }
}
