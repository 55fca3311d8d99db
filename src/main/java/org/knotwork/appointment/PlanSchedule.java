package org.knotwork.appointment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A treatment plan's sessions proposed in the book: the first at the slot the therapist chose, the
 * others at the same weekday and wall-clock time in the plan's rhythm. A session that does not fit
 * (another appointment, travel, the gap kept between appointments, blocked time, working hours, a
 * time the clocks skip) moves to the nearest free time between its neighbours, and says why. Pure:
 * it looks only at the appointments and blocked time it is given; nothing is booked here.
 */
public final class PlanSchedule {
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

  /** How often the plan's sessions come (the plan's frequency, in the book's terms). */
  public enum Rhythm {
    /** Two a week, three and four days apart: Monday and Thursday, say. */
    TWICE_WEEKLY(3),
    WEEKLY(7),
    FORTNIGHTLY(14),
    /**
     * The same day of the month, counted from the first (the 31st falls on a shorter month's end).
     */
    MONTHLY(31);

    private final int mostDaysApart;

    Rhythm(int mostDaysApart) {
      this.mostDaysApart = mostDaysApart;
    }

    /** The wall-clock start of session {@code index} (0 is the first). */
    public LocalDateTime start(LocalDateTime first, int index) {
      return switch (this) {
        case TWICE_WEEKLY -> first.plusWeeks(index / 2).plusDays(index % 2 == 0 ? 0 : 3);
        case WEEKLY -> first.plusWeeks(index);
        case FORTNIGHTLY -> first.plusWeeks(2L * index);
        case MONTHLY -> first.plusMonths(index);
      };
    }

    int mostDaysApart() {
      return mostDaysApart;
    }
  }

  /**
   * One proposed session.
   *
   * @param wanted when the rhythm puts it
   * @param start when it is proposed; null when no free time was found near it
   * @param reason why it was moved (or could not be placed); null when it stays where it was wanted
   */
  public record Proposal(LocalDateTime wanted, LocalDateTime start, String reason) {
    public boolean moved() {
      return reason != null;
    }

    public boolean placed() {
      return start != null;
    }
  }

  /**
   * A plan's sessions so far.
   *
   * @param done sessions with a signed note since the plan began
   * @param booked the starts of the client's open appointments from now on
   */
  public record SoFar(int done, List<LocalDateTime> booked) {
    public SoFar {
      booked = List.copyOf(booked);
    }

    /** How many of the plan's {@code sessions} are still to book. */
    public int left(int sessions) {
      return Math.max(0, sessions - done - booked.size());
    }
  }

  private PlanSchedule() {}

  /** The starts the rhythm asks for, before anything is checked. */
  public static List<LocalDateTime> wanted(Rhythm rhythm, LocalDateTime first, int count) {
    List<LocalDateTime> starts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      starts.add(rhythm.start(first, i));
    }
    return starts;
  }

  /**
   * Proposes {@code count} sessions like {@code first} (its client, length, place and travel) from
   * its start on. A session that does not fit moves to the nearest free time: the nearest day first
   * (at equal distance, the later), on it the time nearest to the wanted time of day (at equal
   * distance, the later); always on a day after the session before it and before the day the next
   * one is wanted, and never before {@code notBefore}.
   *
   * @param appointments the book around the sessions (at least from the day before the first to a
   *     month after the last); the proposed sessions are counted against each other too
   * @param blocked blocked time over the same days
   */
  public static List<Proposal> propose(
      Booking first,
      Rhythm rhythm,
      int count,
      Collection<Appointment> appointments,
      Collection<BlockedTime> blocked,
      AppointmentSettings settings,
      LocalDateTime notBefore) {
    if (count < 1 || count > Recurrence.MAX_TIMES) {
      throw new InvalidAppointmentException("A plan books between 1 and 52 sessions.");
    }
    List<LocalDateTime> wanted = wanted(rhythm, first.start(), count);
    List<Appointment> book = new ArrayList<>(appointments);
    List<Proposal> proposals = new ArrayList<>(count);
    LocalDate previousDay = null;
    for (int i = 0; i < count; i++) {
      LocalDateTime want = wanted.get(i);
      Booking b = first.at(want);
      String reason = problem(b, book, blocked, settings, notBefore);
      LocalDateTime start = want;
      if (reason != null) {
        LocalDate from =
            previousDay == null ? want.toLocalDate().minusDays(3) : previousDay.plusDays(1);
        LocalDate until =
            i + 1 < count
                ? wanted.get(i + 1).toLocalDate().minusDays(1)
                : want.toLocalDate().plusDays(rhythm.mostDaysApart() - 1L);
        start = nearest(b, from, until, book, blocked, settings, notBefore);
        reason =
            start == null
                ? "No free time near " + DAY_TIME.format(want) + ": " + reason
                : "Moved from " + DAY_TIME.format(want) + ": " + reason;
      }
      proposals.add(new Proposal(want, start, reason));
      if (start != null) {
        previousDay = start.toLocalDate();
        book.add(proposed(-1L - i, first.at(start)));
      } else {
        previousDay = want.toLocalDate();
      }
    }
    return proposals;
  }

  /** Why a session cannot be where it is, in words; null when it fits. */
  private static String problem(
      Booking b,
      Collection<Appointment> book,
      Collection<BlockedTime> blocked,
      AppointmentSettings settings,
      LocalDateTime notBefore) {
    if (b.start().isBefore(notBefore)) {
      return "this time has passed";
    }
    try {
      settings.time().requireExists(b.start());
    } catch (InvalidAppointmentException e) {
      return e.getMessage();
    }
    List<Conflict> conflicts = BookingRules.conflicts(b, null, book, blocked, settings);
    if (conflicts.isEmpty()) {
      return null;
    }
    return conflicts.get(0).message();
  }

  /**
   * The free start nearest to the booking's own, on the days from {@code from} to {@code until}.
   */
  private static LocalDateTime nearest(
      Booking b,
      LocalDate from,
      LocalDate until,
      Collection<Appointment> book,
      Collection<BlockedTime> blocked,
      AppointmentSettings settings,
      LocalDateTime notBefore) {
    LocalDateTime want = b.start();
    List<LocalDateTime> candidates = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
      for (WorkingHours.Span span : settings.hours().on(day.getDayOfWeek())) {
        LocalDateTime t = day.atTime(span.from());
        LocalDateTime last = day.atTime(span.to()).minusMinutes(b.lengthMinutes());
        // on the quarter hours, and at the wanted minute past each (10:10 stays at :10 nearby)
        for (; !t.isAfter(last); t = t.plusMinutes(FreeSlots.STEP_MINUTES)) {
          candidates.add(t);
        }
        LocalDateTime own = day.atTime(want.toLocalTime());
        if (!own.isBefore(day.atTime(span.from())) && !own.isAfter(last)) {
          candidates.add(own);
        }
      }
    }
    LocalDate wantedDay = want.toLocalDate();
    LocalTime wantedTime = want.toLocalTime();
    candidates.sort(
        Comparator.comparing(
                (LocalDateTime t) -> Math.abs(ChronoUnit.DAYS.between(wantedDay, t.toLocalDate())))
            .thenComparing(LocalDateTime::toLocalDate, Comparator.reverseOrder())
            .thenComparing(t -> Duration.between(wantedTime, t.toLocalTime()).abs())
            .thenComparing(Comparator.reverseOrder()));
    for (LocalDateTime t : candidates) {
      if (!t.isBefore(notBefore)
          && settings.time().exists(t)
          && BookingRules.fits(b.at(t), null, book, blocked, settings)) {
        return t;
      }
    }
    return null;
  }

  private static Appointment proposed(long id, Booking b) {
    return new Appointment(
        id, b, "this plan's session", AppointmentState.BOOKED, null, null, null, null);
  }
}
