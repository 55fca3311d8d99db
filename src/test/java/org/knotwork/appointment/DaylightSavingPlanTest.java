package org.knotwork.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.appointment.Appointments.room;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.appointment.PlanSchedule.Proposal;
import org.knotwork.appointment.PlanSchedule.Rhythm;

/**
 * A plan's proposed sessions across the clock changes (the series and single times are in {@link
 * DaylightSavingTest}): 10:00 stays 10:00 through each of the four changes, a session at 01:30 on
 * the autumn change day stays there, and one in the spring gap moves to a time that exists.
 */
class DaylightSavingPlanTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Test
  void londonSpringChange() {
    // clocks go forward on Sunday 29 March 2026; Thursdays before and after
    staysAtTen(LONDON, LocalDateTime.of(2026, 3, 19, 10, 0));
  }

  @Test
  void londonAutumnChange() {
    // clocks go back on Sunday 25 October 2026
    staysAtTen(LONDON, LocalDateTime.of(2026, 10, 15, 10, 0));
  }

  @Test
  void torontoSpringChange() {
    // clocks go forward on Sunday 8 March 2026
    staysAtTen(TORONTO, LocalDateTime.of(2026, 2, 26, 10, 0));
  }

  @Test
  void torontoAutumnChange() {
    // clocks go back on Sunday 1 November 2026
    staysAtTen(TORONTO, LocalDateTime.of(2026, 10, 22, 10, 0));
  }

  @Test
  void halfPastOneOnLondonsAutumnChangeStaysAndIsTheFirstHalfPastOne() {
    halfPastOneOnTheAutumnChange(LONDON, LocalDateTime.of(2026, 10, 25, 1, 30), 1);
  }

  @Test
  void halfPastOneOnTorontosAutumnChangeStaysAndIsTheFirstHalfPastOne() {
    halfPastOneOnTheAutumnChange(TORONTO, LocalDateTime.of(2026, 11, 1, 1, 30), -4);
  }

  @Test
  void aSessionInLondonsSpringGapMovesToTheFirstTimeThatExists() {
    LocalDateTime skipped = LocalDateTime.of(2026, 3, 29, 1, 30);
    List<Proposal> p =
        PlanSchedule.propose(
            room(skipped, 60),
            Rhythm.WEEKLY,
            2,
            List.of(),
            List.of(),
            nightOwl(LONDON),
            skipped.minusDays(7));
    assertThat(p.get(0).start()).isEqualTo(LocalDateTime.of(2026, 3, 29, 2, 0));
    assertThat(p.get(0).reason()).contains("the clocks go forward from 01:00 to 02:00");
    assertThat(p.get(1).start()).isEqualTo(skipped.plusWeeks(1));
  }

  private static void staysAtTen(ZoneId zone, LocalDateTime firstThursday) {
    AppointmentSettings settings =
        new AppointmentSettings(zone, WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24);
    List<Proposal> p =
        PlanSchedule.propose(
            room(firstThursday, 60),
            Rhythm.WEEKLY,
            4,
            List.of(),
            List.of(),
            settings,
            firstThursday.minusDays(1));
    assertThat(p)
        .extracting(Proposal::start)
        .containsExactlyElementsOf(PlanScheduleTest.weekly(firstThursday, 4));
    assertThat(p).noneMatch(Proposal::moved);
    // the real time between the two sessions either side of the change is a week ± an hour
    PracticeTime time = settings.time();
    assertThat(time.between(p.get(1).start(), p.get(2).start()).toHours()).isIn(167L, 169L);
  }

  private static void halfPastOneOnTheAutumnChange(
      ZoneId zone, LocalDateTime halfPastOne, int summerOffsetHours) {
    List<Proposal> p =
        PlanSchedule.propose(
            room(halfPastOne, 60),
            Rhythm.WEEKLY,
            2,
            List.of(),
            List.of(),
            nightOwl(zone),
            halfPastOne.minusDays(7));
    assertThat(p.get(0).start()).isEqualTo(halfPastOne);
    assertThat(p.get(0).moved()).isFalse();
    assertThat(p.get(1).start()).isEqualTo(halfPastOne.plusWeeks(1));
    assertThat(new PracticeTime(zone).instant(p.get(0).start()))
        .isEqualTo(halfPastOne.toInstant(ZoneOffset.ofHours(summerOffsetHours)));
  }

  /** Working hours from midnight to 06:00 every day, for sessions in the small hours. */
  private static AppointmentSettings nightOwl(ZoneId zone) {
    return new AppointmentSettings(
        zone,
        new WorkingHours(
            Arrays.stream(DayOfWeek.values())
                .map(d -> new WorkingHours.Span(d, LocalTime.MIDNIGHT, LocalTime.of(6, 0)))
                .toList()),
        0,
        24);
  }
}
