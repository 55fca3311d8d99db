package org.knotwork.plan.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.BookingConflictException;
import org.knotwork.appointment.FreeSlots;
import org.knotwork.appointment.PlanSchedule;
import org.knotwork.appointment.PlanSchedule.Proposal;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * "Book the plan's sessions": the sessions of an agreed plan still to book, proposed at the same
 * weekday and time as the first slot the therapist chooses, each clash moved to the nearest free
 * time with the reason ({@link PlanSchedule}). Nothing is booked until {@link #bookAll}, which
 * books them all in one go or none.
 */
public final class PlanBookingViewModel {
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

  /** One proposed session as the list shows it. */
  public record Row(int number, Proposal proposal) {
    /** "Mon 9 Mar 2026, 11:00", or "No free time" when it could not be placed. */
    public String when() {
      return proposal.placed() ? DAY_TIME.format(proposal.start()) : "No free time found";
    }
  }

  private final AppointmentService book;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Clock clock;
  private final BackgroundTask proposing;
  private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>(this, "firstDay");
  private final StringProperty firstTime = new SimpleStringProperty(this, "firstTime", "");
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
  private final StringBinding firstProblem;
  private final BooleanBinding canBook;
  private TreatmentPlan plan;
  private int left;

  public PlanBookingViewModel(
      AppointmentService book, TaskExecutor executor, DialogService dialogs, Clock clock) {
    this.book = book;
    this.executor = executor;
    this.dialogs = dialogs;
    this.clock = clock;
    this.proposing = BackgroundTask.of(executor);
    firstProblem =
        Bindings.createStringBinding(
            () -> {
              if (firstDay.get() == null) {
                return "Choose the day of the first session.";
              }
              return firstTime() == null ? "Write the time like 10:00." : null;
            },
            firstDay,
            firstTime);
    canBook =
        Bindings.createBooleanBinding(
            () ->
                !busy.get()
                    && firstProblem.get() == null
                    && !rows.isEmpty()
                    && rows.stream().allMatch(r -> r.proposal().placed()),
            busy,
            firstProblem,
            rows);
    firstDay.addListener((o, was, now) -> proposeIfReady());
    firstTime.addListener((o, was, now) -> proposeIfReady());
  }

  /**
   * Opens the plan: counts its sessions done and booked and proposes the rest, from the day after
   * the last one booked (in the plan's rhythm, at its time), or else the next free time.
   */
  public void open(TreatmentPlan agreed) {
    plan = agreed;
    rows.clear();
    status.set("");
    summary.set("Looking at the book…");
    busy.set(true);
    long client = agreed.clientId();
    PlanSchedule.Rhythm rhythm = rhythm(agreed);
    executor.execute(
        () -> {
          PlanSchedule.SoFar soFar = book.planSoFar(client, agreed.startsOn());
          LocalDateTime first;
          if (!soFar.booked().isEmpty()) {
            LocalDateTime last = soFar.booked().get(soFar.booked().size() - 1);
            first = rhythm.start(last, 1);
          } else {
            LocalDateTime from =
                later(
                    agreed.startsOn().atStartOfDay(),
                    LocalDate.now(clock).plusDays(1).atStartOfDay());
            first =
                book.freeSlots(FreeSlots.Search.anyTime(template(from), from, 1)).stream()
                    .findFirst()
                    .orElse(from.withHour(10));
          }
          return new Opened(soFar, first);
        },
        opened -> {
          left = opened.soFar().left(agreed.sessionCount());
          summary.set(summary(agreed, opened.soFar(), left));
          // while still busy, setting the first slot proposes nothing; then once
          firstTime.set(opened.first().toLocalTime().toString());
          firstDay.set(opened.first().toLocalDate());
          busy.set(false);
          proposeIfReady();
        },
        failure -> {
          busy.set(false);
          summary.set("");
          dialogs.showError(
              "The book could not be read", UserMessages.explain(failure, "Reading it"));
        });
  }

  private record Opened(PlanSchedule.SoFar soFar, LocalDateTime first) {}

  /** Proposes the sessions again from the first slot in the form. */
  public void proposeIfReady() {
    if (plan == null || busy.get()) {
      return;
    }
    if (firstProblem.get() != null) {
      rows.clear();
      return;
    }
    if (left == 0) {
      rows.clear();
      status.set("Nothing to book: every session of the plan is done or booked.");
      return;
    }
    LocalDateTime first = firstDay.get().atTime(firstTime());
    PlanSchedule.Rhythm rhythm = rhythm(plan);
    int count = left;
    proposing.run(
        () -> book.proposePlan(template(first), rhythm, count),
        proposals -> {
          List<Row> list = new ArrayList<>();
          for (int i = 0; i < proposals.size(); i++) {
            list.add(new Row(i + 1, proposals.get(i)));
          }
          rows.setAll(list);
          long moved = proposals.stream().filter(Proposal::moved).count();
          status.set(
              proposals.stream().anyMatch(p -> !p.placed())
                  ? "Some sessions have no free time near them. Choose another first slot, or"
                      + " free time in the book."
                  : moved == 0
                      ? "Every session is at the same weekday and time."
                      : moved == 1
                          ? "One session is moved; the reason is beside it."
                          : moved + " sessions are moved; the reasons are beside them.");
        },
        failure ->
            dialogs.showError(
                "The sessions could not be proposed", UserMessages.explain(failure, "Proposing")));
  }

  /**
   * Books every proposed session in one go; on a clash found meanwhile nothing is booked, the
   * therapist is told, and a new proposal is made. {@code then} runs with the booked ones.
   */
  public void bookAll(java.util.function.Consumer<List<Appointment>> then) {
    if (!canBook.get()) {
      return;
    }
    List<Booking> bookings = rows.stream().map(r -> template(r.proposal().start())).toList();
    busy.set(true);
    executor.execute(
        () -> book.bookAll(bookings),
        booked -> {
          busy.set(false);
          status.set(
              booked.size() == 1
                  ? "The session is booked."
                  : "All " + booked.size() + " sessions are booked.");
          then.accept(booked);
        },
        failure -> {
          busy.set(false);
          if (failure instanceof BookingConflictException clash) {
            dialogs.showError("Nothing was booked", clash.getMessage());
          } else {
            dialogs.showError(
                "The sessions were not booked", UserMessages.explain(failure, "Booking them"));
          }
          proposeIfReady();
        });
  }

  private Booking template(LocalDateTime start) {
    return Booking.inRoom(
        plan.clientId(), start, plan.sessionMinutes() > 0 ? plan.sessionMinutes() : 60);
  }

  private LocalTime firstTime() {
    String t = firstTime.get() == null ? "" : firstTime.get().strip().replace('.', ':');
    if (!t.matches("\\d{1,2}(:\\d{2})?")) {
      return null;
    }
    String[] parts = t.split(":");
    int h = Integer.parseInt(parts[0]);
    int m = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
  }

  static PlanSchedule.Rhythm rhythm(TreatmentPlan p) {
    return switch (p.frequency()) {
      case TWICE_WEEKLY -> PlanSchedule.Rhythm.TWICE_WEEKLY;
      case WEEKLY -> PlanSchedule.Rhythm.WEEKLY;
      case FORTNIGHTLY -> PlanSchedule.Rhythm.FORTNIGHTLY;
      case MONTHLY -> PlanSchedule.Rhythm.MONTHLY;
    };
  }

  private static String summary(TreatmentPlan p, PlanSchedule.SoFar soFar, int left) {
    String head =
        p.schedule() + ": " + soFar.done() + " done, " + soFar.booked().size() + " booked";
    return left == 0 ? head + ", none to book." : head + ", " + left + " to book.";
  }

  private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  // ----- for the view -----

  public ObjectProperty<LocalDate> firstDayProperty() {
    return firstDay;
  }

  /** The first session's time of day, typed like 10:00. */
  public StringProperty firstTimeProperty() {
    return firstTime;
  }

  public StringBinding firstProblem() {
    return firstProblem;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Whether Book all can go ahead: every session has a time and nothing is being worked out. */
  public BooleanBinding canBookBinding() {
    return canBook;
  }
}
