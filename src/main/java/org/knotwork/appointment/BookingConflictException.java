package org.knotwork.appointment;

import java.util.List;
import java.util.stream.Collectors;

/** A booking refused because it clashes; each clash is named. Nothing was stored. */
public class BookingConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Conflict> conflicts;

  public BookingConflictException(List<Conflict> conflicts) {
    super(
        "This time does not fit: "
            + conflicts.stream().map(Conflict::message).collect(Collectors.joining("; "))
            + ". Nothing was booked.");
    this.conflicts = List.copyOf(conflicts);
  }

  public List<Conflict> conflicts() {
    return conflicts;
  }
}
