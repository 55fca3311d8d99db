package org.knotwork.appointment;

import java.time.LocalDateTime;

/**
 * A stored appointment: the booking, the client's name (for the book and the conflicts it names),
 * its state, who cancelled and when, the note it is linked to, and when it was made.
 */
public record Appointment(
    long id,
    Booking booking,
    String clientName,
    AppointmentState state,
    CancelledBy cancelledBy,
    LocalDateTime cancelledAt,
    Long sessionId,
    LocalDateTime createdAt) {

  public long clientId() {
    return booking.clientId();
  }

  public LocalDateTime start() {
    return booking.start();
  }

  public LocalDateTime end() {
    return booking.end();
  }

  public int lengthMinutes() {
    return booking.lengthMinutes();
  }

  public Place place() {
    return booking.place();
  }
}
