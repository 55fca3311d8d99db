package org.knotwork.appointment;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Whether a booking fits: it must not overlap another appointment, must leave the travel time of
 * both kept free and the practice's minimum gap between them, must not fall in blocked time, and
 * must lie within the working hours. Each clash is named in plain words. Cancelled appointments
 * free their time.
 *
 * <p>Travel before and after are kept free each: between two appointments the therapist needs the
 * first one's travel after plus the second one's travel before, and never less than the minimum gap
 * (travel counts toward it). The appointment itself must lie within working hours; its travel may
 * reach outside them. Times are compared on the wall clock (decision 0032).
 */
public final class BookingRules {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("d MMMM HH:mm", Locale.UK);

  /** No gap the rules ask for is longer: two travels of 4 hours each. */
  static final int LONGEST_NEEDED_GAP_MINUTES = 2 * Booking.MAX_TRAVEL;

  private BookingRules() {}

  /**
   * Every clash of a booking with the appointments and blocked time given, and with the working
   * hours.
   *
   * @param ignoreId the appointment being moved or changed, which never clashes with itself; null
   *     for a new booking
   */
  public static List<Conflict> conflicts(
      Booking proposed,
      Long ignoreId,
      Collection<Appointment> existing,
      Collection<BlockedTime> blocked,
      AppointmentSettings settings) {
    List<Conflict> found = new ArrayList<>();
    check(proposed, ignoreId, existing, blocked, settings, found);
    return found;
  }

  /** Whether a booking fits, without naming the clashes (the free-slot search asks this often). */
  public static boolean fits(
      Booking proposed,
      Long ignoreId,
      Collection<Appointment> existing,
      Collection<BlockedTime> blocked,
      AppointmentSettings settings) {
    return check(proposed, ignoreId, existing, blocked, settings, null);
  }

  /** Adds the clashes to {@code found}, or, when it is null, stops at the first; true if none. */
  private static boolean check(
      Booking p,
      Long ignoreId,
      Collection<Appointment> existing,
      Collection<BlockedTime> blocked,
      AppointmentSettings settings,
      List<Conflict> found) {
    boolean fits = true;
    if (!settings.hours().covers(p.start(), p.end())) {
      if (found == null) {
        return false;
      }
      fits = false;
      found.add(
          new Conflict(
              Conflict.Kind.OUTSIDE_HOURS,
              "Outside working hours: " + settings.hours().describe(p.start().getDayOfWeek())));
    }
    int minGap = settings.minimumGapMinutes();
    for (Appointment e : existing) {
      if (!e.state().holdsTime() || (ignoreId != null && e.id() == ignoreId)) {
        continue;
      }
      Conflict c = clash(p, e, minGap, found != null);
      if (c != null) {
        if (found == null) {
          return false;
        }
        fits = false;
        found.add(c);
      }
    }
    for (BlockedTime b : blocked) {
      if (p.busyFrom().isBefore(b.end()) && b.start().isBefore(p.busyUntil())) {
        if (found == null) {
          return false;
        }
        fits = false;
        found.add(new Conflict(Conflict.Kind.BLOCKED, "Falls in blocked time: " + describe(b)));
      }
    }
    return fits;
  }

  /** The clash of the booking with one appointment, or null; a message only when asked. */
  private static Conflict clash(Booking p, Appointment e, int minGap, boolean describe) {
    Booking eb = e.booking();
    if (p.start().isBefore(eb.end()) && eb.start().isBefore(p.end())) {
      return new Conflict(
          Conflict.Kind.OVERLAP,
          describe ? "Overlaps " + e.clientName() + " at " + span(eb) : null);
    }
    boolean before = !eb.end().isAfter(p.start());
    LocalDateTime gapFrom = before ? eb.end() : p.end();
    LocalDateTime gapTo = before ? p.start() : eb.start();
    long gap = Duration.between(gapFrom, gapTo).toMinutes();
    if (gap >= LONGEST_NEEDED_GAP_MINUTES) {
      return null;
    }
    int travel =
        before
            ? eb.travelAfterMinutes() + p.travelBeforeMinutes()
            : p.travelAfterMinutes() + eb.travelBeforeMinutes();
    if (travel > gap) {
      return new Conflict(
          Conflict.Kind.TRAVEL, describe ? travelMessage(e, before, travel, gap) : null);
    }
    if (minGap > gap) {
      return new Conflict(
          Conflict.Kind.GAP,
          describe
              ? (gap == 0 ? "No time " : "Only " + gap + " minutes ")
                  + (before ? "after " : "before ")
                  + e.clientName()
                  + " at "
                  + span(eb)
                  + "; the practice keeps "
                  + minGap
                  + " minutes between appointments"
              : null);
    }
    return null;
  }

  private static String travelMessage(Appointment e, boolean before, int travel, long gap) {
    Booking eb = e.booking();
    String free = gap == 0 ? "; no time is free" : "; only " + gap + " minutes are free";
    boolean theirTravel = before ? eb.travelAfterMinutes() > 0 : eb.travelBeforeMinutes() > 0;
    if (theirTravel) {
      return "Needs "
          + travel
          + " minutes' travel "
          + (before ? "after" : "before")
          + " the visit at "
          + TIME.format(eb.start())
          + " in "
          + eb.place().shortName()
          + " ("
          + e.clientName()
          + ")"
          + free;
    }
    return before
        ? "Needs "
            + travel
            + " minutes' travel before this visit; "
            + e.clientName()
            + "'s appointment ends at "
            + TIME.format(eb.end())
        : "Needs "
            + travel
            + " minutes' travel after this visit; "
            + e.clientName()
            + "'s appointment starts at "
            + TIME.format(eb.start());
  }

  private static String span(Booking b) {
    return TIME.format(b.start()) + "–" + TIME.format(b.end());
  }

  private static String describe(BlockedTime b) {
    if (b.start().toLocalDate().equals(b.end().toLocalDate())) {
      return b.describe() + " " + TIME.format(b.start()) + "–" + TIME.format(b.end());
    }
    return b.describe() + ", " + DAY_TIME.format(b.start()) + " to " + DAY_TIME.format(b.end());
  }
}
