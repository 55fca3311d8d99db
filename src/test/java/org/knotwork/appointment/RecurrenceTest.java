package org.knotwork.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RecurrenceTest {
  private static final LocalDateTime FIRST = LocalDateTime.of(2026, 1, 5, 10, 0);

  @Test
  void weeklyRepeatsEverySevenDaysFromTheFirst() {
    assertThat(new Recurrence(Recurrence.Pattern.WEEKLY, 3).starts(FIRST))
        .containsExactly(FIRST, FIRST.plusDays(7), FIRST.plusDays(14));
  }

  @Test
  void everyTwoWeeksRepeatsEveryFourteenDays() {
    assertThat(new Recurrence(Recurrence.Pattern.EVERY_TWO_WEEKS, 3).starts(FIRST))
        .containsExactly(FIRST, FIRST.plusDays(14), FIRST.plusDays(28));
  }

  @Test
  void monthlyOnTheThirtyFirstFallsOnTheLastDayAndComesBack() {
    LocalDateTime jan31 = LocalDateTime.of(2026, 1, 31, 9, 30);
    assertThat(new Recurrence(Recurrence.Pattern.MONTHLY, 4).starts(jan31))
        .containsExactly(
            jan31,
            LocalDateTime.of(2026, 2, 28, 9, 30),
            LocalDateTime.of(2026, 3, 31, 9, 30),
            LocalDateTime.of(2026, 4, 30, 9, 30));
  }

  @Test
  void aSeriesHasOneToFiftyTwoAppointments() {
    assertThatThrownBy(() -> new Recurrence(Recurrence.Pattern.WEEKLY, 0))
        .isInstanceOf(InvalidAppointmentException.class);
    assertThatThrownBy(() -> new Recurrence(Recurrence.Pattern.WEEKLY, 53))
        .isInstanceOf(InvalidAppointmentException.class);
    assertThat(new Recurrence(Recurrence.Pattern.WEEKLY, 1).starts(FIRST)).containsExactly(FIRST);
  }
}
