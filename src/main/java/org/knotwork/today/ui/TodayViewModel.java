package org.knotwork.today.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.today.DraftWaiting;
import org.knotwork.today.PlanToBook;
import org.knotwork.today.TodayAppointment;
import org.knotwork.today.TodayOverview;
import org.knotwork.today.TodayService;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * The Today screen: the day's appointments in order with the one to attend to next, unsigned notes
 * from earlier days, and plans with sessions left but nothing booked; the actions on an appointment
 * (open the client, arrived, start the note, no-show, book the next visit).
 */
public final class TodayViewModel {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

  private final TodayService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ObservableList<TodayAppointment> appointments = FXCollections.observableArrayList();
  private final ObservableList<DraftWaiting> earlierDrafts = FXCollections.observableArrayList();
  private final ObservableList<PlanToBook> plansToBook = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<TodayAppointment> next =
      new ReadOnlyObjectWrapper<>(this, "next");
  private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "Today");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
  private final ReadOnlyBooleanWrapper anyAppointments =
      new ReadOnlyBooleanWrapper(this, "anyAppointments");
  private Consumer<Long> openClient = id -> {};
  private BiConsumer<Long, Long> openNote = (client, note) -> {};
  private Consumer<Long> bookNext;
  private long generation;

  public TodayViewModel(TodayService service, TaskExecutor executor, DialogService dialogs) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
  }

  /** Opens a client's record (by id). */
  public void setOnOpenClient(Consumer<Long> open) {
    this.openClient = open;
  }

  /** Opens a client's note: (client id, note id). */
  public void setOnOpenNote(BiConsumer<Long, Long> open) {
    this.openNote = open;
  }

  /** Books a client's next visit (by client id); until set, Book next opens the client. */
  public void setOnBookNext(Consumer<Long> book) {
    this.bookNext = book;
  }

  /** Reads the day again. */
  public void load() {
    load(() -> {});
  }

  /** Reads the day again, then runs {@code then} (on the FX thread) once it is shown. */
  public void load(Runnable then) {
    long mine = ++generation;
    executor.execute(
        service::today,
        day -> {
          if (mine == generation) {
            show(day);
            then.run();
          }
        },
        failure ->
            dialogs.showError(
                "Today's appointments could not be read",
                UserMessages.explain(failure, "Reading them")));
  }

  private void show(TodayOverview day) {
    appointments.setAll(day.appointments());
    earlierDrafts.setAll(day.earlierDrafts());
    plansToBook.setAll(day.plansToBook());
    next.set(day.next().orElse(null));
    heading.set("Today, " + DAY.format(day.day()));
    long open = day.appointments().stream().filter(TodayAppointment::open).count();
    int all = day.appointments().size();
    summary.set(
        all == 0
            ? "Nothing is booked today."
            : all
                + (all == 1 ? " appointment" : " appointments")
                + (open == all ? "" : ", " + open + " still to come"));
    anyAppointments.set(day.anyAppointments());
    loaded.set(true);
  }

  // --- actions ---------------------------------------------------------------------------------

  public void open(TodayAppointment a) {
    openClient.accept(a.clientId());
  }

  public boolean canMarkArrived(TodayAppointment a) {
    return a.state() == AppointmentState.BOOKED;
  }

  public void markArrived(TodayAppointment a) {
    change(() -> service.arrived(a.id()), "The arrival was not recorded", "Recording it");
  }

  public boolean canMarkNoShow(TodayAppointment a) {
    return a.state() == AppointmentState.BOOKED;
  }

  /** Asks first: a no-show cannot be undone. */
  public void markNoShow(TodayAppointment a) {
    if (dialogs.confirm(
        "Mark as a no-show?",
        a.appointment().clientName()
            + " did not come to the appointment at "
            + a.appointment().start().toLocalTime()
            + "? It stays in the book and in their history as a no-show; this cannot be undone.",
        "Mark as no-show",
        "Keep it booked")) {
      change(() -> service.noShow(a.id()), "The no-show was not recorded", "Recording it");
    }
  }

  public boolean canStartNote(TodayAppointment a) {
    return a.open() || a.appointment().sessionId() != null;
  }

  /** "Open note" once a note was started for the appointment, else "Start note". */
  public String noteLabel(TodayAppointment a) {
    return a.appointment().sessionId() != null ? "Open note" : "Start note";
  }

  /**
   * Starts the appointment's note (its day, start and length) or opens the one started before, on
   * the client's Notes.
   */
  public void startNote(TodayAppointment a) {
    executor.execute(
        () -> service.startNote(a.id()),
        noteId -> openNote.accept(a.clientId(), noteId),
        failure ->
            dialogs.showError(
                "The note was not started", UserMessages.explain(failure, "Starting it")));
  }

  public void openDraft(DraftWaiting d) {
    openNote.accept(d.clientId(), d.sessionId());
  }

  public void bookNext(long clientId) {
    (bookNext != null ? bookNext : openClient).accept(clientId);
  }

  private void change(java.util.concurrent.Callable<?> work, String title, String doing) {
    executor.execute(
        work,
        done -> load(),
        failure -> {
          dialogs.showError(title, UserMessages.explain(failure, doing));
          load();
        });
  }

  // --- state -----------------------------------------------------------------------------------

  public ObservableList<TodayAppointment> appointments() {
    return appointments;
  }

  public ObservableList<DraftWaiting> earlierDrafts() {
    return earlierDrafts;
  }

  public ObservableList<PlanToBook> plansToBook() {
    return plansToBook;
  }

  /** The appointment to attend to next; null when none is still open. */
  public ReadOnlyObjectProperty<TodayAppointment> nextProperty() {
    return next.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty headingProperty() {
    return heading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  /** Whether anything was ever booked: from then on the Today screen is shown first. */
  public ReadOnlyBooleanProperty anyAppointmentsProperty() {
    return anyAppointments.getReadOnlyProperty();
  }
}
