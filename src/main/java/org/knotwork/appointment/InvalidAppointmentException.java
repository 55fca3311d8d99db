package org.knotwork.appointment;

/** A booking or setting that cannot be stored, with the reason in plain words. */
public class InvalidAppointmentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidAppointmentException(String message) {
    super(message);
  }
}
