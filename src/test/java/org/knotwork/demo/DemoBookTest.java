package org.knotwork.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentRepository;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.appointment.BlockReason;
import org.knotwork.appointment.BlockedTime;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.BookingRules;
import org.knotwork.appointment.WorkingHours;
import org.knotwork.audit.AuditEntry;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.db.Database;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.plan.PlanRepository;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.SessionRepository;

/** The demo practice's appointment book: its past, its holidays and the weeks ahead. */
class DemoBookTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-11T07:30:00Z"), ZoneOffset.UTC);
  private static final LocalDateTime NOW = LocalDateTime.now(CLOCK);
  private static final LocalDate TODAY = NOW.toLocalDate();

  private static Database db;
  private static AppointmentRepository book;
  private static List<Appointment> all;
  private static List<Note> notes;

  private record Note(long id, long clientId, LocalDateTime serviceStart, NoteStatus status) {}

  private static Map<Long, Client> clients;

  @BeforeAll
  static void demoPractice() {
    db = Database.inMemory();
    book = new AppointmentRepository(db.dsl());
    ClientRepository clientRepository = new ClientRepository(db.dsl());
    SessionRepository sessions = new SessionRepository(db.dsl());
    new DemoPractice(
            new PracticeService(new PracticeRepository(db.dsl()), CLOCK),
            clientRepository,
            sessions,
            new OutcomeRepository(db.dsl()),
            new PlanRepository(db.dsl()),
            book,
            CLOCK)
        .create(120, 3, 5L);
    all =
        book.startingBetween(
            LocalDateTime.of(1990, 1, 1, 0, 0), LocalDateTime.of(2100, 1, 1, 0, 0));
    clients =
        clientRepository.search(List.of(), true).stream()
            .map(s -> clientRepository.find(s.id()).orElseThrow())
            .collect(Collectors.toMap(Client::id, Function.identity()));
    notes =
        clients.keySet().stream()
            .flatMap(
                id ->
                    sessions.summaries(id).stream()
                        .map(n -> new Note(n.id(), id, n.serviceStart(), n.status())))
            .toList();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void everyVisitHasOneAppointmentCompletedByItsSignedNoteOrArrivedWhileItIsADraft() {
    Map<Long, Appointment> bySession =
        all.stream()
            .filter(a -> a.sessionId() != null)
            .collect(Collectors.toMap(Appointment::sessionId, Function.identity()));
    assertThat(bySession).hasSize(notes.size());
    assertThat(notes.stream().filter(n -> n.status() == NoteStatus.DRAFT)).isNotEmpty();
    for (Note note : notes) {
      Appointment a = bySession.get(note.id());
      assertThat(a).as("appointment of note %s", note.id()).isNotNull();
      assertThat(a.start()).isEqualTo(note.serviceStart());
      assertThat(a.clientId()).isEqualTo(note.clientId());
      assertThat(a.state())
          .isEqualTo(
              note.status() == NoteStatus.SIGNED
                  ? AppointmentState.COMPLETED
                  : AppointmentState.ARRIVED);
      assertThat(a.createdAt()).isBefore(a.start());
    }
  }

  @Test
  void aboutFivePercentOfVisitsHaveANoShowOrALateCancellationBeforeThem() {
    long missed =
        all.stream()
            .filter(a -> a.start().isBefore(NOW))
            .filter(
                a ->
                    a.state() == AppointmentState.NO_SHOW
                        || a.state() == AppointmentState.CANCELLED_LATE)
            .count();
    double share = (double) missed / notes.size();
    assertThat(share).isBetween(0.03, 0.07);
    assertThat(all)
        .filteredOn(a -> a.state().isCancelled())
        .isNotEmpty()
        .allSatisfy(
            a -> {
              assertThat(a.cancelledBy()).isNotNull();
              assertThat(a.cancelledAt()).isAfterOrEqualTo(a.createdAt()).isBeforeOrEqualTo(NOW);
            });
    assertThat(all)
        .filteredOn(a -> a.state() == AppointmentState.CANCELLED_LATE)
        .allSatisfy(
            a -> assertThat(Duration.between(a.cancelledAt(), a.start())).isLessThan(hours(24)));
  }

  @Test
  void holidaysAndTrainingDaysAreBlockedAndNoVisitFallsOnThem() {
    List<BlockedTime> blocked =
        book.blockedBetween(TODAY.minusYears(3).atStartOfDay(), TODAY.plusWeeks(5).atStartOfDay());
    assertThat(blocked).extracting(BlockedTime::reason).contains(BlockReason.HOLIDAY);
    assertThat(blocked).extracting(BlockedTime::reason).contains(BlockReason.TRAINING);
    long holidayDaysLastYear =
        blocked.stream()
            .filter(b -> b.reason() == BlockReason.HOLIDAY)
            .filter(b -> b.start().getYear() == TODAY.getYear() - 1)
            .mapToLong(b -> Duration.between(b.start(), b.end()).toDays())
            .sum();
    assertThat(holidayDaysLastYear).as("about three weeks a year").isBetween(14L, 28L);
    for (Appointment a : all) {
      if (a.state() == AppointmentState.CANCELLED) {
        continue;
      }
      assertThat(blocked)
          .as("%s on %s", a.state(), a.start())
          .noneMatch(b -> a.start().isBefore(b.end()) && a.end().isAfter(b.start()));
    }
  }

  @Test
  void theNextFourWeeksAreBookedToAboutSeventyPercentWithoutClashes() {
    AppointmentSettings settings = book.settings(ZoneOffset.UTC);
    LocalDate end = TODAY.plusWeeks(4);
    List<BlockedTime> blocked = book.blockedBetween(TODAY.atStartOfDay(), end.atStartOfDay());
    List<Appointment> ahead =
        all.stream().filter(a -> !a.start().toLocalDate().isBefore(TODAY)).toList();
    List<Appointment> holding = ahead.stream().filter(a -> a.state().holdsTime()).toList();
    assertThat(holding).allMatch(a -> a.state() == AppointmentState.BOOKED);
    assertThat(holding).allMatch(a -> a.start().toLocalDate().isBefore(end));
    for (Appointment a : holding) {
      assertThat(BookingRules.conflicts(a.booking(), a.id(), holding, blocked, settings))
          .as("%s at %s", a.clientName(), a.start())
          .isEmpty();
    }
    long working = 0;
    for (LocalDate d = TODAY; d.isBefore(end); d = d.plusDays(1)) {
      LocalDate day = d;
      if (blocked.stream()
          .anyMatch(
              b -> !b.start().isAfter(day.atStartOfDay()) && b.end().isAfter(day.atStartOfDay()))) {
        continue;
      }
      for (WorkingHours.Span s : settings.hours().on(d.getDayOfWeek())) {
        working += Duration.between(s.from(), s.to()).toMinutes();
      }
    }
    long booked = holding.stream().mapToLong(Appointment::lengthMinutes).sum();
    assertThat((double) booked / working).isBetween(0.6, 0.8);

    List<Appointment> mobile = holding.stream().filter(a -> a.place().isMobile()).toList();
    assertThat(mobile).hasSizeGreaterThan(3);
    assertThat(mobile)
        .allSatisfy(
            a -> {
              assertThat(a.place().address()).isEqualTo(clients.get(a.clientId()).address());
              assertThat(a.booking().travelBeforeMinutes()).isPositive();
              assertThat(a.booking().travelAfterMinutes()).isPositive();
            });
    assertThat(ahead).anyMatch(a -> a.state().isCancelled());
  }

  @Test
  void theServicesHaveDistinctColoursReadableOnALightAndADarkPage() {
    List<BookableService> services = book.services();
    assertThat(services)
        .extracting(BookableService::name)
        .contains("First visit with assessment", "Mobile visit");
    assertThat(services).extracting(BookableService::usualMinutes).contains(30, 45, 60, 75);
    Set<String> colours = new HashSet<>();
    for (BookableService s : services) {
      assertThat(colours.add(s.colour())).as(s.name()).isTrue();
      double l = luminance(s.colour());
      assertThat((1.05) / (l + 0.05)).as("%s on white", s.name()).isGreaterThanOrEqualTo(3.0);
      assertThat((l + 0.05) / (luminance("#1E1E1E") + 0.05))
          .as("%s on a dark page", s.name())
          .isGreaterThanOrEqualTo(3.0);
    }
    assertThat(all).allMatch(a -> a.booking().serviceId() != null);
  }

  @Test
  void theBookIsAuditedWithoutAnyPrivateNote() {
    assertThat(all).anyMatch(a -> a.booking().privateNote() != null);
    List<String> details =
        db.dsl()
            .select(org.knotwork.db.generated.Tables.AUDIT_LOG.DETAIL)
            .from(org.knotwork.db.generated.Tables.AUDIT_LOG)
            .where(org.knotwork.db.generated.Tables.AUDIT_LOG.ENTITY.eq("appointment"))
            .fetch(org.knotwork.db.generated.Tables.AUDIT_LOG.DETAIL);
    assertThat(details).hasSize(all.size()).allMatch(d -> d == null);
    assertThat(
            db.dsl()
                .fetchCount(
                    org.knotwork.db.generated.Tables.AUDIT_LOG,
                    org.knotwork.db.generated.Tables.AUDIT_LOG.ACTION.eq(AuditEntry.Action.CREATE)))
        .isPositive();
  }

  private static Duration hours(int h) {
    return Duration.ofHours(h);
  }

  /** Relative luminance as WCAG defines it. */
  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
