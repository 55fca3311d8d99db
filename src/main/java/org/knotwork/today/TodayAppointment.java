package org.knotwork.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlert;

/**
 * One of the day's appointments with what the therapist wants to know before the client comes in.
 *
 * @param service the service's name; null when none was chosen
 * @param client the client's record; null only when it was deleted meanwhile
 * @param alerts the client's alerts on the appointment's day, as the client header shows them
 * @param lastVisit the latest signed visit before the day; null for a client not seen before
 * @param reassessment the next reassessment when it is due on the day or overdue; null otherwise
 * @param draftId an unsigned note of the client's waiting (the one started for this appointment
 *     first); null when there is none
 * @param planSession where this visit falls in the active plan; null without an active plan
 */
public record TodayAppointment(
    Appointment appointment,
    String service,
    Client client,
    List<ClientAlert> alerts,
    LastVisit lastVisit,
    Reassessment reassessment,
    Long draftId,
    PlanSession planSession) {

  public TodayAppointment {
    alerts = List.copyOf(alerts);
  }

  public long id() {
    return appointment.id();
  }

  public long clientId() {
    return appointment.clientId();
  }

  public AppointmentState state() {
    return appointment.state();
  }

  /** Whether the visit can still happen: booked or arrived. */
  public boolean open() {
    return state() == AppointmentState.BOOKED || state() == AppointmentState.ARRIVED;
  }

  /** Whether the draft waiting is the note started for this appointment. */
  public boolean draftIsThisVisits() {
    return draftId != null && draftId.equals(appointment.sessionId());
  }

  /** The latest signed visit: when, and each region treated with its pain before and after. */
  public record LastVisit(LocalDate on, long daysAgo, List<RegionPain> regions) {
    public LastVisit {
      regions = List.copyOf(regions);
    }

    /** "12 days ago", "yesterday", "earlier today". */
    public String ago() {
      if (daysAgo <= 0) {
        return "earlier today";
      }
      return daysAgo == 1 ? "yesterday" : daysAgo + " days ago";
    }
  }

  /** A region of the last visit with its pain before and after treatment (0–10; null if none). */
  public record RegionPain(BackRegion region, Side side, Integer before, Integer after) {
    /** "Lower back R 6 → 3". */
    public String text() {
      String where = region.label() + (side == null ? "" : " " + side.abbreviation());
      if (before == null && after == null) {
        return where;
      }
      return where + " " + pain(before) + " → " + pain(after);
    }

    private static String pain(Integer p) {
      return p == null ? "–" : Integer.toString(p);
    }
  }

  /** The next reassessment, due on the day or overdue by some days. */
  public record Reassessment(LocalDate on, long overdueDays) {
    public String text() {
      return overdueDays > 0
          ? "Reassessment overdue by " + overdueDays + (overdueDays == 1 ? " day" : " days")
          : "Reassessment due today";
    }
  }

  /**
   * The visit's number in the active plan: signed visits since the plan started before the day,
   * plus this one.
   */
  public record PlanSession(int number, int of) {
    public String text() {
      return number > of
          ? "Past the plan's " + of + " sessions"
          : "Session " + number + " of " + of;
    }
  }

  /** "Booked", "Arrived", … in lower case, for sentences. */
  public String stateWord() {
    return state().label().toLowerCase(Locale.UK);
  }
}
