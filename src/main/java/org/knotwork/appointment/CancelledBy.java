package org.knotwork.appointment;

/** Who called an appointment off. */
public enum CancelledBy {
  CLIENT,
  THERAPIST
}
