package org.knotwork.appointment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appointment stands: booked → arrived → completed (it has a signed note), or no-show,
 * cancelled late, cancelled. Completed, no-show and the two cancellations are final; a cancelled
 * appointment is kept, never deleted.
 */
public enum AppointmentState {
  BOOKED("Booked"),
  ARRIVED("Arrived"),
  COMPLETED("Completed"),
  NO_SHOW("No-show"),
  CANCELLED_LATE("Cancelled late"),
  CANCELLED("Cancelled");

  private final String label;

  AppointmentState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The states this one may turn into. */
  public Set<AppointmentState> next() {
    return switch (this) {
      case BOOKED -> EnumSet.of(ARRIVED, COMPLETED, NO_SHOW, CANCELLED_LATE, CANCELLED);
      case ARRIVED -> EnumSet.of(COMPLETED);
      case COMPLETED, NO_SHOW, CANCELLED_LATE, CANCELLED -> EnumSet.noneOf(AppointmentState.class);
    };
  }

  public boolean canBecome(AppointmentState other) {
    return next().contains(other);
  }

  public boolean isCancelled() {
    return this == CANCELLED || this == CANCELLED_LATE;
  }

  /** Whether the appointment keeps its time from other bookings (a cancelled one frees it). */
  public boolean holdsTime() {
    return !isCancelled();
  }
}
