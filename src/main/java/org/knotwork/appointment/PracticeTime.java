package org.knotwork.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Wall-clock times of the practice's zone (decision 0032). A booking keeps its wall-clock time; the
 * instant is worked out only when one is needed. A time the clocks skip in spring does not exist
 * and is refused; a time that happens twice in autumn means the first of the two (the earlier
 * offset, summer time).
 */
public record PracticeTime(ZoneId zone) {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** The moment a wall-clock time stands for: the earlier one when the clocks go back. */
  public Instant instant(LocalDateTime wallClock) {
    return ZonedDateTime.ofLocal(wallClock, zone, null).withEarlierOffsetAtOverlap().toInstant();
  }

  /** Whether the wall-clock time happens at all (not in the hour the clocks skip in spring). */
  public boolean exists(LocalDateTime wallClock) {
    return !zone.getRules().getValidOffsets(wallClock).isEmpty();
  }

  /** Whether the wall-clock time happens twice (the hour repeated when the clocks go back). */
  public boolean happensTwice(LocalDateTime wallClock) {
    return zone.getRules().getValidOffsets(wallClock).size() > 1;
  }

  /** Refuses a time the clocks skip, saying so in plain words. */
  public void requireExists(LocalDateTime wallClock) {
    var transition = zone.getRules().getTransition(wallClock);
    if (transition != null && transition.isGap()) {
      throw new InvalidAppointmentException(
          String.format(
              Locale.UK,
              "%s does not happen on %s in %s: the clocks go forward from %s to %s."
                  + " Choose another time.",
              wallClock.toLocalTime(),
              DAY.format(wallClock),
              zone.getId(),
              transition.getDateTimeBefore().toLocalTime(),
              transition.getDateTimeAfter().toLocalTime()));
    }
  }

  /** The wall-clock time now. */
  public LocalDateTime now(Clock clock) {
    return LocalDateTime.ofInstant(clock.instant(), zone);
  }

  /** The real time between two wall-clock times, counting a daylight-saving change. */
  public Duration between(LocalDateTime from, LocalDateTime to) {
    return Duration.between(instant(from), instant(to));
  }
}
