package org.knotwork.appointment.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.BlockedTime;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.BookingConflictException;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.appointment.InvalidAppointmentException;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * The appointment book: which days are on show (a day, a week or a month around a date), the
 * appointments and blocked time read for exactly those days, the selected appointment, and the
 * changes the therapist makes by clicking, dragging and the keyboard. Every change goes through
 * {@link AppointmentService}; a refused one leaves the book as it stands, names the clash, and
 * offers to do it anyway.
 */
public final class AppointmentBookViewModel {
  /** How many days are on show. */
  public enum Span {
    DAY,
    WEEK,
    MONTH
  }

  /** What one read of the book brings back. */
  public record Page(
      LocalDate from,
      LocalDate to,
      AppointmentSettings settings,
      Map<Long, BookableService> services,
      List<Appointment> appointments,
      List<BlockedTime> blocked) {}

  /** Asks who called an appointment off; empty when the therapist changed their mind. */
  @FunctionalInterface
  public interface CancelQuestion {
    Optional<CancelledBy> ask(Appointment appointment);
  }

  private static final DateTimeFormatter DAY_TITLE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH_TITLE =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.UK);

  private final AppointmentService book;
  private final DialogService dialogs;
  private final Clock clock;
  private final BackgroundTask loading;
  private final TaskExecutor executor;
  private final LongConsumer openClient;
  private CancelQuestion cancelQuestion = a -> Optional.empty();

  private final ReadOnlyObjectWrapper<Span> span = new ReadOnlyObjectWrapper<>(Span.WEEK);
  private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Appointment> selected = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty showCancelled = new SimpleBooleanProperty(false);

  /** Pages read ahead (the days before and after), forgotten on any change. */
  private final Map<Range, Page> nearby = new HashMap<>();

  private long generation;
  private final ObservableList<Appointment> all = FXCollections.observableArrayList();
  private final FilteredList<Appointment> shown = new FilteredList<>(all, a -> true);

  public AppointmentBookViewModel(
      AppointmentService book,
      TaskExecutor executor,
      DialogService dialogs,
      Clock clock,
      LongConsumer openClient) {
    this.book = book;
    this.executor = executor;
    this.dialogs = dialogs;
    this.clock = clock;
    this.openClient = openClient;
    this.loading = BackgroundTask.of(executor);
    date.set(LocalDate.now(clock));
    showCancelled.addListener((o, was, now) -> refilter());
    refilter();
  }

  /** The question Delete asks before cancelling. */
  public void askWhoCancelsWith(CancelQuestion question) {
    this.cancelQuestion = question;
  }

  // --- what the view shows ---------------------------------------------------------------------

  public ReadOnlyObjectProperty<Span> spanProperty() {
    return span.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<LocalDate> dateProperty() {
    return date.getReadOnlyProperty();
  }

  /** The book as last read; null until the first read is done. */
  public ReadOnlyObjectProperty<Page> pageProperty() {
    return page.getReadOnlyProperty();
  }

  /** The appointments on show: cancelled ones only when asked for. */
  public ObservableList<Appointment> appointments() {
    return shown;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** What happened last, or the clash that stopped it; empty when there is nothing to say. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Appointment> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.runningProperty();
  }

  public BooleanProperty showCancelledProperty() {
    return showCancelled;
  }

  /** The days on show, first to last. */
  public List<LocalDate> days() {
    LocalDate from = from();
    return from.datesUntil(to()).toList();
  }

  /** The first day on show. */
  public LocalDate from() {
    return rangeFor(span.get(), date.get()).from();
  }

  /** The day after the last one on show. */
  public LocalDate to() {
    return rangeFor(span.get(), date.get()).to();
  }

  /** The days a span around a date shows: from the first up to (not including) the last. */
  private record Range(LocalDate from, LocalDate to) {}

  private static Range rangeFor(Span span, LocalDate d) {
    LocalDate from =
        switch (span) {
          case DAY -> d;
          case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          case MONTH ->
              d.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    LocalDate to =
        switch (span) {
          case DAY -> from.plusDays(1);
          case WEEK -> from.plusWeeks(1);
          case MONTH -> from.plusWeeks(6);
        };
    return new Range(from, to);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  // --- moving around ---------------------------------------------------------------------------

  /** Reads the days on show afresh (forgetting the weeks read ahead): on coming to the book. */
  public void load() {
    nearby.clear();
    generation++;
    show(true);
  }

  /**
   * Shows the days on show: at once from the days read ahead when they are there, then afresh from
   * the book. {@code force} redraws even when the book is unchanged (a refused drag goes back).
   */
  private void show(boolean force) {
    LocalDate from = from();
    LocalDate to = to();
    Range range = new Range(from, to);
    title.set(titleFor(from, to));
    Page ahead = nearby.get(range);
    if (ahead != null) {
      apply(ahead, false);
    }
    long readFor = generation;
    loading.run(
        () -> read(range),
        read -> {
          apply(read, force);
          if (readFor == generation) {
            nearby.put(range, read);
            readAhead(range);
          }
        },
        failure ->
            dialogs.showError(
                "The book could not be read", UserMessages.explain(failure, "Reading the book")));
  }

  /** The days before and after, so that previous and next show at once. */
  private void readAhead(Range range) {
    long readFor = generation;
    if (nearby.size() > 12) {
      nearby.clear();
      nearby.put(range, page.get());
    }
    for (int sign : new int[] {1, -1}) {
      LocalDate date = step(sign);
      Range other = rangeFor(span.get(), date);
      if (!nearby.containsKey(other)) {
        executor.execute(
            () -> read(other),
            read -> {
              if (readFor == generation) {
                nearby.put(other, read);
              }
            },
            failure -> {}); // read ahead only; the failure is in the log, the next read says it
      }
    }
  }

  private Page read(Range range) {
    List<Appointment> appointments = book.between(range.from(), range.to());
    return new Page(
        range.from(),
        range.to(),
        book.settings(),
        book.services().stream()
            .collect(Collectors.toMap(BookableService::id, s -> s, (a, b) -> a)),
        appointments,
        book.blocked(range.from(), range.to()));
  }

  private void apply(Page read, boolean force) {
    if (!read.from().equals(from()) || !read.to().equals(to())) {
      return; // another range was asked for meanwhile
    }
    if (!force && read.equals(page.get())) {
      return;
    }
    // The appointments and the selection first: the page is what the view redraws on.
    all.setAll(read.appointments());
    Appointment was = selected.get();
    selected.set(
        was == null
            ? null
            : shown.stream().filter(a -> a.id() == was.id()).findFirst().orElse(null));
    page.set(read);
    loaded.set(true);
  }

  public void showSpan(Span newSpan) {
    span.set(newSpan);
    show(false);
  }

  public void showDate(LocalDate day) {
    if (day != null) {
      date.set(day);
      show(false);
    }
  }

  /** Today, in the span on show. */
  public void goToday() {
    showDate(today());
  }

  public void previous() {
    showDate(step(-1));
  }

  public void next() {
    showDate(step(1));
  }

  /** A day from the month overview, opened as a day. */
  public void openDay(LocalDate day) {
    span.set(Span.DAY);
    showDate(day);
  }

  private LocalDate step(int sign) {
    LocalDate d = date.get();
    return switch (span.get()) {
      case DAY -> d.plusDays(sign);
      case WEEK -> d.plusWeeks(sign);
      case MONTH -> d.plusMonths(sign);
    };
  }

  // --- selection and the keyboard ----------------------------------------------------------------

  public void select(Appointment appointment) {
    selected.set(appointment);
  }

  /** Up and down: the appointment before or after the selected one, in time order. */
  public void selectInTime(int direction) {
    List<Appointment> ordered = ordered();
    if (ordered.isEmpty()) {
      return;
    }
    Appointment current = selected.get();
    int at = current == null ? -1 : indexOf(ordered, current);
    int next =
        at < 0
            ? (direction > 0 ? 0 : ordered.size() - 1)
            : Math.floorMod(at + direction, ordered.size());
    selected.set(ordered.get(next));
  }

  /** Left and right: the appointment nearest the same time on the day before or after. */
  public void selectAcrossDays(int direction) {
    Appointment current = selected.get();
    if (current == null) {
      selectInTime(direction);
      return;
    }
    LocalDate day = current.start().toLocalDate();
    List<Appointment> ordered = ordered();
    Optional<LocalDate> target =
        ordered.stream()
            .map(a -> a.start().toLocalDate())
            .filter(d -> direction > 0 ? d.isAfter(day) : d.isBefore(day))
            .reduce((a, b) -> direction > 0 ? (a.isBefore(b) ? a : b) : (a.isAfter(b) ? a : b));
    target.ifPresent(
        d -> {
          int minute = current.start().toLocalTime().toSecondOfDay() / 60;
          ordered.stream()
              .filter(a -> a.start().toLocalDate().equals(d))
              .min(
                  Comparator.comparingInt(
                      a -> Math.abs(a.start().toLocalTime().toSecondOfDay() / 60 - minute)))
              .ifPresent(selected::set);
        });
  }

  private List<Appointment> ordered() {
    return shown.stream()
        .sorted(Comparator.comparing(Appointment::start).thenComparing(Appointment::id))
        .toList();
  }

  private static int indexOf(List<Appointment> list, Appointment a) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id() == a.id()) {
        return i;
      }
    }
    return -1;
  }

  // --- changes ---------------------------------------------------------------------------------

  /** Drag and drop: moves the appointment to a new start, or names the clash and offers anyway. */
  public void move(Appointment a, LocalDateTime newStart) {
    if (a.start().equals(newStart)) {
      return;
    }
    change(
        "Move",
        "Move anyway",
        anyway -> book.move(a.id(), newStart, anyway),
        moved -> "Moved " + moved.clientName() + " to " + WHEN.format(moved.start()) + ".");
  }

  /** Dragging the lower edge: a new length. */
  public void changeLength(Appointment a, int minutes) {
    if (a.lengthMinutes() == minutes) {
      return;
    }
    change(
        "Change the length",
        "Change anyway",
        anyway -> book.changeLength(a.id(), minutes, anyway),
        changed ->
            changed.clientName()
                + "'s appointment now lasts "
                + changed.lengthMinutes()
                + " minutes.");
  }

  /** Delete: asks who cancelled, then cancels; the service decides whether it is late. */
  public void cancel(Appointment a) {
    if (a == null) {
      return;
    }
    Optional<CancelledBy> by = cancelQuestion.ask(a);
    if (by.isEmpty()) {
      return;
    }
    change(
        "Cancel",
        null,
        anyway -> book.cancel(a.id(), by.get()),
        cancelled ->
            cancelled.clientName()
                + "'s appointment on "
                + WHEN.format(cancelled.start())
                + " is "
                + cancelled.state().label().toLowerCase(Locale.UK)
                + ".");
  }

  public void markArrived(Appointment a) {
    change("Arrived", null, anyway -> book.markArrived(a.id()), d -> d.clientName() + " arrived.");
  }

  public void markNoShow(Appointment a) {
    change(
        "No-show", null, anyway -> book.markNoShow(a.id()), d -> d.clientName() + " did not come.");
  }

  /** Opens the client's record. */
  public void openClient(Appointment a) {
    if (a != null) {
      openClient.accept(a.clientId());
    }
  }

  /** After a booking made elsewhere (the booking dialog): shows its day and selects it. */
  public void booked(Appointment first) {
    message.set(
        "Booked "
            + first.clientName()
            + " on "
            + WHEN.format(first.start())
            + (first.place().isMobile() ? " at " + first.place().shortName() : "")
            + ".");
    selected.set(first);
    LocalDate day = first.start().toLocalDate();
    if (day.isBefore(from()) || !day.isBefore(to())) {
      date.set(day);
    }
    load();
  }

  /** Work that changes one appointment. */
  @FunctionalInterface
  private interface Change {
    Appointment apply(boolean anyway);
  }

  private void change(
      String what, String anywayLabel, Change work, Function<Appointment, String> done) {
    message.set("");
    executor.executeWhileUnlocked(
        () -> work.apply(false),
        changed -> {
          message.set(done.apply(changed));
          selected.set(changed);
          load();
        },
        failure -> {
          if (failure instanceof BookingConflictException clash && anywayLabel != null) {
            String named = clash.getMessage();
            message.set(named);
            load(); // the book as it stands: a dragged block goes back
            if (dialogs.confirm(what + " anyway?", named, anywayLabel, "Keep it where it was")) {
              executor.executeWhileUnlocked(
                  () -> work.apply(true),
                  changed -> {
                    message.set(done.apply(changed) + " It overlaps on purpose.");
                    selected.set(changed);
                    load();
                  },
                  again -> failed(what, again));
            }
          } else {
            failed(what, failure);
          }
        });
  }

  private void failed(String what, Throwable failure) {
    load();
    String text =
        failure instanceof InvalidAppointmentException
            ? failure.getMessage()
            : UserMessages.explain(failure, what);
    message.set(text);
    dialogs.showError(what + ": not done", text);
  }

  private void refilter() {
    boolean withCancelled = showCancelled.get();
    shown.setPredicate(a -> withCancelled || !a.state().isCancelled());
  }

  private String titleFor(LocalDate from, LocalDate to) {
    return switch (span.get()) {
      case DAY -> DAY_TITLE.format(from);
      case WEEK ->
          SHORT.format(from)
              + " – "
              + SHORT.format(to.minusDays(1))
              + " "
              + to.minusDays(1).getYear();
      case MONTH -> MONTH_TITLE.format(date.get());
    };
  }
}
