package org.knotwork.today;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The practice's day: its appointments in order, with unsigned notes from earlier days and clients
 * whose plan has sessions left but nothing booked.
 *
 * @param now the practice's wall-clock time when it was read
 * @param anyAppointments whether anything was ever booked (the Today screen is the home screen from
 *     then on)
 */
public record TodayOverview(
    LocalDate day,
    LocalDateTime now,
    List<TodayAppointment> appointments,
    List<DraftWaiting> earlierDrafts,
    List<PlanToBook> plansToBook,
    boolean anyAppointments) {

  public TodayOverview {
    appointments = List.copyOf(appointments);
    earlierDrafts = List.copyOf(earlierDrafts);
    plansToBook = List.copyOf(plansToBook);
  }

  /**
   * The appointment to attend to next: the first still open (booked or arrived) that has not ended
   * yet, else the first still open; empty when none is.
   */
  public Optional<TodayAppointment> next() {
    return appointments.stream()
        .filter(TodayAppointment::open)
        .filter(a -> a.appointment().end().isAfter(now))
        .findFirst()
        .or(() -> appointments.stream().filter(TodayAppointment::open).findFirst());
  }
}
