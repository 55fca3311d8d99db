package org.knotwork.appointment.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.BookableService;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UnsavedWork;
import org.knotwork.ui.UserMessages;

/**
 * The services the book offers (name, usual length, colour): the list, and a form for a new one or
 * the one chosen. A service no longer offered is retired, never deleted, so past appointments keep
 * its name; fees come later. What is typed in the form and not saved is unsaved work (decision 31).
 */
public final class BookServicesViewModel implements UnsavedWork {
  /** The colour a new service starts with: the theme's accent blue. */
  static final String NEW_COLOUR = "#4A90E2";

  private final AppointmentService book;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ObservableList<BookableService> services = FXCollections.observableArrayList();
  private final ObjectProperty<BookableService> selected =
      new SimpleObjectProperty<>(this, "selected");
  private final StringProperty name = new SimpleStringProperty(this, "name", "");
  private final StringProperty minutes = new SimpleStringProperty(this, "minutes", "60");
  private final StringProperty colour = new SimpleStringProperty(this, "colour", NEW_COLOUR);
  private final StringBinding nameProblem;
  private final StringBinding minutesProblem;
  private final BooleanBinding dirty;
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

  public BookServicesViewModel(
      AppointmentService book, TaskExecutor executor, DialogService dialogs) {
    this.book = book;
    this.executor = executor;
    this.dialogs = dialogs;
    nameProblem =
        Bindings.createStringBinding(
            () -> name.get().isBlank() ? "A service needs a name, like “Massage 60”." : null, name);
    minutesProblem =
        Bindings.createStringBinding(
            () -> {
              try {
                int n = Integer.parseInt(minutes.get().strip());
                return n >= 5 && n <= 720 ? null : "A service lasts 5 to 720 minutes.";
              } catch (NumberFormatException e) {
                return "Write the usual length in minutes, like 60.";
              }
            },
            minutes);
    dirty =
        Bindings.createBooleanBinding(
            () -> {
              BookableService s = selected.get();
              if (s == null) {
                return !name.get().isBlank();
              }
              return !s.name().equals(name.get().strip())
                  || !Integer.toString(s.usualMinutes()).equals(minutes.get().strip())
                  || !s.colour().equalsIgnoreCase(colour.get());
            },
            selected,
            name,
            minutes,
            colour);
    selected.addListener((o, was, now) -> fill(now));
  }

  public void load() {
    executor.execute(
        book::services,
        list -> {
          Long keep = selected.get() == null ? null : selected.get().id();
          services.setAll(list);
          selected.set(list.stream().filter(s -> s.id().equals(keep)).findFirst().orElse(null));
        },
        failure ->
            dialogs.showError(
                "The services could not be loaded", UserMessages.explain(failure, "Loading them")));
  }

  /** Empties the form for a new service. */
  public void startNew() {
    selected.set(null);
    fill(null);
  }

  public void save() {
    save(() -> {});
  }

  /** Saves the form as a new service or as changes to the one chosen. */
  @Override
  public void save(Runnable then) {
    if (!canSave()) {
      showProblems();
      return;
    }
    BookableService current = selected.get();
    BookableService edited =
        new BookableService(
            current == null ? null : current.id(),
            name.get(),
            Integer.parseInt(minutes.get().strip()),
            colour.get(),
            current == null || current.active());
    store(edited, current == null ? "Added " + edited.name() : "Saved " + edited.name(), then);
  }

  /** Retires the chosen service (or offers a retired one again); past appointments keep it. */
  public void toggleRetired() {
    BookableService s = selected.get();
    if (s == null) {
      return;
    }
    BookableService changed =
        new BookableService(s.id(), s.name(), s.usualMinutes(), s.colour(), !s.active());
    store(
        changed,
        changed.active()
            ? s.name() + " is offered again"
            : s.name() + " is retired; past appointments keep its name",
        () -> {});
  }

  private void store(BookableService service, String done, Runnable then) {
    executor.execute(
        () -> book.saveService(service),
        saved -> {
          selected.set(saved); // the form now shows what is stored
          reload(saved);
          status.set(done);
          then.run();
        },
        failure ->
            dialogs.showError(
                "The service was not saved", UserMessages.explain(failure, "Saving it")));
  }

  private void reload(BookableService saved) {
    executor.execute(
        book::services,
        list -> {
          services.setAll(list);
          selected.set(
              list.stream().filter(s -> s.id().equals(saved.id())).findFirst().orElse(saved));
        },
        failure ->
            dialogs.showError(
                "The services could not be loaded", UserMessages.explain(failure, "Loading them")));
  }

  private void fill(BookableService s) {
    name.set(s == null ? "" : s.name());
    minutes.set(s == null ? "60" : Integer.toString(s.usualMinutes()));
    colour.set(s == null ? NEW_COLOUR : s.colour().toUpperCase(Locale.ROOT));
  }

  // ----- as unsaved work (decision 31) -----

  @Override
  public boolean hasUnsavedChanges() {
    return dirty.get();
  }

  @Override
  public String describe() {
    BookableService s = selected.get();
    return s == null ? "the new service" : "the service " + s.name();
  }

  @Override
  public boolean canSave() {
    return nameProblem.get() == null && minutesProblem.get() == null;
  }

  @Override
  public void showProblems() {
    status.set(nameProblem.get() != null ? nameProblem.get() : minutesProblem.get());
  }

  @Override
  public void discard() {
    fill(selected.get());
    status.set("");
  }

  // ----- for the view -----

  public ObservableList<BookableService> services() {
    return services;
  }

  public ObjectProperty<BookableService> selectedProperty() {
    return selected;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty minutesProperty() {
    return minutes;
  }

  /** The colour as "#RRGGBB". */
  public StringProperty colourProperty() {
    return colour;
  }

  public StringBinding nameProblem() {
    return nameProblem;
  }

  public StringBinding minutesProblem() {
    return minutesProblem;
  }

  public BooleanBinding dirtyBinding() {
    return dirty;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
