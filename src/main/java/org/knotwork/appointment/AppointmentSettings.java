package org.knotwork.appointment;

import java.time.ZoneId;

/**
 * The book's settings: the practice's time zone (appointments are wall-clock times in it), the
 * working hours, the least time kept between two appointments, and how many hours' notice a client
 * gives for a cancellation not to count as late.
 */
public record AppointmentSettings(
    ZoneId zone, WorkingHours hours, int minimumGapMinutes, int lateNoticeHours) {
  public AppointmentSettings {
    if (zone == null || hours == null) {
      throw new InvalidAppointmentException("The book needs a time zone and working hours.");
    }
    if (minimumGapMinutes < 0 || minimumGapMinutes > 240) {
      throw new InvalidAppointmentException(
          "The gap between appointments is between 0 minutes and 4 hours.");
    }
    if (lateNoticeHours < 0 || lateNoticeHours > 336) {
      throw new InvalidAppointmentException("The notice for cancelling is up to 14 days.");
    }
  }

  public PracticeTime time() {
    return new PracticeTime(zone);
  }
}
