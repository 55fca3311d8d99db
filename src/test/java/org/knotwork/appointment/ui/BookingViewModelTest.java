package org.knotwork.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentRepository;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.PlaceKind;
import org.knotwork.appointment.Recurrence;
import org.knotwork.appointment.WorkingHours;
import org.knotwork.appointment.ui.BookingViewModel.PartOfDay;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.testing.MovableClock;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class BookingViewModelTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  // Wednesday 4 March 2026, 08:00
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 4, 8, 0);
  private static final LocalDateTime THURSDAY_TEN = LocalDateTime.of(2026, 3, 5, 10, 0);

  private Database db;
  private AppointmentService book;
  private ClientService clients;
  private RecordingDialogService dialogs;
  private BookingViewModel vm;
  private final List<Appointment> booked = new ArrayList<>();
  private long anna;
  private long oskar;
  private BookableService deepTissue;

  @BeforeEach
  void aBookInLondon() {
    db = Database.inMemory();
    MovableClock clock = new MovableClock(NOW);
    clients = new ClientService(new ClientRepository(db.dsl()), clock, "anna");
    anna =
        clients
            .save(Client.builder().fullName("Anna Berg").address("4 Mill Lane\nYork").build())
            .id();
    oskar = clients.save(Client.builder().fullName("Oskar Lind").build()).id();
    book = new AppointmentService(new AppointmentRepository(db.dsl()), clock, () -> "anna");
    book.saveSettings(new AppointmentSettings(LONDON, WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24));
    deepTissue = book.saveService(new BookableService(null, "Deep tissue", 90, "#4A90E2", true));
    dialogs = new RecordingDialogService();
    vm = new BookingViewModel(book, clients, new CurrentThreadTaskExecutor(), dialogs, booked::add);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void chooseAnna() {
    vm.clientQueryProperty().set("ann");
    vm.searchClients();
    assertThat(vm.matches()).extracting(s -> s.fullName()).containsExactly("Anna Berg");
    vm.chooseClient(vm.matches().get(0));
  }

  @Test
  void bookNextFromTodayOpensFindATimeWithTheClientChosen() {
    vm.startFinding(THURSDAY_TEN.toLocalDate());
    vm.chooseClient(oskar);

    assertThat(vm.clientProperty().get().fullName()).isEqualTo("Oskar Lind");
    assertThat(vm.clientQueryProperty().get()).isEqualTo("Oskar Lind");
    assertThat(vm.missingProperty().get()).startsWith("Choose the day");
  }

  @Test
  void aClickedSlotWithAServiceBooksTheServicesUsualLength() {
    vm.startAt(THURSDAY_TEN);
    assertThat(vm.missingProperty().get()).startsWith("Choose the client");
    chooseAnna();

    assertThat(vm.serviceProperty().get()).isEqualTo(deepTissue);
    assertThat(vm.lengthProperty().get()).isEqualTo(90);
    vm.book();

    assertThat(booked).hasSize(1);
    Appointment a = booked.get(0);
    assertThat(a.start()).isEqualTo(THURSDAY_TEN);
    assertThat(a.lengthMinutes()).isEqualTo(90);
    assertThat(a.booking().serviceId()).isEqualTo(deepTissue.id());
    assertThat(a.place().kind()).isEqualTo(PlaceKind.ROOM);
  }

  @Test
  void aMobileVisitTakesTheAddressFromTheRecordAndKeepsTravelTime() {
    vm.startAt(THURSDAY_TEN);
    chooseAnna();
    vm.atHomeProperty().set(true);
    assertThat(vm.addressProperty().get()).isEqualTo("4 Mill Lane\nYork");
    vm.travelBeforeProperty().set(20);
    vm.travelAfterProperty().set(15);
    vm.noteProperty().set("bring the bolster");

    vm.book();

    Booking b = booked.get(0).booking();
    assertThat(b.place().address()).isEqualTo("4 Mill Lane\nYork");
    assertThat(b.travelBeforeMinutes()).isEqualTo(20);
    assertThat(b.travelAfterMinutes()).isEqualTo(15);
    assertThat(b.privateNote()).isEqualTo("bring the bolster");
  }

  @Test
  void aClashIsNamedAndBookingAnywayIsTheTherapistsChoice() {
    book.book(Booking.inRoom(oskar, THURSDAY_TEN, 60), false);
    vm.startAt(THURSDAY_TEN.plusMinutes(30));
    chooseAnna();

    vm.book();

    assertThat(booked).isEmpty();
    assertThat(vm.messageProperty().get())
        .isEqualTo(
            "This time does not fit: Overlaps Oskar Lind at 10:00–11:00. Nothing was booked.");
    assertThat(dialogs.confirmations()).containsExactly("Book anyway?");

    dialogs.answerConfirmWith(true);
    vm.book();

    assertThat(booked).hasSize(1);
    assertThat(book.between(THURSDAY_TEN.toLocalDate(), THURSDAY_TEN.toLocalDate().plusDays(1)))
        .hasSize(2);
  }

  @Test
  void aWeeklyRepeatBooksTheSeries() {
    vm.startAt(THURSDAY_TEN);
    chooseAnna();
    vm.repeatProperty().set(Recurrence.Pattern.EVERY_TWO_WEEKS);
    vm.timesProperty().set(4);

    vm.book();

    assertThat(book.between(THURSDAY_TEN.toLocalDate(), THURSDAY_TEN.toLocalDate().plusWeeks(8)))
        .extracting(Appointment::start)
        .containsExactly(
            THURSDAY_TEN,
            THURSDAY_TEN.plusWeeks(2),
            THURSDAY_TEN.plusWeeks(4),
            THURSDAY_TEN.plusWeeks(6));
  }

  @Test
  void findATimeOffersTheFirstTenOnTheChosenDaysAndPartsOfTheDayAndOneClickBooks() {
    vm.startFinding(NOW.toLocalDate());
    chooseAnna();
    vm.weekdays().retainAll(List.of(DayOfWeek.TUESDAY));
    vm.partsOfDay().retainAll(List.of(PartOfDay.AFTERNOON));
    // Tuesday afternoons 12:00–17:00 hold two 90-minute slots without overlapping each other

    vm.findTimes();

    assertThat(vm.slots()).hasSize(BookingViewModel.SLOTS);
    assertThat(vm.slots())
        .allSatisfy(
            t -> {
              assertThat(t.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
              assertThat(t.toLocalTime()).isAfterOrEqualTo(LocalTime.NOON);
              assertThat(t.plusMinutes(90).toLocalTime()).isBeforeOrEqualTo(LocalTime.of(17, 0));
            });
    assertThat(vm.slots().get(0)).isEqualTo(LocalDateTime.of(2026, 3, 10, 12, 0));

    vm.bookSlot(vm.slots().get(0));

    assertThat(booked)
        .extracting(Appointment::start)
        .containsExactly(LocalDateTime.of(2026, 3, 10, 12, 0));
  }

  @Test
  void findATimeLooksInEachChosenPartOfTheDay() {
    vm.startFinding(LocalDate.of(2026, 3, 5));
    chooseAnna();
    vm.lengthProperty().set(60);
    vm.weekdays().retainAll(List.of(DayOfWeek.THURSDAY));
    vm.partsOfDay().retainAll(List.of(PartOfDay.MORNING));

    vm.findTimes();

    assertThat(vm.slots()).first().isEqualTo(LocalDateTime.of(2026, 3, 5, 9, 0));
    assertThat(vm.slots()).allSatisfy(t -> assertThat(t.toLocalTime()).isBefore(LocalTime.NOON));
  }
}
