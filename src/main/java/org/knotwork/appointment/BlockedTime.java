package org.knotwork.appointment;

import java.time.LocalDateTime;

/** Time nothing is booked in (a holiday, training, admin, a break), in wall-clock time. */
public record BlockedTime(
    Long id, LocalDateTime start, LocalDateTime end, BlockReason reason, String label) {
  public BlockedTime {
    if (start == null || end == null || !end.isAfter(start)) {
      throw new InvalidAppointmentException("Blocked time ends after it starts.");
    }
    if (reason == null) {
      throw new InvalidAppointmentException("Blocked time needs a reason.");
    }
    label = label == null || label.isBlank() ? null : label.strip();
  }

  /** "Holiday (Crete)", or just "Holiday". */
  public String describe() {
    return label == null ? reason.label() : reason.label() + " (" + label + ")";
  }
}
