package org.knotwork.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.knotwork.backup.BackupRotation.Kept;
import org.knotwork.backup.BackupRotation.Reason;

class BackupRotationTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final LocalDateTime NOW = TODAY.atTime(20, 0);

  private static List<LocalDateTime> keep(List<LocalDateTime> backups, LocalDateTime now) {
    return BackupRotation.keep(backups, Function.identity(), now).stream()
        .map(Kept::backup)
        .toList();
  }

  @Test
  void twoYearsOfDailyBackupsKeepSevenDaysFourWeeksAndTwelveMonths() {
    List<LocalDateTime> daily = new ArrayList<>();
    for (int i = 0; i < 730; i++) {
      daily.add(TODAY.minusDays(i).atTime(18, 0));
    }
    List<LocalDateTime> keep = keep(daily, NOW);

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
  void aBackupMadeAMinuteAfterAnotherKeepsBoth() {
    LocalDateTime first = TODAY.atTime(16, 48);
    LocalDateTime second = TODAY.atTime(16, 49);
    assertThat(keep(List.of(first, second), second)).containsExactly(second, first);
  }

  @Test
  void severalBackupsOnAnOlderDayKeepTheNewest() {
    LocalDateTime morning = TODAY.minusDays(3).atTime(9, 0);
    LocalDateTime evening = TODAY.minusDays(3).atTime(19, 0);
    assertThat(keep(List.of(morning, evening), NOW)).containsExactly(evening);
  }

  @Test
  void atMostTwentyRecentBackupsAreKeptBesidesTheNewestOfEachDay() {
    List<LocalDateTime> burst = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      burst.add(TODAY.atTime(9, 0).plusMinutes(10L * i)); // 09:00 to 13:50
    }
    LocalDateTime yesterdayMorning = TODAY.minusDays(1).atTime(8, 0);
    LocalDateTime yesterdayEvening = TODAY.minusDays(1).atTime(18, 0);
    List<LocalDateTime> all = new ArrayList<>(burst);
    all.add(yesterdayMorning);
    all.add(yesterdayEvening);

    List<Kept<LocalDateTime>> kept = BackupRotation.keep(all, Function.identity(), NOW);

    assertThat(kept).filteredOn(k -> k.reason() == Reason.RECENT).hasSize(20);
    assertThat(kept.stream().map(Kept::backup).toList())
        .as("the newest twenty of the burst, and yesterday's newest")
        .containsExactlyElementsOf(
            concat(newestFirst(burst.subList(10, 30)), List.of(yesterdayEvening)));
  }

  @Test
  void eachKeptBackupSaysWhyAndForWhichPeriod() {
    LocalDateTime recent = NOW.minusHours(2);
    LocalDateTime thursday = LocalDate.of(2026, 11, 19).atTime(18, 0);
    LocalDateTime weekOf9November = LocalDate.of(2026, 11, 12).atTime(18, 0);
    LocalDateTime october = LocalDate.of(2026, 10, 2).atTime(18, 0);
    LocalDateTime olderInOctober = LocalDate.of(2026, 10, 1).atTime(18, 0);

    assertThat(
            BackupRotation.keep(
                List.of(olderInOctober, october, weekOf9November, thursday, recent),
                Function.identity(),
                NOW))
        .containsExactly(
            new Kept<>(recent, recent, Reason.RECENT, TODAY),
            new Kept<>(thursday, thursday, Reason.NEWEST_OF_DAY, LocalDate.of(2026, 11, 19)),
            new Kept<>(
                weekOf9November, weekOf9November, Reason.NEWEST_OF_WEEK, LocalDate.of(2026, 11, 9)),
            new Kept<>(october, october, Reason.NEWEST_OF_MONTH, LocalDate.of(2026, 10, 1)));
  }

  private static List<LocalDateTime> newestFirst(List<LocalDateTime> backups) {
    return backups.stream().sorted(java.util.Comparator.reverseOrder()).toList();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
