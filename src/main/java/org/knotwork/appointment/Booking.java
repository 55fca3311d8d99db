package org.knotwork.appointment;

import java.time.LocalDateTime;

/**
 * What is asked for when booking: who, when (wall-clock time in the practice's zone), how long,
 * which service, where, the travel time kept free before and after, and a private note.
 */
public record Booking(
    long clientId,
    LocalDateTime start,
    int lengthMinutes,
    Long serviceId,
    Place place,
    int travelBeforeMinutes,
    int travelAfterMinutes,
    String privateNote) {
  static final int MIN_LENGTH = 5;
  static final int MAX_LENGTH = 720;
  static final int MAX_TRAVEL = 240;
  static final int MAX_NOTE = 500;

  public Booking {
    if (start == null) {
      throw new InvalidAppointmentException("An appointment needs a start.");
    }
    start = start.withSecond(0).withNano(0);
    if (lengthMinutes < MIN_LENGTH || lengthMinutes > MAX_LENGTH) {
      throw new InvalidAppointmentException("An appointment lasts between 5 minutes and 12 hours.");
    }
    place = place == null ? Place.ROOM : place;
    if (travelBeforeMinutes < 0
        || travelAfterMinutes < 0
        || travelBeforeMinutes > MAX_TRAVEL
        || travelAfterMinutes > MAX_TRAVEL) {
      throw new InvalidAppointmentException("Travel time is between 0 minutes and 4 hours.");
    }
    privateNote = privateNote == null || privateNote.isBlank() ? null : privateNote.strip();
    if (privateNote != null && privateNote.length() > MAX_NOTE) {
      throw new InvalidAppointmentException("The private note holds up to 500 characters.");
    }
  }

  /** A booking in the room, without travel or note. */
  public static Booking inRoom(long clientId, LocalDateTime start, int lengthMinutes) {
    return new Booking(clientId, start, lengthMinutes, null, Place.ROOM, 0, 0, null);
  }

  public LocalDateTime end() {
    return start.plusMinutes(lengthMinutes);
  }

  /** From when the therapist is taken up, travel included. */
  public LocalDateTime busyFrom() {
    return start.minusMinutes(travelBeforeMinutes);
  }

  /** Until when the therapist is taken up, travel included. */
  public LocalDateTime busyUntil() {
    return end().plusMinutes(travelAfterMinutes);
  }

  public Booking at(LocalDateTime newStart) {
    return new Booking(
        clientId,
        newStart,
        lengthMinutes,
        serviceId,
        place,
        travelBeforeMinutes,
        travelAfterMinutes,
        privateNote);
  }

  public Booking lasting(int minutes) {
    return new Booking(
        clientId,
        start,
        minutes,
        serviceId,
        place,
        travelBeforeMinutes,
        travelAfterMinutes,
        privateNote);
  }
}
