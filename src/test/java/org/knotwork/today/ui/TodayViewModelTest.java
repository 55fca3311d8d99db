package org.knotwork.today.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.appointment.AppointmentRepository;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.WorkingHours;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.practice.TestTherapist;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.SessionService;
import org.knotwork.testing.MovableClock;
import org.knotwork.today.TodayAppointment;
import org.knotwork.today.TodayRepository;
import org.knotwork.today.TodayService;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

/** The Today screen's state and actions, without a toolkit. */
class TodayViewModelTest {
  // Monday 2 March 2026, 10:30 in London (GMT)
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private Database db;
  private AppointmentService book;
  private RecordingDialogService dialogs;
  private TodayViewModel vm;
  private long anna;
  private final List<Long> opened = new ArrayList<>();
  private final List<long[]> notesOpened = new ArrayList<>();

  @BeforeEach
  void aDay() {
    db = Database.inMemory();
    MovableClock clock = new MovableClock(DAY.atTime(10, 30));
    ClientService clients = new ClientService(new ClientRepository(db.dsl()), clock, "anna");
    anna = clients.save(Client.builder().fullName("Anna Berg").build()).id();
    long oskar = clients.save(Client.builder().fullName("Oskar Lind").build()).id();
    book = new AppointmentService(new AppointmentRepository(db.dsl()), clock, () -> "anna");
    book.saveSettings(
        new AppointmentSettings(
            ZoneId.of("Europe/London"), WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24));
    book.book(Booking.inRoom(oskar, DAY.atTime(9, 0), 60), false);
    book.book(Booking.inRoom(anna, DAY.atTime(11, 0), 60), false);
    SessionService sessions =
        new SessionService(
            new SessionRepository(db.dsl()),
            clock,
            () -> "anna",
            () -> Optional.of(TestTherapist.SIGNER));
    TodayService today =
        new TodayService(
            new TodayRepository(db.dsl()),
            book,
            clients,
            new OutcomeService(new OutcomeRepository(db.dsl()), clock, () -> "anna"),
            sessions,
            clock);
    dialogs = new RecordingDialogService();
    vm = new TodayViewModel(today, new CurrentThreadTaskExecutor(), dialogs);
    vm.setOnOpenClient(opened::add);
    vm.setOnOpenNote((client, note) -> notesOpened.add(new long[] {client, note}));
    vm.load();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private TodayAppointment annas() {
    return vm.appointments().stream().filter(a -> a.clientId() == anna).findFirst().orElseThrow();
  }

  @Test
  void theNextAppointmentIsTheFirstNotOverYet() {
    assertThat(vm.appointments()).hasSize(2);
    assertThat(vm.nextProperty().get().clientId())
        .as("Oskar's 9:00 is over by 10:30")
        .isEqualTo(anna);
    assertThat(vm.headingProperty().get()).isEqualTo("Today, Monday 2 March");
    assertThat(vm.summaryProperty().get()).isEqualTo("2 appointments");
    assertThat(vm.anyAppointmentsProperty().get()).isTrue();
  }

  @Test
  void aNoShowIsRecordedOnlyWhenTheTherapistSaysSo() {
    dialogs.answerConfirmWith(false);
    vm.markNoShow(annas());
    assertThat(annas().state()).isEqualTo(AppointmentState.BOOKED);
    assertThat(dialogs.confirmMessages()).singleElement().asString().contains("Anna Berg");

    dialogs.answerConfirmWith(true);
    vm.markNoShow(annas());
    assertThat(annas().state()).isEqualTo(AppointmentState.NO_SHOW);
    assertThat(vm.canMarkArrived(annas())).isFalse();
    assertThat(vm.summaryProperty().get()).isEqualTo("2 appointments, 1 still to come");
  }

  @Test
  void startNoteOpensTheLinkedNoteAndThenOffersToOpenIt() {
    vm.markArrived(annas());
    assertThat(annas().state()).isEqualTo(AppointmentState.ARRIVED);
    assertThat(vm.noteLabel(annas())).isEqualTo("Start note");

    vm.startNote(annas());

    assertThat(notesOpened).hasSize(1);
    assertThat(notesOpened.get(0)[0]).isEqualTo(anna);
    long noteId = notesOpened.get(0)[1];
    assertThat(book.load(annas().id()).sessionId()).isEqualTo(noteId);
    vm.load();
    assertThat(vm.noteLabel(annas())).isEqualTo("Open note");
    assertThat(annas().draftIsThisVisits()).isTrue();
  }

  @Test
  void bookNextOpensTheClientUntilTheBookIsConnected() {
    vm.bookNext(anna);
    assertThat(opened).containsExactly(anna);

    List<Long> booked = new ArrayList<>();
    vm.setOnBookNext(booked::add);
    vm.bookNext(anna);
    assertThat(booked).containsExactly(anna);
    assertThat(opened).containsExactly(anna);
  }

  @Test
  void aFailedActionSaysSoAndShowsTheDayAsItIs() {
    TodayAppointment stale = annas();
    book.markNoShow(stale.id()); // meanwhile, elsewhere
    vm.markArrived(stale);
    assertThat(dialogs.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.title()).isEqualTo("The arrival was not recorded"));
    assertThat(annas().state()).isEqualTo(AppointmentState.NO_SHOW);
  }
}
