package org.knotwork.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.BookingRules;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.appointment.Place;
import org.knotwork.appointment.WorkingHours;
import org.knotwork.client.Client;
import org.knotwork.session.SessionNote;

/**
 * The demo practice's appointments: one behind every visit (completed by its signed note, or
 * arrived while its note is a draft), about 5 % of visits preceded by a no-show or a late
 * cancellation and a few more by an ordinary cancellation, and the next four weeks booked to about
 * 70 % of the working hours, some of them mobile visits at the client's address with travel time.
 * The past appointments sit where the generated visits are (a practice of this size sees more
 * clients a day than one therapist could, so they overlap); the weeks ahead follow {@link
 * BookingRules}. Everything comes from one seeded {@link Random} drawn in a fixed order.
 */
final class DemoAppointments {
  /** Share of clients seen at home. */
  static final double MOBILE_SHARE = 0.08;

  /** Weeks booked ahead, from today. */
  static final int WEEKS_AHEAD = 4;

  private static final List<String> PRIVATE_NOTES =
      List.of(
          "Bring the bolster",
          "Asked for the warm table",
          "Parking behind the pharmacy",
          "Wants to talk about the new exercises",
          "Pay for last time too");
  private static final List<String> HOME_NOTES =
      List.of(
          "Side door, ring twice",
          "Dog in the garden; call from the gate",
          "Stairs: bring the light table",
          "Park in the lay-by");

  private final Random r;
  private final LocalDate today;
  private final LocalDateTime now;
  private final DemoBook book;
  private final List<Long> serviceIds;
  private final AppointmentSettings settings;

  /**
   * @param serviceIds the stored ids of {@link DemoBook#SERVICES}, in the same order
   */
  DemoAppointments(
      long seed,
      LocalDateTime now,
      DemoBook book,
      List<Long> serviceIds,
      AppointmentSettings settings) {
    this.r = new Random(seed * 31 + 27);
    this.today = now.toLocalDate();
    this.now = now;
    this.book = book;
    this.serviceIds = List.copyOf(serviceIds);
    this.settings = settings;
  }

  /** Where a client is seen: their home (with the travel there and back) or the room. */
  record Seen(Place place, int travelMinutes) {
    static final Seen ROOM = new Seen(Place.ROOM, 0);

    boolean mobile() {
      return place.isMobile();
    }
  }

  /** Decides, once per client and in the order of the clients, where they are seen. */
  Seen seen(Client client) {
    if (client.address() != null && r.nextDouble() < MOBILE_SHARE) {
      return new Seen(Place.clientHome(client.address()), 15 + 5 * r.nextInt(4));
    }
    return Seen.ROOM;
  }

  /**
   * The appointment behind a stored visit: completed by its signed note, or arrived while the note
   * is a draft.
   */
  Appointment behind(SessionNote note, long sessionId, boolean firstVisit, Seen seen) {
    int service =
        seen.mobile()
            ? DemoBook.MOBILE
            : firstVisit ? DemoBook.FIRST_VISIT : DemoBook.serviceFor(note.durationMinutes());
    Booking booking =
        booking(note.clientId(), note.serviceStart(), note.durationMinutes(), service, seen);
    AppointmentState state = note.signed() ? AppointmentState.COMPLETED : AppointmentState.ARRIVED;
    LocalDateTime created = bookedAhead(note.serviceStart(), firstVisit ? 10 : 28);
    return new Appointment(0, booking, null, state, null, null, sessionId, created);
  }

  /**
   * The appointments a client missed or called off between their visits: before about 3 % of visits
   * a no-show a week earlier, before 2 % a late cancellation and before 4 % an ordinary one a few
   * days earlier. Never before the first visit, and never on a day the practice is closed.
   */
  List<Appointment> missed(long clientId, List<SessionNote> notes, Seen seen) {
    List<Appointment> missed = new ArrayList<>();
    for (int i = 1; i < notes.size(); i++) {
      SessionNote note = notes.get(i);
      double roll = r.nextDouble();
      if (roll >= 0.09) {
        continue;
      }
      AppointmentState state =
          roll < 0.03
              ? AppointmentState.NO_SHOW
              : roll < 0.05 ? AppointmentState.CANCELLED_LATE : AppointmentState.CANCELLED;
      LocalDateTime start =
          note.serviceStart().minusDays(state == AppointmentState.NO_SHOW ? 7 : 1 + r.nextInt(3));
      LocalDate day = start.toLocalDate();
      if (!start.isAfter(notes.get(i - 1).serviceStart().plusDays(1))
          || day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY
          || book.closed(day)) {
        continue;
      }
      int service = seen.mobile() ? DemoBook.MOBILE : DemoBook.serviceFor(note.durationMinutes());
      Booking booking = booking(clientId, start, note.durationMinutes(), service, seen);
      LocalDateTime created = bookedAhead(start, 21);
      CancelledBy by = null;
      LocalDateTime cancelledAt = null;
      if (state == AppointmentState.CANCELLED_LATE) {
        by = CancelledBy.CLIENT;
        cancelledAt = start.minusHours(2 + r.nextInt(18));
      } else if (state == AppointmentState.CANCELLED) {
        by = r.nextDouble() < 0.8 ? CancelledBy.CLIENT : CancelledBy.THERAPIST;
        cancelledAt = start.minusDays(2 + r.nextInt(5)).withHour(9 + r.nextInt(8));
      }
      if (cancelledAt != null && cancelledAt.isBefore(created)) {
        cancelledAt = created.plusHours(1);
      }
      missed.add(new Appointment(0, booking, null, state, by, cancelledAt, null, created));
    }
    return missed;
  }

  /** A client who may be booked ahead. */
  record Bookable(long clientId, Seen seen) {}

  /**
   * The next four weeks from today, booked to about 70 % of the working hours on the days the
   * practice is open, without overlaps and with the travel and the gap kept free; a few bookings
   * were called off by the client and are kept beside the one that took their time.
   */
  List<Appointment> ahead(List<Bookable> clients) {
    List<Bookable> inRoom = clients.stream().filter(c -> !c.seen().mobile()).toList();
    List<Bookable> atHome = clients.stream().filter(c -> c.seen().mobile()).toList();
    List<Appointment> booked = new ArrayList<>();
    if (inRoom.isEmpty() && atHome.isEmpty()) {
      return booked;
    }
    WorkingHours hours = settings.hours();
    for (LocalDate day = today; day.isBefore(today.plusWeeks(WEEKS_AHEAD)); day = day.plusDays(1)) {
      if (book.closed(day)) {
        continue;
      }
      List<Appointment> thatDay = new ArrayList<>();
      for (WorkingHours.Span span : hours.on(day.getDayOfWeek())) {
        LocalDateTime t = day.atTime(span.from());
        LocalDateTime close = day.atTime(span.to());
        while (t.isBefore(close)) {
          boolean mobile = !atHome.isEmpty() && (inRoom.isEmpty() || r.nextDouble() < 0.12);
          Bookable who = mobile ? pick(atHome) : pick(inRoom);
          int service = mobile ? DemoBook.MOBILE : roomService();
          int minutes = DemoBook.SERVICES.get(service).usualMinutes();
          if (t.plusMinutes(minutes).isAfter(close)) {
            break;
          }
          Booking booking = booking(who.clientId(), t, minutes, service, who.seen());
          if (!BookingRules.fits(booking, null, thatDay, List.of(), settings)) {
            t = t.plusMinutes(15);
            continue;
          }
          LocalDateTime created = bookedAhead(t, 30);
          if (created.isAfter(now)) {
            created = now.minusHours(1 + r.nextInt(24));
          }
          Appointment a =
              new Appointment(0, booking, null, AppointmentState.BOOKED, null, null, null, created);
          thatDay.add(a);
          booked.add(a);
          if (r.nextDouble() < 0.04 && inRoom.size() > 1) {
            booked.add(calledOff(pick(inRoom), t, minutes, created));
          }
          t = booking.busyUntil().plusMinutes(DemoBook.GAP_MINUTES);
          if (r.nextDouble() < 0.3) {
            t = t.plusMinutes(15L * (1 + r.nextInt(3)));
          }
        }
      }
    }
    return booked;
  }

  /** A booking a client called off in good time; another client took the time. */
  private Appointment calledOff(Bookable who, LocalDateTime start, int minutes, LocalDateTime by) {
    Booking booking =
        booking(who.clientId(), start, minutes, DemoBook.serviceFor(minutes), Seen.ROOM);
    LocalDateTime created = by.minusDays(1 + r.nextInt(5));
    LocalDateTime cancelledAt = by.minusMinutes(30);
    boolean late = cancelledAt.plusHours(settings.lateNoticeHours()).isAfter(start);
    return new Appointment(
        0,
        booking,
        null,
        late ? AppointmentState.CANCELLED_LATE : AppointmentState.CANCELLED,
        CancelledBy.CLIENT,
        cancelledAt,
        null,
        created);
  }

  private int roomService() {
    double roll = r.nextDouble();
    if (roll < 0.5) {
      return DemoBook.BACK_60;
    }
    if (roll < 0.65) {
      return DemoBook.BACK_45;
    }
    if (roll < 0.75) {
      return DemoBook.BACK_30;
    }
    return roll < 0.87 ? DemoBook.FIRST_VISIT : DemoBook.EXTENDED;
  }

  private Booking booking(long clientId, LocalDateTime start, int minutes, int service, Seen seen) {
    String note = null;
    if (r.nextDouble() < 0.05) {
      note = pick(seen.mobile() ? HOME_NOTES : PRIVATE_NOTES);
    }
    return new Booking(
        clientId,
        start,
        minutes,
        serviceIds.get(service),
        seen.place(),
        seen.travelMinutes(),
        seen.travelMinutes(),
        note);
  }

  /** When an appointment was made: some days before it, in working hours. */
  private LocalDateTime bookedAhead(LocalDateTime start, int maxDays) {
    return start
        .toLocalDate()
        .minusDays(1 + r.nextInt(maxDays))
        .atTime(9 + r.nextInt(9), 5 * r.nextInt(12));
  }

  private <T> T pick(List<T> items) {
    return items.get(r.nextInt(items.size()));
  }
}
