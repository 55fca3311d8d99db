package org.knotwork.appointment;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** Appointments and settings for the pure rule tests. */
final class Appointments {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final AppointmentSettings NINE_TO_FIVE =
      new AppointmentSettings(LONDON, WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24);

  private Appointments() {}

  static Appointment stored(long id, String name, Booking booking) {
    return stored(id, name, booking, AppointmentState.BOOKED);
  }

  static Appointment stored(long id, String name, Booking booking, AppointmentState state) {
    CancelledBy by = state.isCancelled() ? CancelledBy.CLIENT : null;
    return new Appointment(
        id,
        booking,
        name,
        state,
        by,
        by == null ? null : booking.start().minusDays(1),
        null,
        booking.start().minusDays(7));
  }

  static Booking room(LocalDateTime start, int minutes) {
    return Booking.inRoom(1, start, minutes);
  }

  static Booking home(LocalDateTime start, int minutes, String address, int before, int after) {
    return new Booking(1, start, minutes, null, Place.clientHome(address), before, after, null);
  }

  static AppointmentSettings withGap(int minutes) {
    return new AppointmentSettings(LONDON, WorkingHours.WEEKDAYS_NINE_TO_FIVE, minutes, 24);
  }
}
