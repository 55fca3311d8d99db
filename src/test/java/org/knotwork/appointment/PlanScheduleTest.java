package org.knotwork.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.appointment.Appointments.LONDON;
import static org.knotwork.appointment.Appointments.NINE_TO_FIVE;
import static org.knotwork.appointment.Appointments.room;
import static org.knotwork.appointment.Appointments.stored;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.appointment.PlanSchedule.Proposal;
import org.knotwork.appointment.PlanSchedule.Rhythm;

class PlanScheduleTest {
  // Monday 2 March 2026
  private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 3, 2, 10, 0);
  private static final LocalDateTime BEFORE = MONDAY_TEN.minusDays(1);

  @Test
  void aFreeBookKeepsEverySessionAtTheSameWeekdayAndTime() {
    List<Proposal> p =
        PlanSchedule.propose(
            room(MONDAY_TEN, 60), Rhythm.WEEKLY, 6, List.of(), List.of(), NINE_TO_FIVE, BEFORE);
    assertThat(p).extracting(Proposal::start).containsExactlyElementsOf(weekly(MONDAY_TEN, 6));
    assertThat(p).noneMatch(Proposal::moved);
  }

  @Test
  void aSessionThatClashesMovesToTheNearestFreeTimeAndSaysWhy() {
    Appointment oskar = stored(7, "Oskar Lind", Booking.inRoom(2, MONDAY_TEN.plusWeeks(1), 60));
    List<Proposal> p =
        PlanSchedule.propose(
            room(MONDAY_TEN, 60),
            Rhythm.WEEKLY,
            3,
            List.of(oskar),
            List.of(),
            NINE_TO_FIVE,
            BEFORE);
    assertThat(p.get(1).moved()).isTrue();
    // 9:00 and 11:00 are as near; the later one is taken
    assertThat(p.get(1).start()).isEqualTo(MONDAY_TEN.plusWeeks(1).withHour(11));
    assertThat(p.get(1).reason())
        .isEqualTo("Moved from Mon 9 Mar 10:00: Overlaps Oskar Lind at 10:00–11:00");
    assertThat(p.get(0).moved()).isFalse();
    assertThat(p.get(2).start()).isEqualTo(MONDAY_TEN.plusWeeks(2));
  }

  @Test
  void theGapThePracticeKeepsMovesASessionFurther() {
    Appointment oskar = stored(7, "Oskar Lind", Booking.inRoom(2, MONDAY_TEN.withHour(9), 60));
    List<Proposal> p =
        PlanSchedule.propose(
            room(MONDAY_TEN, 60),
            Rhythm.WEEKLY,
            1,
            List.of(oskar),
            List.of(),
            Appointments.withGap(15),
            BEFORE);
    assertThat(p.get(0).start()).isEqualTo(MONDAY_TEN.withMinute(15));
    assertThat(p.get(0).reason()).contains("the practice keeps 15 minutes between appointments");
  }

  @Test
  void aSessionOnAHolidayMovesToTheNearestWorkingDayBetweenItsNeighbours() {
    // a week's holiday from Monday 16 March
    BlockedTime holiday =
        new BlockedTime(
            1L,
            LocalDateTime.of(2026, 3, 16, 0, 0),
            LocalDateTime.of(2026, 3, 21, 0, 0),
            BlockReason.HOLIDAY,
            "Crete");
    List<Proposal> p =
        PlanSchedule.propose(
            room(MONDAY_TEN, 60),
            Rhythm.WEEKLY,
            4,
            List.of(),
            List.of(holiday),
            NINE_TO_FIVE,
            BEFORE);
    // Friday before the holiday is nearer than Monday after it (the next session's day anyway)
    assertThat(p.get(2).start()).isEqualTo(LocalDateTime.of(2026, 3, 13, 10, 0));
    assertThat(p.get(2).reason())
        .isEqualTo(
            "Moved from Mon 16 Mar 10:00: Falls in blocked time: Holiday (Crete),"
                + " 16 March 00:00 to 21 March 00:00");
    assertThat(p.get(3).start()).isEqualTo(LocalDateTime.of(2026, 3, 23, 10, 0));
  }

  @Test
  void aSessionWithNoFreeTimeBetweenItsNeighboursIsNotPlaced() {
    BlockedTime away =
        new BlockedTime(
            1L,
            LocalDateTime.of(2026, 3, 3, 0, 0),
            LocalDateTime.of(2026, 3, 20, 0, 0),
            BlockReason.TRAINING,
            null);
    List<Proposal> p =
        PlanSchedule.propose(
            room(MONDAY_TEN, 60), Rhythm.WEEKLY, 3, List.of(), List.of(away), NINE_TO_FIVE, BEFORE);
    assertThat(p.get(1).placed()).isFalse();
    assertThat(p.get(1).reason()).startsWith("No free time near Mon 9 Mar 10:00: Falls in");
    assertThat(p.get(2).placed()).isTrue();
  }

  @Test
  void twiceAWeekIsThreeAndFourDaysApart() {
    List<Proposal> p =
        PlanSchedule.propose(
            room(MONDAY_TEN, 60),
            Rhythm.TWICE_WEEKLY,
            4,
            List.of(),
            List.of(),
            NINE_TO_FIVE,
            BEFORE);
    assertThat(p)
        .extracting(x -> x.start().getDayOfWeek())
        .containsExactly(
            DayOfWeek.MONDAY, DayOfWeek.THURSDAY, DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
  }

  @Test
  void monthlyFromTheThirtyFirstFallsOnEachMonthsLastDayAndComesBack() {
    AppointmentSettings everyDay =
        new AppointmentSettings(
            LONDON,
            new WorkingHours(
                Arrays.stream(DayOfWeek.values())
                    .map(d -> new WorkingHours.Span(d, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                    .toList()),
            0,
            24);
    LocalDateTime first = LocalDateTime.of(2026, 1, 31, 10, 0);
    List<Proposal> p =
        PlanSchedule.propose(
            room(first, 60), Rhythm.MONTHLY, 4, List.of(), List.of(), everyDay, first.minusDays(1));
    assertThat(p)
        .extracting(Proposal::start)
        .containsExactly(
            first,
            LocalDateTime.of(2026, 2, 28, 10, 0),
            LocalDateTime.of(2026, 3, 31, 10, 0),
            LocalDateTime.of(2026, 4, 30, 10, 0));
  }

  @Test
  void aMonthlySessionOnANonWorkingDayMovesToTheNearestWorkingDay() {
    // Friday 30 January; 28 February 2026 is a Saturday, Friday the 27th is nearer than Monday
    List<Proposal> p =
        PlanSchedule.propose(
            room(LocalDateTime.of(2026, 1, 30, 16, 0), 60),
            Rhythm.MONTHLY,
            3,
            List.of(),
            List.of(),
            NINE_TO_FIVE,
            LocalDateTime.of(2026, 1, 1, 0, 0));
    assertThat(p.get(1).start()).isEqualTo(LocalDateTime.of(2026, 2, 27, 16, 0));
    assertThat(p.get(1).reason())
        .isEqualTo(
            "Moved from Sat 28 Feb 16:00: Outside working hours: Saturday is not a working day");
    assertThat(p.get(2).start()).isEqualTo(LocalDateTime.of(2026, 3, 30, 16, 0));
    assertThat(p.get(2).moved()).isFalse();
  }

  @Test
  void aTimeAlreadyPastIsMoved() {
    List<Proposal> p =
        PlanSchedule.propose(
            room(MONDAY_TEN, 60),
            Rhythm.WEEKLY,
            1,
            List.of(),
            List.of(),
            NINE_TO_FIVE,
            MONDAY_TEN.plusMinutes(5));
    assertThat(p.get(0).start()).isEqualTo(MONDAY_TEN.plusMinutes(15));
    assertThat(p.get(0).reason()).endsWith("this time has passed");
  }

  static List<LocalDateTime> weekly(LocalDateTime first, int n) {
    return java.util.stream.IntStream.range(0, n).mapToObj(first::plusWeeks).toList();
  }
}
