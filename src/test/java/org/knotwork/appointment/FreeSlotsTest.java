package org.knotwork.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.appointment.Appointments.NINE_TO_FIVE;
import static org.knotwork.appointment.Appointments.home;
import static org.knotwork.appointment.Appointments.room;
import static org.knotwork.appointment.Appointments.stored;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeSlotsTest {
  // a Monday
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  private static FreeSlots.Search hour(LocalDateTime from, int count) {
    return FreeSlots.Search.anyTime(room(from, 60), from, count);
  }

  @Test
  void slotsFollowEachOtherWithoutOverlapping() {
    List<LocalDateTime> slots =
        FreeSlots.find(hour(MONDAY.atTime(9, 0), 3), MONDAY, List.of(), List.of(), NINE_TO_FIVE);
    assertThat(slots)
        .containsExactly(MONDAY.atTime(9, 0), MONDAY.atTime(10, 0), MONDAY.atTime(11, 0));
  }

  @Test
  void bookedTimeIsSkippedAndCancelledTimeOffered() {
    List<Appointment> book =
        List.of(
            stored(1, "Anna Berg", room(MONDAY.atTime(9, 0), 90)),
            stored(2, "Oskar Lind", room(MONDAY.atTime(11, 0), 60), AppointmentState.CANCELLED));
    assertThat(FreeSlots.find(hour(MONDAY.atTime(8, 0), 2), MONDAY, book, List.of(), NINE_TO_FIVE))
        .containsExactly(MONDAY.atTime(10, 30), MONDAY.atTime(11, 30));
  }

  @Test
  void aSearchStartingMidMorningBeginsOnTheNextQuarterHour() {
    assertThat(
            FreeSlots.find(
                hour(MONDAY.atTime(10, 7), 1), MONDAY, List.of(), List.of(), NINE_TO_FIVE))
        .containsExactly(MONDAY.atTime(10, 15));
  }

  @Test
  void theLastSlotOfTheDayEndsWithTheWorkingHours() {
    List<LocalDateTime> slots =
        FreeSlots.find(
            hour(MONDAY.atTime(15, 30), 3), MONDAY.plusDays(1), List.of(), List.of(), NINE_TO_FIVE);
    assertThat(slots)
        .containsExactly(
            MONDAY.atTime(15, 30),
            MONDAY.plusDays(1).atTime(9, 0),
            MONDAY.plusDays(1).atTime(10, 0));
  }

  @Test
  void onlyTheChosenWeekdaysAndTimesOfDayAreOffered() {
    FreeSlots.Search search =
        new FreeSlots.Search(
            room(MONDAY.atTime(9, 0), 60),
            MONDAY.atTime(9, 0),
            EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
            LocalTime.of(14, 0),
            LocalTime.of(16, 0),
            4);
    assertThat(FreeSlots.find(search, MONDAY.plusDays(14), List.of(), List.of(), NINE_TO_FIVE))
        .containsExactly(
            MONDAY.plusDays(2).atTime(14, 0),
            MONDAY.plusDays(2).atTime(15, 0),
            MONDAY.plusDays(4).atTime(14, 0),
            MONDAY.plusDays(4).atTime(15, 0));
  }

  @Test
  void aHolidayWeekOffersNothing() {
    BlockedTime holiday =
        new BlockedTime(
            1L,
            MONDAY.atStartOfDay(),
            MONDAY.plusDays(7).atStartOfDay(),
            BlockReason.HOLIDAY,
            null);
    assertThat(
            FreeSlots.find(
                hour(MONDAY.atTime(9, 0), 1),
                MONDAY.plusDays(7),
                List.of(),
                List.of(holiday),
                NINE_TO_FIVE))
        .containsExactly(MONDAY.plusDays(7).atTime(9, 0));
  }

  @Test
  void aMobileVisitKeepsItsTravelFree() {
    Booking template = home(MONDAY.atTime(9, 0), 60, "Leith", 30, 30);
    List<Appointment> book = List.of(stored(1, "Anna Berg", room(MONDAY.atTime(9, 0), 60)));
    // 10:00 + 30 minutes' travel: 10:30
    assertThat(
            FreeSlots.find(
                FreeSlots.Search.anyTime(template, MONDAY.atTime(9, 0), 1),
                MONDAY,
                book,
                List.of(),
                NINE_TO_FIVE))
        .containsExactly(MONDAY.atTime(10, 30));
  }

  @Test
  void aFullBookUntilTheLastDayGivesFewerSlots() {
    List<Appointment> full = new ArrayList<>();
    for (int h = 9; h < 17; h++) {
      full.add(stored(h, "Client " + h, room(MONDAY.atTime(h, 0), 60)));
    }
    assertThat(FreeSlots.find(hour(MONDAY.atTime(9, 0), 5), MONDAY, full, List.of(), NINE_TO_FIVE))
        .isEmpty();
  }
}
