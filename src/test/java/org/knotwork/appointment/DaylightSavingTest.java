package org.knotwork.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Appointments keep their wall-clock time across daylight-saving changes (decision 0032). Europe/
 * London changes at 01:00 (forward on 29 March 2026, back on 25 October 2026); America/Toronto at
 * 02:00 (forward on 8 March 2026, back on 1 November 2026).
 */
class DaylightSavingTest {
  private static final PracticeTime LONDON = new PracticeTime(ZoneId.of("Europe/London"));
  private static final PracticeTime TORONTO = new PracticeTime(ZoneId.of("America/Toronto"));

  @Test
  void aWeeklySeriesInLondonStaysAtTenAcrossTheSpringChange() {
    List<LocalDateTime> starts =
        new Recurrence(Recurrence.Pattern.WEEKLY, 2).starts(LocalDateTime.of(2026, 3, 23, 10, 0));
    assertThat(starts).extracting(LocalDateTime::getHour).containsOnly(10);
    // the clocks went forward between them: a week less one hour apart in real time
    assertThat(LONDON.between(starts.get(0), starts.get(1)))
        .isEqualTo(Duration.ofDays(7).minusHours(1));
  }

  @Test
  void aWeeklySeriesInTorontoStaysAtTenAcrossTheAutumnChange() {
    List<LocalDateTime> starts =
        new Recurrence(Recurrence.Pattern.WEEKLY, 3).starts(LocalDateTime.of(2026, 10, 19, 10, 0));
    assertThat(starts).extracting(LocalDateTime::getHour).containsOnly(10);
    assertThat(TORONTO.between(starts.get(0), starts.get(1))).isEqualTo(Duration.ofDays(7));
    assertThat(TORONTO.between(starts.get(1), starts.get(2)))
        .isEqualTo(Duration.ofDays(7).plusHours(1));
  }

  @Test
  void aTimeInTorontosSpringGapDoesNotExistAndIsRefused() {
    LocalDateTime twoThirty = LocalDateTime.of(2026, 3, 8, 2, 30);
    assertThat(TORONTO.exists(twoThirty)).isFalse();
    assertThatThrownBy(() -> TORONTO.requireExists(twoThirty))
        .isInstanceOf(InvalidAppointmentException.class)
        .hasMessage(
            "02:30 does not happen on 8 March 2026 in America/Toronto: the clocks go forward from"
                + " 02:00 to 03:00. Choose another time.");
  }

  @Test
  void aTimeInLondonsSpringGapDoesNotExistAndIsRefused() {
    LocalDateTime oneThirty = LocalDateTime.of(2026, 3, 29, 1, 30);
    assertThat(LONDON.exists(oneThirty)).isFalse();
    assertThatThrownBy(() -> LONDON.requireExists(oneThirty))
        .isInstanceOf(InvalidAppointmentException.class)
        .hasMessageContaining("the clocks go forward from 01:00 to 02:00");
    LONDON.requireExists(LocalDateTime.of(2026, 3, 29, 2, 30));
  }

  @Test
  void halfPastOneOnLondonsAutumnChangeIsTheFirstHalfPastOne() {
    LocalDateTime oneThirty = LocalDateTime.of(2026, 10, 25, 1, 30);
    assertThat(LONDON.happensTwice(oneThirty)).isTrue();
    // British Summer Time, UTC+1: the earlier of the two
    assertThat(LONDON.instant(oneThirty)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    LONDON.requireExists(oneThirty);
  }

  @Test
  void halfPastOneOnTorontosAutumnChangeIsTheFirstHalfPastOne() {
    LocalDateTime oneThirty = LocalDateTime.of(2026, 11, 1, 1, 30);
    assertThat(TORONTO.happensTwice(oneThirty)).isTrue();
    // Eastern Daylight Time, UTC-4: the earlier of the two
    assertThat(TORONTO.instant(oneThirty)).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    TORONTO.requireExists(oneThirty);
  }

  @Test
  void anOrdinaryTimeHappensOnce() {
    LocalDateTime ten = LocalDateTime.of(2026, 10, 25, 10, 0);
    assertThat(LONDON.happensTwice(ten)).isFalse();
    assertThat(LONDON.exists(ten)).isTrue();
    assertThat(LONDON.instant(ten)).isEqualTo(Instant.parse("2026-10-25T10:00:00Z"));
  }
}
