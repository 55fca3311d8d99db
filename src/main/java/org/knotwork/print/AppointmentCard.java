package org.knotwork.print;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an appointment card shows the client: their appointments (the next one, or a booked series)
 * and how to change them. No private note and nothing clinical.
 *
 * @param howToReschedule one sentence: the notice asked for and how to reach the practice
 */
public record AppointmentCard(String clientName, List<Visit> visits, String howToReschedule) {
  public AppointmentCard {
    visits = List.copyOf(visits);
    if (visits.isEmpty()) {
      throw new IllegalArgumentException("An appointment card shows at least one appointment.");
    }
  }

  /**
   * One appointment on the card.
   *
   * @param service the service's name, or null
   * @param place where, in words ("12 Quay Street, Harbourtown", "At your home: 5 Elm Road")
   */
  public record Visit(LocalDateTime start, int minutes, String service, String place) {}
}
