package org.knotwork.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;

/**
 * Five weeks of backups, four a day, with the folder rotated after each one as the app does: no
 * backup of the last 48 hours is ever lost, and the folder ends with exactly the ones the rule
 * keeps.
 */
class RotationFortnightTest {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
  private static final List<LocalTime> TIMES =
      List.of(LocalTime.of(9, 0), LocalTime.of(12, 0), LocalTime.of(15, 0), LocalTime.of(18, 0));
  @TempDir Path root;

  @Test
  void fourBackupsADayForFiveWeeksKeepTheLast48HoursAndTheRotation() throws IOException {
    MovableClock clock = new MovableClock();
    BackupService service = new BackupService(null, DataDirectory.at(root), clock, "test");
    Path folder = Files.createDirectories(root.resolve("backups"));
    List<LocalDateTime> made = new ArrayList<>();

    for (LocalDate day = LocalDate.of(2026, 10, 20);
        !day.isAfter(LocalDate.of(2026, 11, 22));
        day = day.plusDays(1)) {
      for (LocalTime time : TIMES) {
        LocalDateTime now = day.atTime(time);
        clock.now = now;
        Files.createFile(folder.resolve(name(now)));
        made.add(now);

        service.rotate(folder);

        List<LocalDateTime> recent =
            made.stream().filter(b -> !b.isBefore(now.minusHours(48))).toList();
        assertThat(stamps(folder))
            .as("after the backup of %s, every backup of the last 48 hours is there", now)
            .containsAll(recent);
      }
    }

    assertThat(stamps(folder))
        .containsExactlyInAnyOrder(
            // the last 48 hours (Sunday 22 November, 18:00, is the newest)
            at(22, 18),
            at(22, 15),
            at(22, 12),
            at(22, 9),
            at(21, 18),
            at(21, 15),
            at(21, 12),
            at(21, 9),
            at(20, 18),
            // the newest of each of the last seven days
            at(19, 18),
            at(18, 18),
            at(17, 18),
            at(16, 18),
            // the newest of each of the last four weeks (from Monday to Sunday)
            at(15, 18),
            at(8, 18),
            at(1, 18),
            // the newest of each of the last twelve months
            LocalDateTime.of(2026, 10, 31, 18, 0));
  }

  private static LocalDateTime at(int november, int hour) {
    return LocalDateTime.of(2026, 11, november, hour, 0);
  }

  private static String name(LocalDateTime at) {
    return "knotwork-backup-" + STAMP.format(at) + ".zip";
  }

  private static List<LocalDateTime> stamps(Path folder) {
    return BackupService.backups(folder).stream().map(BackupService::madeAt).toList();
  }

  /** The computer's clock, set by the test. */
  private static final class MovableClock extends Clock {
    LocalDateTime now = LocalDateTime.of(2026, 1, 1, 0, 0);

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.toInstant(ZoneOffset.UTC);
    }
  }
}
