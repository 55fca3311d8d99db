package org.knotwork.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentRepository;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.appointment.WorkingHours;
import org.knotwork.appointment.ui.AppointmentBookViewModel.Span;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.testing.MovableClock;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.QueuedTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class AppointmentBookViewModelTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  // Wednesday 4 March 2026, 08:00
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 4, 8, 0);
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  private Database db;
  private AppointmentService book;
  private RecordingDialogService dialogs;
  private AppointmentBookViewModel vm;
  private final List<Long> opened = new ArrayList<>();
  private long anna;
  private long oskar;

  @BeforeEach
  void aBookInLondon() {
    db = Database.inMemory();
    MovableClock clock = new MovableClock(NOW);
    ClientService clients = new ClientService(new ClientRepository(db.dsl()), clock, "anna");
    anna = clients.save(Client.builder().fullName("Anna Berg").build()).id();
    oskar = clients.save(Client.builder().fullName("Oskar Lind").build()).id();
    book = new AppointmentService(new AppointmentRepository(db.dsl()), clock, () -> "anna");
    book.saveSettings(new AppointmentSettings(LONDON, WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24));
    dialogs = new RecordingDialogService();
    vm =
        new AppointmentBookViewModel(
            book, new CurrentThreadTaskExecutor(), dialogs, clock, opened::add);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Appointment at(long client, LocalDateTime start, int minutes) {
    return book.book(Booking.inRoom(client, start, minutes), false);
  }

  @Test
  void theWeekRunsMondayToSundayAndReadsOnlyItsOwnDays() {
    at(anna, MONDAY.atTime(10, 0), 60);
    // the Sunday before, outside working hours
    book.book(Booking.inRoom(oskar, MONDAY.minusDays(1).atTime(10, 0), 60), true);
    at(oskar, MONDAY.plusDays(7).atTime(10, 0), 60); // the Monday after

    vm.load();

    assertThat(vm.days()).hasSize(7).first().isEqualTo(MONDAY);
    assertThat(vm.pageProperty().get().from()).isEqualTo(MONDAY);
    assertThat(vm.appointments()).extracting(Appointment::clientName).containsExactly("Anna Berg");
    assertThat(vm.titleProperty().get()).isEqualTo("2 Mar – 8 Mar 2026");
  }

  @Test
  void previousNextAndTodayStepByTheSpanOnShow() {
    vm.load();
    vm.next();
    assertThat(vm.from()).isEqualTo(MONDAY.plusWeeks(1));
    vm.showSpan(Span.DAY);
    vm.previous();
    assertThat(vm.days()).containsExactly(LocalDate.of(2026, 3, 10));
    vm.showSpan(Span.MONTH);
    assertThat(vm.from()).isEqualTo(LocalDate.of(2026, 2, 23)); // the Monday before 1 March
    assertThat(vm.days()).hasSize(42);
    vm.next();
    assertThat(vm.titleProperty().get()).isEqualTo("April 2026");
    vm.goToday();
    assertThat(vm.dateProperty().get()).isEqualTo(NOW.toLocalDate());
  }

  @Test
  void cancelledAppointmentsAreHiddenUntilAskedFor() {
    Appointment kept = at(anna, MONDAY.plusDays(3).atTime(10, 0), 60);
    Appointment called = at(oskar, MONDAY.plusDays(3).atTime(12, 0), 60);
    book.cancel(called.id(), CancelledBy.THERAPIST);

    vm.load();
    assertThat(vm.appointments()).extracting(Appointment::id).containsExactly(kept.id());

    vm.showCancelledProperty().set(true);
    assertThat(vm.appointments()).extracting(Appointment::id).contains(kept.id(), called.id());
  }

  @Test
  void aRefusedMoveNamesTheClashAndLeavesTheBookAsItWas() {
    Appointment annas = at(anna, MONDAY.plusDays(3).atTime(10, 0), 60);
    Appointment oskars = at(oskar, MONDAY.plusDays(3).atTime(14, 0), 60);
    vm.load();

    vm.move(oskars, annas.start().plusMinutes(30));

    assertThat(vm.messageProperty().get())
        .isEqualTo(
            "This time does not fit: Overlaps Anna Berg at 10:00–11:00. Nothing was booked.");
    assertThat(dialogs.confirmations()).containsExactly("Move anyway?");
    assertThat(book.load(oskars.id()).start()).isEqualTo(oskars.start());
    assertThat(vm.appointments())
        .filteredOn(a -> a.id() == oskars.id())
        .extracting(Appointment::start)
        .containsExactly(oskars.start());
  }

  @Test
  void moveAnywayDoubleBooksOnPurpose() {
    Appointment annas = at(anna, MONDAY.plusDays(3).atTime(10, 0), 60);
    Appointment oskars = at(oskar, MONDAY.plusDays(3).atTime(14, 0), 60);
    vm.load();
    dialogs.answerConfirmWith(true);

    vm.move(oskars, annas.start().plusMinutes(30));

    assertThat(book.load(oskars.id()).start()).isEqualTo(annas.start().plusMinutes(30));
    assertThat(vm.messageProperty().get()).endsWith("It overlaps on purpose.");
  }

  @Test
  void draggingTheEdgeChangesTheLength() {
    Appointment annas = at(anna, MONDAY.plusDays(3).atTime(10, 0), 60);
    vm.load();

    vm.changeLength(annas, 90);

    assertThat(book.load(annas.id()).lengthMinutes()).isEqualTo(90);
    assertThat(vm.selectedProperty().get().lengthMinutes()).isEqualTo(90);
  }

  @Test
  void deleteAsksWhoCancelledAndAClientsShortNoticeIsLate() {
    Appointment soon = at(anna, NOW.plusHours(3), 60); // 11:00 today, three hours' notice
    vm.load();
    List<String> asked = new ArrayList<>();
    vm.askWhoCancelsWith(
        a -> {
          asked.add(a.clientName());
          return Optional.of(CancelledBy.CLIENT);
        });

    vm.cancel(soon);

    assertThat(asked).containsExactly("Anna Berg");
    assertThat(book.load(soon.id()).state()).isEqualTo(AppointmentState.CANCELLED_LATE);
    assertThat(vm.appointments()).isEmpty();
  }

  @Test
  void changingTheirMindAtTheQuestionCancelsNothing() {
    Appointment soon = at(anna, NOW.plusHours(3), 60);
    vm.load();
    vm.askWhoCancelsWith(a -> Optional.empty());

    vm.cancel(soon);

    assertThat(book.load(soon.id()).state()).isEqualTo(AppointmentState.BOOKED);
  }

  @Test
  void arrowsMoveTheSelectionInTimeAndAcrossDays() {
    Appointment mon10 = at(anna, MONDAY.atTime(10, 0), 60);
    Appointment mon14 = at(oskar, MONDAY.atTime(14, 0), 60);
    Appointment tue09 = at(anna, MONDAY.plusDays(1).atTime(9, 0), 60);
    Appointment tue13 = at(oskar, MONDAY.plusDays(1).atTime(13, 0), 60);
    vm.load();

    vm.selectInTime(1);
    assertThat(vm.selectedProperty().get().id()).isEqualTo(mon10.id());
    vm.selectInTime(1);
    assertThat(vm.selectedProperty().get().id()).isEqualTo(mon14.id());
    vm.selectAcrossDays(1); // 14:00 on Monday: nearest on Tuesday is 13:00
    assertThat(vm.selectedProperty().get().id()).isEqualTo(tue13.id());
    vm.selectInTime(-1);
    assertThat(vm.selectedProperty().get().id()).isEqualTo(tue09.id());
    vm.selectAcrossDays(-1); // 09:00 on Tuesday: nearest on Monday is 10:00
    assertThat(vm.selectedProperty().get().id()).isEqualTo(mon10.id());
  }

  @Test
  void arrivedNoShowAndOpenClient() {
    Appointment annas = at(anna, MONDAY.plusDays(2).atTime(10, 0), 60);
    Appointment oskars = at(oskar, MONDAY.plusDays(2).atTime(12, 0), 60);
    vm.load();

    vm.markArrived(annas);
    vm.markNoShow(oskars);
    vm.openClient(annas);

    assertThat(book.load(annas.id()).state()).isEqualTo(AppointmentState.ARRIVED);
    assertThat(book.load(oskars.id()).state()).isEqualTo(AppointmentState.NO_SHOW);
    assertThat(opened).containsExactly(anna);
  }

  @Test
  void theNextWeekShowsAtOnceFromTheWeeksReadAheadAndAChangeForgetsThem() {
    at(anna, MONDAY.plusWeeks(1).atTime(10, 0), 60);
    QueuedTaskExecutor queued = new QueuedTaskExecutor();
    AppointmentBookViewModel ahead =
        new AppointmentBookViewModel(book, queued, dialogs, new MovableClock(NOW), id -> {});
    ahead.load();
    queued.runAll(); // this week, then the weeks before and after

    ahead.next();

    // shown before any work runs: nothing is read on the way
    assertThat(ahead.pageProperty().get().from()).isEqualTo(MONDAY.plusWeeks(1));
    assertThat(ahead.appointments())
        .extracting(Appointment::clientName)
        .containsExactly("Anna Berg");

    queued.runAll(); // reads the week after that ahead, still empty
    // a booking made meanwhile: coming back to the book forgets what was read ahead
    at(oskar, MONDAY.plusWeeks(2).atTime(10, 0), 60);
    ahead.load();
    ahead.next();
    assertThat(ahead.pageProperty().get().from()).isEqualTo(MONDAY.plusWeeks(1));
    queued.runAll();
    assertThat(ahead.pageProperty().get().from()).isEqualTo(MONDAY.plusWeeks(2));
    assertThat(ahead.appointments())
        .extracting(Appointment::clientName)
        .containsExactly("Oskar Lind");
  }

  @Test
  void aBookingMadeInTheFormShowsItsWeekAndIsSelected() {
    vm.load();
    Appointment later = at(anna, MONDAY.plusWeeks(3).atTime(10, 0), 60);

    vm.booked(later);

    assertThat(vm.from()).isEqualTo(MONDAY.plusWeeks(3));
    assertThat(vm.selectedProperty().get().id()).isEqualTo(later.id());
    assertThat(vm.messageProperty().get()).isEqualTo("Booked Anna Berg on Mon 23 Mar at 10:00.");
  }
}
