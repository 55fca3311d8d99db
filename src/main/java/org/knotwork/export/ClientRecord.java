package org.knotwork.export;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.audit.AuditEntry;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlert;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.print.RecordOfCare;

/**
 * One client's complete record as it is exported: details and health history, every session note
 * (signed and draft) with its addenda and signer, outcome measures, treatment plans of every
 * status, their appointments (cancelled ones too), and the audit entries about the client, their
 * notes, their plans and their appointments.
 *
 * @param notes by date of service, oldest first
 * @param measures oldest first
 * @param plans oldest first
 * @param handoutTitles the title of each handout reference the plans use
 * @param audit oldest first
 * @param appointments oldest first
 * @param serviceNames the name of each service the appointments name, by id
 */
public record ClientRecord(
    Client client,
    List<ClientAlert> alerts,
    List<RecordOfCare.Note> notes,
    List<OutcomeEntry> measures,
    List<TreatmentPlan> plans,
    Map<String, String> handoutTitles,
    List<AuditEntry> audit,
    List<Appointment> appointments,
    Map<Long, String> serviceNames) {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

  public ClientRecord {
    alerts = List.copyOf(alerts);
    notes = List.copyOf(notes);
    measures = List.copyOf(measures);
    plans = List.copyOf(plans);
    handoutTitles = Map.copyOf(handoutTitles);
    audit = List.copyOf(audit);
    appointments = List.copyOf(appointments);
    serviceNames = Map.copyOf(serviceNames);
  }

  /** What the printed record of care shows (everything but the audit entries). */
  public RecordOfCare care() {
    return new RecordOfCare(
        client,
        alerts,
        notes,
        measures,
        plans,
        handoutTitles,
        appointments.stream().map(this::booked).toList());
  }

  /** The name of the appointment's service, or null when it names none. */
  public String serviceName(Appointment a) {
    return a.booking().serviceId() == null ? null : serviceNames.get(a.booking().serviceId());
  }

  private RecordOfCare.Booked booked(Appointment a) {
    String service = serviceName(a);
    String place =
        a.place().isMobile()
            ? a.place().address() == null
                ? "Client's home"
                : "Client's home, " + a.place().address()
            : "The room";
    return new RecordOfCare.Booked(
        a.start().toLocalDate(),
        TIME.format(a.start()) + "–" + TIME.format(a.end()),
        service == null ? "Not named" : service,
        place,
        outcome(a),
        a.booking().privateNote());
  }

  /** What became of an appointment, in words: "Cancelled by the client on 3 Mar 2026 at 09:10". */
  static String outcome(Appointment a) {
    AppointmentState state = a.state();
    if (!state.isCancelled()) {
      return state.label();
    }
    String who = a.cancelledBy() == CancelledBy.THERAPIST ? "the therapist" : "the client";
    String how =
        state == AppointmentState.CANCELLED_LATE ? "Cancelled at short notice" : "Cancelled";
    return how
        + " by "
        + who
        + (a.cancelledAt() == null ? "" : " on " + WHEN.format(a.cancelledAt()));
  }

  /** Draft notes, which had not been signed when the record was exported. */
  public long drafts() {
    return notes.stream().filter(n -> !n.note().signed()).count();
  }
}
