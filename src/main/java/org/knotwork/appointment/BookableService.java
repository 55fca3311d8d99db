package org.knotwork.appointment;

/**
 * One of the services the therapist offers, as the book shows it: a name, the usual length and a
 * colour ("#RRGGBB"). A service no longer offered is made inactive, never deleted, so old
 * appointments keep their name.
 */
public record BookableService(
    Long id, String name, int usualMinutes, String colour, boolean active) {
  public BookableService {
    if (name == null || name.isBlank()) {
      throw new InvalidAppointmentException("A service needs a name.");
    }
    name = name.strip();
    if (usualMinutes < Booking.MIN_LENGTH || usualMinutes > Booking.MAX_LENGTH) {
      throw new InvalidAppointmentException("A service lasts between 5 minutes and 12 hours.");
    }
    if (colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) {
      throw new InvalidAppointmentException("A service's colour is written like #4A90E2.");
    }
  }
}
