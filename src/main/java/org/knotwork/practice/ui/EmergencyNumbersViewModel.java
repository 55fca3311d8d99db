package org.knotwork.practice.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.knotwork.practice.PracticeService;
import org.knotwork.safety.Country;
import org.knotwork.safety.EmergencyNumbers;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UnsavedWork;
import org.knotwork.ui.UserMessages;

/**
 * The practice's country, which decides the emergency number and same-day help named in red-flag
 * advice and on the "When to see a doctor" handout; for another country, the numbers typed in.
 */
public final class EmergencyNumbersViewModel implements UnsavedWork {
  private final PracticeService practices;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ObjectProperty<Country> country = new SimpleObjectProperty<>(this, "country");
  private final StringProperty emergency = new SimpleStringProperty(this, "emergency", "");
  private final StringProperty sameDay = new SimpleStringProperty(this, "sameDay", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final StringBinding problem;
  private final StringBinding preview;
  private final BooleanBinding other;
  private EmergencyNumbers stored;

  public EmergencyNumbersViewModel(
      PracticeService practices, TaskExecutor executor, DialogService dialogs) {
    this.practices = practices;
    this.executor = executor;
    this.dialogs = dialogs;
    other = country.isEqualTo(Country.OTHER);
    problem =
        Bindings.createStringBinding(
            () -> country.get() == null ? null : numbers().problem(), country, emergency, sameDay);
    preview =
        Bindings.createStringBinding(
            () -> {
              if (country.get() == null || problem.get() != null) {
                return "";
              }
              EmergencyNumbers n = numbers();
              return "Advice will say: call "
                  + n.emergency()
                  + " in an emergency; be seen today by "
                  + n.sameDay()
                  + ".";
            },
            country,
            problem);
  }

  /** Loads the stored choice. */
  public void load() {
    executor.execute(
        practices::emergencyNumbers,
        n -> {
          stored = n;
          country.set(n.country());
          emergency.set(n.country() == Country.OTHER ? n.emergency() : "");
          sameDay.set(n.country() == Country.OTHER ? n.sameDay() : "");
          status.set("");
        },
        failure ->
            dialogs.showError(
                "The country could not be loaded", UserMessages.explain(failure, "Loading it")));
  }

  public void save() {
    save(() -> {});
  }

  /** Saves the choice; {@code then} runs once it is stored. */
  @Override
  public void save(Runnable then) {
    if (country.get() == null || problem.get() != null) {
      return;
    }
    EmergencyNumbers chosen = numbers();
    executor.execute(
        () -> practices.saveEmergencyNumbers(chosen),
        saved -> {
          stored = chosen;
          status.set("Saved");
          then.run();
        },
        failure ->
            dialogs.showError(
                "The country was not saved", UserMessages.explain(failure, "Saving it")));
  }

  // ----- as unsaved work (decision 31) -----

  @Override
  public boolean hasUnsavedChanges() {
    return stored != null && country.get() != null && !numbers().equals(stored);
  }

  @Override
  public String describe() {
    return "the emergency numbers";
  }

  @Override
  public boolean canSave() {
    return country.get() != null && problem.get() == null;
  }

  /** The problem is shown under the fields as they are typed; the status repeats it. */
  @Override
  public void showProblems() {
    if (problem.get() != null) {
      status.set(problem.get());
    }
  }

  @Override
  public void discard() {
    if (stored != null) {
      country.set(stored.country());
      emergency.set(stored.country() == Country.OTHER ? stored.emergency() : "");
      sameDay.set(stored.country() == Country.OTHER ? stored.sameDay() : "");
      status.set("");
    }
  }

  private EmergencyNumbers numbers() {
    return country.get() == Country.OTHER
        ? EmergencyNumbers.other(emergency.get(), sameDay.get())
        : EmergencyNumbers.of(country.get());
  }

  public ObjectProperty<Country> countryProperty() {
    return country;
  }

  public StringProperty emergencyProperty() {
    return emergency;
  }

  public StringProperty sameDayProperty() {
    return sameDay;
  }

  /** Whether the numbers are typed in (another country). */
  public BooleanBinding otherBinding() {
    return other;
  }

  /** What stops saving, in words; null when it can be saved. */
  public StringBinding problemBinding() {
    return problem;
  }

  /** The numbers as advice will name them. */
  public StringBinding previewBinding() {
    return preview;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
