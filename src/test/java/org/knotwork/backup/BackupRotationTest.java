package org.knotwork.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRotationTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void twoYearsOfDailyBackupsKeepSevenDaysFourWeeksAndTwelveMonths() {
    List<LocalDateTime> daily = new ArrayList<>();
    for (int i = 0; i < 730; i++) {
      daily.add(TODAY.minusDays(i).atTime(18, 0));
    }
    Set<LocalDateTime> keep = BackupRotation.keep(daily, TODAY);

    for (int i = 0; i < 7; i++) {
      assertThat(keep).contains(TODAY.minusDays(i).atTime(18, 0));
    }
    assertThat(keep)
        .allMatch(
            b -> b.toLocalDate().isAfter(TODAY.minusMonths(12).withDayOfMonth(1).minusDays(1)));
    assertThat(keep.size()).isBetween(7 + 12, 7 + 4 + 12);
    // the newest of each kept month, never an older one from the same month
    assertThat(keep).contains(LocalDate.of(2026, 1, 31).atTime(18, 0));
    assertThat(keep).doesNotContain(LocalDate.of(2026, 1, 30).atTime(18, 0));
    assertThat(keep).doesNotContain(LocalDate.of(2025, 10, 31).atTime(18, 0));
  }

  @Test
  void severalBackupsOnOneDayKeepTheNewest() {
    LocalDateTime morning = TODAY.atTime(9, 0);
    LocalDateTime evening = TODAY.atTime(19, 0);
    assertThat(BackupRotation.keep(List.of(morning, evening), TODAY)).containsExactly(evening);
  }
}
