package org.knotwork.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock the test moves by hand. */
public final class MovableClock extends Clock {
  private Instant now;

  public MovableClock(LocalDateTime start) {
    this.now = start.toInstant(ZoneOffset.UTC);
  }

  public void set(LocalDateTime time) {
    now = time.toInstant(ZoneOffset.UTC);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("fixed to UTC");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
