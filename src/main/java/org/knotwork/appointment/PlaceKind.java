package org.knotwork.appointment;

/** Where an appointment happens: the practice's room, or a mobile visit at the client's home. */
public enum PlaceKind {
  ROOM,
  CLIENT_HOME
}
