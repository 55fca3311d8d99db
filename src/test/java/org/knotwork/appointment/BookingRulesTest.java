package org.knotwork.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.appointment.Appointments.NINE_TO_FIVE;
import static org.knotwork.appointment.Appointments.home;
import static org.knotwork.appointment.Appointments.room;
import static org.knotwork.appointment.Appointments.stored;
import static org.knotwork.appointment.Appointments.withGap;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingRulesTest {
  // a Monday
  private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 3, 2, 10, 0);
  private static final Appointment ANNA = stored(7, "Anna Berg", room(MONDAY_TEN, 60));

  private static List<String> messages(
      Booking b, List<Appointment> existing, List<BlockedTime> blocked, AppointmentSettings s) {
    return BookingRules.conflicts(b, null, existing, blocked, s).stream()
        .map(Conflict::message)
        .toList();
  }

  @Test
  void anOverlapNamesTheClientAndTheirTime() {
    assertThat(
            messages(room(MONDAY_TEN.plusMinutes(30), 60), List.of(ANNA), List.of(), NINE_TO_FIVE))
        .containsExactly("Overlaps Anna Berg at 10:00–11:00");
  }

  @Test
  void appointmentsBackToBackFitWithoutAGapSetting() {
    assertThat(
            BookingRules.fits(
                room(MONDAY_TEN.plusHours(1), 60), null, List.of(ANNA), List.of(), NINE_TO_FIVE))
        .isTrue();
    assertThat(
            BookingRules.fits(
                room(MONDAY_TEN.minusHours(1), 60), null, List.of(ANNA), List.of(), NINE_TO_FIVE))
        .isTrue();
  }

  @Test
  void aCancelledAppointmentFreesItsTime() {
    Appointment cancelled =
        stored(8, "Anna Berg", room(MONDAY_TEN, 60), AppointmentState.CANCELLED_LATE);
    assertThat(
            BookingRules.conflicts(
                room(MONDAY_TEN, 60), null, List.of(cancelled), List.of(), NINE_TO_FIVE))
        .isEmpty();
  }

  @Test
  void anAppointmentBeingMovedDoesNotClashWithItself() {
    assertThat(
            BookingRules.conflicts(
                room(MONDAY_TEN.plusMinutes(15), 60), 7L, List.of(ANNA), List.of(), NINE_TO_FIVE))
        .isEmpty();
  }

  @Test
  void travelAfterAMobileVisitIsKeptFree() {
    Appointment leith =
        stored(3, "Oskar Lind", home(MONDAY_TEN.withHour(9), 50, "Leith\n12 Shore", 0, 20));
    // ends 09:50, 20 minutes' travel: 10:00 is too soon
    assertThat(messages(room(MONDAY_TEN, 60), List.of(leith), List.of(), NINE_TO_FIVE))
        .containsExactly(
            "Needs 20 minutes' travel after the visit at 09:00 in Leith (Oskar Lind);"
                + " only 10 minutes are free");
    assertThat(
            BookingRules.fits(
                room(MONDAY_TEN.plusMinutes(10), 60),
                null,
                List.of(leith),
                List.of(),
                NINE_TO_FIVE))
        .isTrue();
  }

  @Test
  void travelOfBothVisitsAddsUp() {
    Appointment leith = stored(3, "Oskar Lind", home(MONDAY_TEN.withHour(9), 45, "Leith", 15, 15));
    // 09:45 + 15 after + 15 before the next: 10:15 at the earliest
    Booking next = home(MONDAY_TEN, 60, "Portobello", 15, 15);
    assertThat(BookingRules.conflicts(next, null, List.of(leith), List.of(), NINE_TO_FIVE))
        .extracting(Conflict::kind)
        .containsExactly(Conflict.Kind.TRAVEL);
    assertThat(
            BookingRules.fits(
                next.at(MONDAY_TEN.plusMinutes(15)), null, List.of(leith), List.of(), NINE_TO_FIVE))
        .isTrue();
  }

  @Test
  void travelBeforeThisVisitNamesWhenTheRoomAppointmentEnds() {
    Booking visit = home(MONDAY_TEN.plusHours(1), 60, "Leith", 30, 0);
    assertThat(messages(visit, List.of(ANNA), List.of(), NINE_TO_FIVE))
        .containsExactly(
            "Needs 30 minutes' travel before this visit; Anna Berg's appointment ends at 11:00");
  }

  @Test
  void travelAfterThisVisitNamesWhenTheNextStarts() {
    Booking visit = home(MONDAY_TEN.minusHours(1), 60, "Leith", 0, 20);
    assertThat(messages(visit, List.of(ANNA), List.of(), NINE_TO_FIVE))
        .containsExactly(
            "Needs 20 minutes' travel after this visit; Anna Berg's appointment starts at 10:00");
  }

  @Test
  void theMinimumGapIsKeptOnBothSides() {
    assertThat(
            messages(room(MONDAY_TEN.plusMinutes(65), 30), List.of(ANNA), List.of(), withGap(15)))
        .containsExactly(
            "Only 5 minutes after Anna Berg at 10:00–11:00; the practice keeps 15 minutes"
                + " between appointments");
    assertThat(
            messages(room(MONDAY_TEN.minusMinutes(60), 60), List.of(ANNA), List.of(), withGap(15)))
        .containsExactly(
            "No time before Anna Berg at 10:00–11:00; the practice keeps 15 minutes"
                + " between appointments");
    assertThat(
            BookingRules.fits(
                room(MONDAY_TEN.plusMinutes(75), 30), null, List.of(ANNA), List.of(), withGap(15)))
        .isTrue();
  }

  @Test
  void travelCountsTowardTheGap() {
    Appointment leith = stored(3, "Oskar Lind", home(MONDAY_TEN.withHour(9), 40, "Leith", 0, 20));
    // 20 minutes free after 09:40 + 20 travel, gap 15: fits
    assertThat(
            BookingRules.fits(room(MONDAY_TEN, 60), null, List.of(leith), List.of(), withGap(15)))
        .isTrue();
  }

  @Test
  void blockedTimeIsNamedWithItsReason() {
    BlockedTime training =
        new BlockedTime(
            1L,
            MONDAY_TEN.withHour(13),
            MONDAY_TEN.withHour(17),
            BlockReason.TRAINING,
            "First aid");
    assertThat(
            messages(
                room(MONDAY_TEN.withHour(12).plusMinutes(30), 60),
                List.of(),
                List.of(training),
                NINE_TO_FIVE))
        .containsExactly("Falls in blocked time: Training (First aid) 13:00–17:00");
    BlockedTime holiday =
        new BlockedTime(
            2L,
            MONDAY_TEN.withHour(0),
            MONDAY_TEN.plusDays(7).withHour(0),
            BlockReason.HOLIDAY,
            null);
    assertThat(messages(room(MONDAY_TEN, 60), List.of(), List.of(holiday), NINE_TO_FIVE))
        .containsExactly("Falls in blocked time: Holiday, 2 March 00:00 to 9 March 00:00");
  }

  @Test
  void travelMayNotRunIntoBlockedTime() {
    BlockedTime lunch =
        new BlockedTime(
            1L, MONDAY_TEN.withHour(12), MONDAY_TEN.withHour(13), BlockReason.BREAK, null);
    Booking visit = home(MONDAY_TEN.withHour(11), 60, "Leith", 0, 15);
    assertThat(BookingRules.conflicts(visit, null, List.of(), List.of(lunch), NINE_TO_FIVE))
        .extracting(Conflict::kind)
        .containsExactly(Conflict.Kind.BLOCKED);
  }

  @Test
  void outsideWorkingHoursSaysWhichHoursHold() {
    assertThat(
            messages(
                room(MONDAY_TEN.withHour(16).plusMinutes(30), 60),
                List.of(),
                List.of(),
                NINE_TO_FIVE))
        .containsExactly("Outside working hours: Monday 09:00–17:00");
    assertThat(messages(room(MONDAY_TEN.plusDays(5), 60), List.of(), List.of(), NINE_TO_FIVE))
        .containsExactly("Outside working hours: Saturday is not a working day");
  }

  @Test
  void aDailyBreakBetweenTwoSpansIsOutsideWorkingHours() {
    WorkingHours split =
        new WorkingHours(
            List.of(
                new WorkingHours.Span(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WorkingHours.Span(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))));
    AppointmentSettings s = new AppointmentSettings(Appointments.LONDON, split, 0, 24);
    assertThat(
            BookingRules.fits(
                room(MONDAY_TEN.withHour(11).plusMinutes(30), 60), null, List.of(), List.of(), s))
        .isFalse();
    assertThat(messages(room(MONDAY_TEN.withHour(11).plusMinutes(30), 60), List.of(), List.of(), s))
        .containsExactly("Outside working hours: Monday 09:00–12:00 and 13:00–17:00");
  }

  @Test
  void everyClashIsNamed() {
    Appointment oskar = stored(4, "Oskar Lind", room(MONDAY_TEN.plusHours(1), 60));
    assertThat(
            messages(
                room(MONDAY_TEN.withHour(10).plusMinutes(30), 60),
                List.of(ANNA, oskar),
                List.of(),
                NINE_TO_FIVE))
        .containsExactly("Overlaps Anna Berg at 10:00–11:00", "Overlaps Oskar Lind at 11:00–12:00");
  }

  @Test
  void overlappingWorkingHoursAreRefused() {
    assertThatThrownBy(
            () ->
                new WorkingHours(
                    List.of(
                        new WorkingHours.Span(
                            DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                        new WorkingHours.Span(
                            DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0)))))
        .isInstanceOf(InvalidAppointmentException.class)
        .hasMessage("Working hours on Monday overlap; join them into one.");
  }
}
