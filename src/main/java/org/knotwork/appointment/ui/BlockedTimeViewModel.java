package org.knotwork.appointment.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.Bindings;
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
import org.knotwork.appointment.BlockReason;
import org.knotwork.appointment.BlockedTime;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * Blocked time ahead (holidays, training, admin): the list from today on, adding one with its days,
 * times and a label, and freeing one again. Without times, whole days are blocked. Adding and
 * freeing are commands, stored at once.
 */
public final class BlockedTimeViewModel {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

  /** How far ahead the list looks. */
  static final int YEARS_AHEAD = 3;

  private final AppointmentService book;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Clock clock;
  private final ObservableList<BlockedTime> blocked = FXCollections.observableArrayList();
  private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>(this, "fromDay");
  private final StringProperty fromTime = new SimpleStringProperty(this, "fromTime", "");
  private final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>(this, "toDay");
  private final StringProperty toTime = new SimpleStringProperty(this, "toTime", "");
  private final ObjectProperty<BlockReason> reason =
      new SimpleObjectProperty<>(this, "reason", BlockReason.HOLIDAY);
  private final StringProperty label = new SimpleStringProperty(this, "label", "");
  private final StringBinding problem;
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

  public BlockedTimeViewModel(
      AppointmentService book, TaskExecutor executor, DialogService dialogs, Clock clock) {
    this.book = book;
    this.executor = executor;
    this.dialogs = dialogs;
    this.clock = clock;
    problem =
        Bindings.createStringBinding(
            () -> {
              try {
                blockedTime();
                return null;
              } catch (IllegalArgumentException e) {
                return e.getMessage();
              }
            },
            fromDay,
            fromTime,
            toDay,
            toTime,
            reason,
            label);
  }

  public void load() {
    LocalDate today = LocalDate.now(clock);
    executor.execute(
        () -> book.blocked(today, today.plusYears(YEARS_AHEAD)),
        blocked::setAll,
        failure ->
            dialogs.showError(
                "The blocked time could not be loaded",
                UserMessages.explain(failure, "Loading it")));
  }

  /** Blocks the time in the form. */
  public void add() {
    if (problem.get() != null) {
      status.set(problem.get());
      return;
    }
    BlockedTime b = blockedTime();
    executor.execute(
        () -> book.block(b),
        id -> {
          status.set("Blocked: " + describe(b));
          fromDay.set(null);
          toDay.set(null);
          fromTime.set("");
          toTime.set("");
          label.set("");
          load();
        },
        failure ->
            dialogs.showError(
                "The time was not blocked", UserMessages.explain(failure, "Blocking it")));
  }

  /** Frees blocked time again, once the therapist said so. */
  public void remove(BlockedTime b) {
    if (b == null
        || !dialogs.confirm(
            "Free this time?",
            describe(b) + " will be free for appointments again.",
            "Free the time",
            "Keep it blocked")) {
      return;
    }
    executor.execute(
        () -> {
          book.unblock(b.id());
          return b;
        },
        done -> {
          status.set("Freed: " + describe(b));
          load();
        },
        failure ->
            dialogs.showError(
                "The time was not freed", UserMessages.explain(failure, "Freeing it")));
  }

  /**
   * The blocked time in the form.
   *
   * @throws IllegalArgumentException saying what is missing or wrong
   */
  private BlockedTime blockedTime() {
    if (fromDay.get() == null) {
      throw new IllegalArgumentException("Choose the first day.");
    }
    LocalDate lastDay = toDay.get() == null ? fromDay.get() : toDay.get();
    boolean wholeDays = fromTime.get().isBlank() && toTime.get().isBlank();
    LocalDateTime start;
    LocalDateTime end;
    if (wholeDays) {
      start = fromDay.get().atStartOfDay();
      end = lastDay.plusDays(1).atStartOfDay();
    } else {
      start = fromDay.get().atTime(time(fromTime.get(), "start"));
      end = lastDay.atTime(time(toTime.get(), "end"));
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("The blocked time ends before it starts.");
    }
    if (label.get().strip().length() > 120) {
      throw new IllegalArgumentException("Keep the label under 120 characters.");
    }
    return new BlockedTime(null, start, end, reason.get(), label.get());
  }

  private static LocalTime time(String text, String which) {
    String t = text.strip().replace('.', ':');
    try {
      if (t.matches("\\d{1,2}")) {
        return LocalTime.of(Integer.parseInt(t), 0);
      }
      if (t.matches("\\d{1,2}:\\d{2}")) {
        String[] p = t.split(":");
        return LocalTime.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
      }
    } catch (java.time.DateTimeException e) {
      // named below
    }
    throw new IllegalArgumentException(
        t.isEmpty()
            ? "Give both times, like 13:00 and 14:30, or neither for whole days."
            : "Write the " + which + " time like 13:30.");
  }

  /** "Holiday (Crete): Mon 3 Aug 2026 to Fri 14 Aug 2026", whole days without times. */
  public static String describe(BlockedTime b) {
    boolean wholeDays =
        b.start().toLocalTime().equals(LocalTime.MIDNIGHT)
            && b.end().toLocalTime().equals(LocalTime.MIDNIGHT);
    String when;
    if (wholeDays) {
      LocalDate last = b.end().toLocalDate().minusDays(1);
      when =
          last.equals(b.start().toLocalDate())
              ? DAY.format(b.start())
              : DAY.format(b.start()) + " to " + DAY.format(last);
    } else if (b.start().toLocalDate().equals(b.end().toLocalDate())) {
      when = DAY_TIME.format(b.start()) + "–" + b.end().toLocalTime();
    } else {
      when = DAY_TIME.format(b.start()) + " to " + DAY_TIME.format(b.end());
    }
    return b.describe() + ": " + when;
  }

  public ObservableList<BlockedTime> blocked() {
    return blocked;
  }

  public ObjectProperty<LocalDate> fromDayProperty() {
    return fromDay;
  }

  public StringProperty fromTimeProperty() {
    return fromTime;
  }

  public ObjectProperty<LocalDate> toDayProperty() {
    return toDay;
  }

  public StringProperty toTimeProperty() {
    return toTime;
  }

  public ObjectProperty<BlockReason> reasonProperty() {
    return reason;
  }

  public StringProperty labelProperty() {
    return label;
  }

  /** What stops adding, in words; null when the time can be blocked. */
  public StringBinding problem() {
    return problem;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
