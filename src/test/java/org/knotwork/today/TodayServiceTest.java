package org.knotwork.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentRepository;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.appointment.Place;
import org.knotwork.appointment.WorkingHours;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlerts;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.HealthCondition;
import org.knotwork.db.Database;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.plan.Frequency;
import org.knotwork.plan.PlanRepository;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.practice.TestTherapist;
import org.knotwork.session.SessionFixtures;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.SessionService;
import org.knotwork.testing.MovableClock;
import org.knotwork.today.TodayAppointment.RegionPain;

class TodayServiceTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  // Monday 2 March 2026, 08:00 in London (GMT, so UTC too)
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final LocalDateTime NOW = DAY.atTime(8, 0);

  private Database db;
  private MovableClock clock;
  private ClientService clients;
  private SessionService sessions;
  private SessionRepository notes;
  private AppointmentService book;
  private TodayService today;
  private PlanRepository plans;

  @BeforeEach
  void aPracticeInLondon() {
    db = Database.inMemory();
    clock = new MovableClock(NOW);
    new PracticeService(new PracticeRepository(db.dsl()), clock)
        .start("Harbour", false, TestTherapist.PROFILE);
    clients = new ClientService(new ClientRepository(db.dsl()), clock, "anna");
    notes = new SessionRepository(db.dsl());
    sessions =
        new SessionService(notes, clock, () -> "anna", () -> Optional.of(TestTherapist.SIGNER));
    book = new AppointmentService(new AppointmentRepository(db.dsl()), clock, () -> "anna");
    book.saveSettings(new AppointmentSettings(LONDON, WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24));
    OutcomeService outcomes =
        new OutcomeService(new OutcomeRepository(db.dsl()), clock, () -> "anna");
    plans = new PlanRepository(db.dsl());
    // as AppContext connects them
    sessions.whenSigned(book::completeByNote);
    today =
        new TodayService(new TodayRepository(db.dsl()), book, clients, outcomes, sessions, clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private long client(Client.Builder builder) {
    return clients.save(builder.build()).id();
  }

  private Appointment bookAt(long clientId, int hour, int minutes) {
    return book.book(Booking.inRoom(clientId, DAY.atTime(hour, 0), minutes), true);
  }

  private long activePlan(long clientId, LocalDate startsOn, int sessions, LocalDate reassessOn) {
    TreatmentPlan draft =
        new TreatmentPlan(
            null,
            clientId,
            PlanStatus.DRAFT,
            startsOn,
            "Tight lower back from desk work",
            List.of(),
            List.of(),
            Set.of(),
            60,
            Frequency.WEEKLY,
            sessions,
            List.of(),
            "",
            reassessOn,
            "",
            null,
            NOW.minusDays(30),
            null);
    long id = plans.insert(draft, "anna", NOW.minusDays(30));
    plans.activate(id, startsOn, TestTherapist.SIGNER, "anna", NOW.minusDays(30));
    return id;
  }

  @Test
  void aDayListsItsAppointmentsInOrderWithEveryFieldOfEach() {
    long anna =
        client(
            Client.builder()
                .fullName("Anna Berg")
                .conditions(
                    List.of(
                        new ConditionEntry(HealthCondition.ANTICOAGULANTS, null, null, null),
                        new ConditionEntry(
                            HealthCondition.PREGNANCY, null, null, DAY.plusWeeks(20)))));
    long oskar =
        client(Client.builder().fullName("Oskar Lind").generalConsentOn(DAY.minusYears(1)));
    BookableService deep =
        book.saveService(new BookableService(null, "Deep tissue", 60, "#3366aa", true));
    // Anna: two signed visits, the later one 10 days ago; a plan of 6 started 3 weeks ago
    notes.importNotes(
        List.of(
            SessionFixtures.signedNote(anna, DAY.minusDays(17).atTime(10, 0), 60),
            SessionFixtures.signedNote(anna, DAY.minusDays(10).atTime(10, 0), 45)),
        "anna");
    activePlan(anna, DAY.minusWeeks(3), 6, DAY.minusDays(1));
    Appointment annaAt14 = bookAt(anna, 14, 60);
    Appointment oskarAt9 =
        book.book(
            new Booking(
                oskar,
                DAY.atTime(9, 0),
                60,
                deep.id(),
                Place.clientHome("4 Mill Lane\nHarbourside"),
                15,
                15,
                null),
            false);

    TodayOverview day = today.day(DAY, NOW);

    assertThat(day.appointments())
        .extracting(TodayAppointment::id)
        .containsExactly(oskarAt9.id(), annaAt14.id());
    TodayAppointment first = day.appointments().get(0);
    assertThat(first.appointment().start()).isEqualTo(DAY.atTime(9, 0));
    assertThat(first.appointment().clientName()).isEqualTo("Oskar Lind");
    assertThat(first.service()).isEqualTo("Deep tissue");
    assertThat(first.appointment().place().shortName()).isEqualTo("4 Mill Lane");
    // a client with no visits, consent given and nothing in the health history
    assertThat(first.alerts()).isEmpty();
    assertThat(first.lastVisit()).isNull();
    assertThat(first.reassessment()).isNull();
    assertThat(first.draftId()).isNull();
    assertThat(first.planSession()).isNull();

    TodayAppointment second = day.appointments().get(1);
    assertThat(second.service()).isNull();
    assertThat(second.client().fullName()).isEqualTo("Anna Berg");
    // the very alerts the client header shows, pregnancy weeks counted on the day
    assertThat(second.alerts())
        .isEqualTo(ClientAlerts.of(clients.load(anna), DAY))
        .extracting(a -> a.headline())
        .contains(
            "Anticoagulants, antiplatelets or bleeding disorder",
            "Pregnancy, 20 weeks",
            "No general consent on file");
    assertThat(second.lastVisit().on()).isEqualTo(DAY.minusDays(10));
    assertThat(second.lastVisit().daysAgo()).isEqualTo(10);
    assertThat(second.lastVisit().regions())
        .containsExactly(new RegionPain(BackRegion.LOWER_BACK, Side.RIGHT, 7, 3));
    assertThat(second.lastVisit().regions().get(0).text()).isEqualTo("Lower back R 7 → 3");
    assertThat(second.reassessment().on()).isEqualTo(DAY.minusDays(1));
    assertThat(second.reassessment().text()).isEqualTo("Reassessment overdue by 1 day");
    assertThat(second.draftId()).isNull();
    // both visits since the plan started were before the day: this is the third
    assertThat(second.planSession().text()).isEqualTo("Session 3 of 6");
    // Anna is booked today, so she is not among the plans to book
    assertThat(day.plansToBook()).isEmpty();
    assertThat(day.next()).map(TodayAppointment::id).contains(oskarAt9.id());
  }

  @Test
  void aCancelledAppointmentStaysOnTheDayButIsNeverTheNextOne() {
    long cora = client(Client.builder().fullName("Cora Holm"));
    long dan = client(Client.builder().fullName("Dan Ek"));
    Appointment cancelled = bookAt(cora, 9, 60);
    book.cancel(cancelled.id(), CancelledBy.CLIENT);
    Appointment later = bookAt(dan, 11, 60);

    TodayOverview day = today.day(DAY, NOW);

    assertThat(day.appointments())
        .extracting(TodayAppointment::state)
        .containsExactly(AppointmentState.CANCELLED_LATE, AppointmentState.BOOKED);
    assertThat(day.appointments().get(0).open()).isFalse();
    assertThat(day.next()).map(TodayAppointment::id).contains(later.id());
    assertThat(day.anyAppointments()).isTrue();
  }

  @Test
  void aDraftFromYesterdayIsWaitingBesideTheDayAndOnTheClientsAppointment() {
    long anna = client(Client.builder().fullName("Anna Berg"));
    clock.set(DAY.minusDays(1).atTime(16, 0));
    SessionNote yesterday = sessions.startNote(anna, false);
    clock.set(NOW);
    bookAt(anna, 10, 60);

    TodayOverview day = today.day(DAY, NOW);

    assertThat(day.earlierDrafts())
        .containsExactly(
            new DraftWaiting(yesterday.id(), anna, "Anna Berg", yesterday.serviceStart()));
    assertThat(day.appointments().get(0).draftId()).isEqualTo(yesterday.id());
    assertThat(day.appointments().get(0).draftIsThisVisits()).isFalse();
  }

  @Test
  void aPlanWithSessionsLeftAndNothingBookedIsListedToBook() {
    long eva = client(Client.builder().fullName("Eva Strand"));
    long finn = client(Client.builder().fullName("Finn Alm"));
    long greta = client(Client.builder().fullName("Greta Ny"));
    notes.importNotes(
        List.of(SessionFixtures.signedNote(eva, DAY.minusDays(7).atTime(10, 0), 60)), "anna");
    long evasPlan = activePlan(eva, DAY.minusWeeks(2), 6, null);
    // Finn has his next visit booked; Greta's plan of one session is used up
    activePlan(finn, DAY.minusWeeks(2), 6, null);
    book.book(Booking.inRoom(finn, DAY.plusDays(3).atTime(10, 0), 60), false);
    notes.importNotes(
        List.of(SessionFixtures.signedNote(greta, DAY.minusDays(3).atTime(10, 0), 60)), "anna");
    activePlan(greta, DAY.minusWeeks(1), 1, null);

    TodayOverview day = today.day(DAY, NOW);

    assertThat(day.plansToBook())
        .containsExactly(new PlanToBook(eva, "Eva Strand", evasPlan, 1, 6));
    assertThat(day.plansToBook().get(0).text()).isEqualTo("1 of 6 sessions held, 5 left");
    assertThat(day.appointments()).isEmpty();
    assertThat(day.anyAppointments()).isTrue();
  }

  @Test
  void aNoteStartedFromAnAppointmentTakesItsTimeAndSigningItCompletesTheAppointment() {
    long anna = client(Client.builder().fullName("Anna Berg"));
    Appointment a = bookAt(anna, 10, 45);
    today.arrived(a.id());

    long noteId = today.startNote(a.id());

    SessionNote draft = sessions.load(noteId);
    assertThat(draft.serviceStart()).isEqualTo(DAY.atTime(10, 0));
    assertThat(draft.durationMinutes()).isEqualTo(45);
    assertThat(book.load(a.id()).sessionId()).isEqualTo(noteId);
    assertThat(today.startNote(a.id())).as("the same note again").isEqualTo(noteId);
    TodayAppointment row = today.day(DAY, NOW).appointments().get(0);
    assertThat(row.draftIsThisVisits()).isTrue();

    SessionNote filled =
        SessionFixtures.fullDraft(anna, draft.serviceStart(), draft.writtenAt()).withId(noteId);
    sessions.saveDraft(filled);
    sessions.sign(filled);

    assertThat(book.load(a.id()).state()).isEqualTo(AppointmentState.COMPLETED);
  }

  @Test
  void discardingTheDraftLeavesTheAppointmentWithoutANote() {
    long anna = client(Client.builder().fullName("Anna Berg"));
    Appointment a = bookAt(anna, 10, 60);
    long noteId = today.startNote(a.id());

    sessions.discardDraft(noteId);

    Appointment after = book.load(a.id());
    assertThat(after.sessionId()).isNull();
    assertThat(after.state()).isEqualTo(AppointmentState.BOOKED);
  }

  @Test
  void aNoShowGetsNoNote() {
    long anna = client(Client.builder().fullName("Anna Berg"));
    Appointment a = bookAt(anna, 10, 60);
    today.noShow(a.id());

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> today.startNote(a.id()))
        .hasMessageContaining("no-show");
    assertThat(sessions.list(anna)).isEmpty();
  }

  @Test
  void aDayReadsAHandfulOfQueriesWhateverItsNumberOfAppointments() {
    // every query is counted by the listener below; ten appointments read as few as one
    long first = client(Client.builder().fullName("Tomorrow's client"));
    book.book(Booking.inRoom(first, DAY.plusDays(1).atTime(9, 0), 60), false);
    notes.importNotes(
        List.of(SessionFixtures.signedNote(first, DAY.minusDays(5).atTime(10, 0), 60)), "anna");
    for (int i = 0; i < 8; i++) {
      long c = client(Client.builder().fullName("Client " + i));
      notes.importNotes(
          List.of(SessionFixtures.signedNote(c, DAY.minusDays(5).atTime(10, 0), 60)), "anna");
      bookAt(c, 9 + i, 60);
    }
    int[] queries = new int[1];
    org.jooq.ExecuteListener counter =
        new org.jooq.ExecuteListener() {
          @Override
          public void executeStart(org.jooq.ExecuteContext ctx) {
            queries[0]++;
          }
        };
    db.dsl().configuration().set(org.jooq.impl.DefaultExecuteListenerProvider.providers(counter));
    today.day(DAY, NOW);
    int forEight = queries[0];
    queries[0] = 0;
    today.day(DAY.plusDays(1), NOW);
    int forOne = queries[0];
    assertThat(forEight).isEqualTo(forOne).isBetween(5, 15);
  }
}
