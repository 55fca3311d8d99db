package org.knotwork.appointment.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.BookingConflictException;
import org.knotwork.appointment.FreeSlots;
import org.knotwork.appointment.InvalidAppointmentException;
import org.knotwork.appointment.Place;
import org.knotwork.appointment.Recurrence;
import org.knotwork.client.ClientService;
import org.knotwork.client.ClientSummary;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * The booking form: the client (found by typing a name), the service (which sets the usual length),
 * the start and length, the place (the room, or the client's home with the address from the record
 * and travel time before and after), a private note and a repeat. "Find a time" lists the first ten
 * free starts for the length on the chosen weekdays and times of day; choosing one books it. A
 * clash is named, with "Book anyway".
 */
public final class BookingViewModel {
  /** Parts of the day "Find a time" looks in. */
  public enum PartOfDay {
    MORNING("Morning", LocalTime.MIN, LocalTime.NOON),
    AFTERNOON("Afternoon", LocalTime.NOON, LocalTime.of(17, 0)),
    EVENING("Evening", LocalTime.of(17, 0), LocalTime.MAX);

    private final String label;
    private final LocalTime from;
    private final LocalTime to;

    PartOfDay(String label, LocalTime from, LocalTime to) {
      this.label = label;
      this.from = from;
      this.to = to;
    }

    public String label() {
      return label;
    }
  }

  /** How many free times "Find a time" offers. */
  public static final int SLOTS = 10;

  private static final int DEFAULT_LENGTH = 60;

  private final AppointmentService book;
  private final ClientService clients;
  private final DialogService dialogs;
  private final TaskExecutor executor;
  private final BackgroundTask searching;
  private final BackgroundTask finding;
  private final Consumer<Appointment> onBooked;

  private final StringProperty clientQuery = new SimpleStringProperty("");
  private final ObservableList<ClientSummary> matches = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<ClientSummary> client = new ReadOnlyObjectWrapper<>();
  private final ObservableList<BookableService> services = FXCollections.observableArrayList();
  private final ObjectProperty<BookableService> service = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalTime> time = new SimpleObjectProperty<>();
  private final IntegerProperty length = new SimpleIntegerProperty(DEFAULT_LENGTH);
  private final BooleanProperty atHome = new SimpleBooleanProperty(false);
  private final StringProperty address = new SimpleStringProperty("");
  private final IntegerProperty travelBefore = new SimpleIntegerProperty(0);
  private final IntegerProperty travelAfter = new SimpleIntegerProperty(0);
  private final StringProperty note = new SimpleStringProperty("");
  private final ObjectProperty<Recurrence.Pattern> repeat = new SimpleObjectProperty<>();
  private final IntegerProperty times = new SimpleIntegerProperty(6);
  private final ObservableSet<DayOfWeek> weekdays =
      FXCollections.observableSet(EnumSet.allOf(DayOfWeek.class));
  private final ObservableSet<PartOfDay> parts =
      FXCollections.observableSet(EnumSet.allOf(PartOfDay.class));
  private final ObservableList<LocalDateTime> slots = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanBinding canBook;
  private final StringBinding missing;

  public BookingViewModel(
      AppointmentService book,
      ClientService clients,
      TaskExecutor executor,
      DialogService dialogs,
      Consumer<Appointment> onBooked) {
    this.book = book;
    this.clients = clients;
    this.executor = executor;
    this.dialogs = dialogs;
    this.onBooked = onBooked;
    this.searching = BackgroundTask.of(executor);
    this.finding = BackgroundTask.of(executor);
    service.addListener(
        (o, was, now) -> {
          if (now != null) {
            length.set(now.usualMinutes());
          }
        });
    missing =
        Bindings.createStringBinding(
            () -> {
              if (client.get() == null) {
                return "Choose the client: type a name and pick them.";
              }
              if (date.get() == null || time.get() == null) {
                return "Choose the day and the time.";
              }
              return "";
            },
            client,
            date,
            time);
    canBook = missing.isEmpty().and(busy.not());
  }

  /** Opens the form for a slot clicked in the book. */
  public void startAt(LocalDateTime start) {
    date.set(start.toLocalDate());
    time.set(start.toLocalTime());
    loadServices();
  }

  /** Opens the form without a time: for "Find a time". */
  public void startFinding(LocalDate from) {
    date.set(from);
    time.set(null);
    loadServices();
  }

  private void loadServices() {
    executor.execute(
        () -> book.services().stream().filter(BookableService::active).toList(),
        found -> {
          services.setAll(found);
          if (service.get() == null && !found.isEmpty()) {
            service.set(found.get(0));
          }
        },
        failure -> message.set(UserMessages.explain(failure, "Reading the services")));
  }

  // --- the client ------------------------------------------------------------------------------

  public StringProperty clientQueryProperty() {
    return clientQuery;
  }

  public ObservableList<ClientSummary> matches() {
    return matches;
  }

  public ReadOnlyObjectProperty<ClientSummary> clientProperty() {
    return client.getReadOnlyProperty();
  }

  /** Looks for clients by the name typed so far. */
  public void searchClients() {
    String query = clientQuery.get() == null ? "" : clientQuery.get().strip();
    if (query.isEmpty()) {
      searching.cancel();
      matches.clear();
      return;
    }
    searching.run(
        () -> clients.search(query, false, 8).listed(),
        matches::setAll,
        failure -> message.set(UserMessages.explain(failure, "Looking for the client")));
  }

  /** Picks a client; their home address is filled in for a mobile visit. */
  public void chooseClient(ClientSummary chosen) {
    client.set(chosen);
    if (chosen == null) {
      return;
    }
    clientQuery.set(chosen.fullName());
    matches.clear();
    executor.execute(
        () -> clients.load(chosen.id()).address(),
        found -> {
          if (client.get() == chosen) {
            address.set(found == null ? "" : found);
          }
        },
        failure -> message.set(UserMessages.explain(failure, "Reading the client's address")));
  }

  /** Picks a client known by id, as "Book next" from the Today screen does. */
  public void chooseClient(long clientId) {
    executor.execute(
        () -> clients.load(clientId),
        found ->
            chooseClient(
                new ClientSummary(
                    clientId,
                    found.fullName(),
                    found.preferredName(),
                    found.dateOfBirth(),
                    null,
                    found.archivedAt() != null)),
        failure -> message.set(UserMessages.explain(failure, "Reading the client")));
  }

  // --- the rest of the form ----------------------------------------------------------------------

  public ObservableList<BookableService> services() {
    return services;
  }

  public ObjectProperty<BookableService> serviceProperty() {
    return service;
  }

  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  public ObjectProperty<LocalTime> timeProperty() {
    return time;
  }

  public IntegerProperty lengthProperty() {
    return length;
  }

  public BooleanProperty atHomeProperty() {
    return atHome;
  }

  public StringProperty addressProperty() {
    return address;
  }

  public IntegerProperty travelBeforeProperty() {
    return travelBefore;
  }

  public IntegerProperty travelAfterProperty() {
    return travelAfter;
  }

  public StringProperty noteProperty() {
    return note;
  }

  /** How the appointment repeats; null for once. */
  public ObjectProperty<Recurrence.Pattern> repeatProperty() {
    return repeat;
  }

  public IntegerProperty timesProperty() {
    return times;
  }

  public ObservableSet<DayOfWeek> weekdays() {
    return weekdays;
  }

  public ObservableSet<PartOfDay> partsOfDay() {
    return parts;
  }

  /** The free times found; choosing one books it. */
  public ObservableList<LocalDateTime> slots() {
    return slots;
  }

  /** The clash that stopped a booking, or what else went wrong; empty when all is well. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** What is still missing before booking, in words; empty when the form is complete. */
  public StringBinding missingProperty() {
    return missing;
  }

  public BooleanBinding canBookProperty() {
    return canBook;
  }

  // --- commands --------------------------------------------------------------------------------

  /** The booking as the form stands (its start may be missing in "Find a time"). */
  private Booking booking(LocalDateTime start) {
    BookableService s = service.get();
    Place place = atHome.get() ? Place.clientHome(address.get()) : Place.ROOM;
    return new Booking(
        client.get().id(),
        start,
        length.get(),
        s == null ? null : s.id(),
        place,
        atHome.get() ? travelBefore.get() : 0,
        atHome.get() ? travelAfter.get() : 0,
        note.get());
  }

  /** Books what the form says; a clash is named and "Book anyway" offered. */
  public void book() {
    if (!canBook.get()) {
      message.set(missing.get());
      return;
    }
    Booking b;
    Recurrence r;
    try {
      b = booking(date.get().atTime(time.get()));
      r = repeat.get() == null ? null : new Recurrence(repeat.get(), times.get());
    } catch (InvalidAppointmentException e) {
      message.set(e.getMessage());
      return;
    }
    submit(b, r, false);
  }

  private void submit(Booking b, Recurrence r, boolean anyway) {
    busy.set(true);
    message.set("");
    executor.executeWhileUnlocked(
        () -> r == null ? List.of(book.book(b, anyway)) : book.bookSeries(b, r, anyway),
        done -> {
          busy.set(false);
          onBooked.accept(done.get(0));
        },
        failure -> {
          busy.set(false);
          if (failure instanceof BookingConflictException clash && !anyway) {
            message.set(clash.getMessage());
            if (dialogs.confirm(
                "Book anyway?",
                clash.getMessage() + " Book over it on purpose (a double booking)?",
                "Book anyway",
                "Choose another time")) {
              submit(b, r, true);
            }
          } else {
            message.set(
                failure instanceof InvalidAppointmentException
                    ? failure.getMessage()
                    : UserMessages.explain(failure, "Booking"));
          }
        });
  }

  /** Finds the first ten free times for the length, on the chosen weekdays and times of day. */
  public void findTimes() {
    if (client.get() == null) {
      message.set(missing.get());
      return;
    }
    message.set("");
    Booking template;
    try {
      template = booking(LocalDateTime.now());
    } catch (InvalidAppointmentException e) {
      message.set(e.getMessage());
      return;
    }
    LocalDateTime from = (date.get() == null ? LocalDate.now() : date.get()).atStartOfDay();
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    days.addAll(weekdays.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : weekdays);
    List<PartOfDay> chosen = parts.isEmpty() ? List.of(PartOfDay.values()) : List.copyOf(parts);
    finding.run(
        () -> {
          List<LocalDateTime> found = new ArrayList<>();
          for (PartOfDay part : chosen) {
            found.addAll(
                book.freeSlots(
                    new FreeSlots.Search(template, from, days, part.from, part.to, SLOTS)));
          }
          return found.stream().distinct().sorted(Comparator.naturalOrder()).limit(SLOTS).toList();
        },
        found -> {
          slots.setAll(found);
          if (found.isEmpty()) {
            message.set(
                "No free time within a year on those days and times. Choose more days or times.");
          }
        },
        failure -> message.set(UserMessages.explain(failure, "Finding a time")));
  }

  /** One click on a free time books it. */
  public void bookSlot(LocalDateTime slot) {
    date.set(slot.toLocalDate());
    time.set(slot.toLocalTime());
    book();
  }
}
