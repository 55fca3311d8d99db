package org.knotwork.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentRepository;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.BlockReason;
import org.knotwork.appointment.BlockedTime;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.WorkingHours;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.plan.Frequency;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.session.SessionFixtures;
import org.knotwork.session.SessionRepository;
import org.knotwork.testing.MovableClock;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class PlanBookingViewModelTest {
  // Sunday 1 March 2026, 10:00
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 10, 0);
  private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 3, 2, 10, 0);

  private Database db;
  private AppointmentService book;
  private RecordingDialogService dialogs;
  private PlanBookingViewModel vm;
  private long anna;
  private long oskar;

  @BeforeEach
  void aBook() {
    db = Database.inMemory();
    MovableClock clock = new MovableClock(NOW);
    ClientService clients = new ClientService(new ClientRepository(db.dsl()), clock, "anna");
    anna = clients.save(Client.builder().fullName("Anna Berg").build()).id();
    oskar = clients.save(Client.builder().fullName("Oskar Lind").build()).id();
    book = new AppointmentService(new AppointmentRepository(db.dsl()), clock, () -> "anna");
    book.saveSettings(
        new AppointmentSettings(
            ZoneId.of("Europe/London"), WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24));
    dialogs = new RecordingDialogService();
    vm = new PlanBookingViewModel(book, new CurrentThreadTaskExecutor(), dialogs, clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aNewPlanIsProposedFromTheFirstFreeTimeWeeklyAtTheSameTime() {
    vm.open(plan(anna, Frequency.WEEKLY, 4, LocalDate.of(2026, 3, 1)));
    assertThat(vm.summaryProperty().get())
        .isEqualTo("Weekly × 4 sessions of 60 minutes: 0 done, 0 booked, 4 to book.");
    // tomorrow, Monday, 09:00: the first free time
    assertThat(vm.firstDayProperty().get()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(vm.firstTimeProperty().get()).isEqualTo("09:00");
    assertThat(vm.rows())
        .extracting(r -> r.proposal().start())
        .containsExactly(
            MONDAY_TEN.withHour(9),
            MONDAY_TEN.withHour(9).plusWeeks(1),
            MONDAY_TEN.withHour(9).plusWeeks(2),
            MONDAY_TEN.withHour(9).plusWeeks(3));
    assertThat(vm.statusProperty().get())
        .isEqualTo("Every session is at the same weekday and time.");
    assertThat(vm.canBookBinding().get()).isTrue();
  }

  @Test
  void changingTheFirstSlotProposesAgainAndMarksTheMovedOnes() {
    book.book(Booking.inRoom(oskar, MONDAY_TEN.plusWeeks(1), 60), false);
    vm.open(plan(anna, Frequency.WEEKLY, 3, LocalDate.of(2026, 3, 1)));
    vm.firstTimeProperty().set("10:00");
    assertThat(vm.rows())
        .extracting(PlanBookingViewModel.Row::when)
        .containsExactly(
            "Mon 2 Mar 2026, 10:00", "Mon 9 Mar 2026, 11:00", "Mon 16 Mar 2026, 10:00");
    assertThat(vm.rows().get(1).proposal().reason())
        .isEqualTo("Moved from Mon 9 Mar 10:00: Overlaps Oskar Lind at 10:00–11:00");
    assertThat(vm.statusProperty().get())
        .isEqualTo("One session is moved; the reason is beside it.");
  }

  @Test
  void sessionsDoneAndBookedAreCountedAndTheRestFollowTheLastBooked() {
    new SessionRepository(db.dsl())
        .importNotes(
            List.of(SessionFixtures.signedNote(anna, LocalDateTime.of(2026, 2, 23, 14, 0), 60)),
            "anna");
    book.book(Booking.inRoom(anna, LocalDateTime.of(2026, 3, 3, 14, 0), 60), false);
    vm.open(plan(anna, Frequency.WEEKLY, 5, LocalDate.of(2026, 2, 20)));
    assertThat(vm.summaryProperty().get())
        .isEqualTo("Weekly × 5 sessions of 60 minutes: 1 done, 1 booked, 3 to book.");
    // a week after the one booked, at its time
    assertThat(vm.rows())
        .extracting(r -> r.proposal().start())
        .containsExactly(
            LocalDateTime.of(2026, 3, 10, 14, 0),
            LocalDateTime.of(2026, 3, 17, 14, 0),
            LocalDateTime.of(2026, 3, 24, 14, 0));
  }

  @Test
  void aPlanWithEverySessionDoneOrBookedProposesNothing() {
    book.book(Booking.inRoom(anna, MONDAY_TEN, 60), false);
    vm.open(plan(anna, Frequency.WEEKLY, 1, LocalDate.of(2026, 3, 1)));
    assertThat(vm.summaryProperty().get())
        .isEqualTo("Weekly × 1 session of 60 minutes: 0 done, 1 booked, none to book.");
    assertThat(vm.statusProperty().get())
        .isEqualTo("Nothing to book: every session of the plan is done or booked.");
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.canBookBinding().get()).isFalse();
  }

  @Test
  void bookAllBooksEveryProposedSession() {
    book.block(
        new BlockedTime(
            null,
            LocalDateTime.of(2026, 3, 9, 0, 0),
            LocalDateTime.of(2026, 3, 10, 0, 0),
            BlockReason.TRAINING,
            null));
    vm.open(plan(anna, Frequency.WEEKLY, 3, LocalDate.of(2026, 3, 1)));
    vm.firstTimeProperty().set("10:00");
    List<Appointment> booked = new ArrayList<>();
    vm.bookAll(booked::addAll);
    assertThat(booked)
        .extracting(Appointment::start)
        .containsExactly(MONDAY_TEN, LocalDateTime.of(2026, 3, 10, 10, 0), MONDAY_TEN.plusWeeks(2));
    assertThat(book.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1))).hasSize(3);
    assertThat(vm.statusProperty().get()).isEqualTo("All 3 sessions are booked.");
  }

  @Test
  void aClashBookedMeanwhileBooksNothingAndProposesAgain() {
    vm.open(plan(anna, Frequency.WEEKLY, 2, LocalDate.of(2026, 3, 1)));
    vm.firstTimeProperty().set("10:00");
    book.book(Booking.inRoom(oskar, MONDAY_TEN.plusWeeks(1), 60), false); // meanwhile
    List<Appointment> booked = new ArrayList<>();
    vm.bookAll(booked::addAll);
    assertThat(booked).isEmpty();
    assertThat(dialogs.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.title()).isEqualTo("Nothing was booked");
              assertThat(e.message())
                  .contains("Overlaps Oskar Lind")
                  .contains("Nothing was booked");
            });
    assertThat(book.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)))
        .extracting(Appointment::clientName)
        .containsExactly("Oskar Lind");
    assertThat(vm.rows().get(1).proposal().moved()).isTrue();
  }

  @Test
  void aTimeThatIsNoTimeStopsBooking() {
    vm.open(plan(anna, Frequency.WEEKLY, 2, LocalDate.of(2026, 3, 1)));
    vm.firstTimeProperty().set("25:00");
    assertThat(vm.firstProblem().get()).isEqualTo("Write the time like 10:00.");
    assertThat(vm.canBookBinding().get()).isFalse();
  }

  static TreatmentPlan plan(long client, Frequency frequency, int sessions, LocalDate starts) {
    return new TreatmentPlan(
        7L,
        client,
        PlanStatus.ACTIVE,
        starts,
        "",
        List.of(),
        List.of(),
        Set.of(),
        60,
        frequency,
        sessions,
        List.of(),
        "",
        null,
        "",
        starts,
        starts.atStartOfDay(),
        starts.atStartOfDay());
  }
}
