package org.knotwork.print;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlert;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.session.SessionNote;

/**
 * Everything a client's record of care prints: their details and health history, every note with
 * its addenda, their outcome measures and treatment plans.
 *
 * @param notes oldest first
 * @param measures oldest first
 * @param plans oldest first
 * @param handoutTitles the title of each handout reference a plan uses
 */
public record RecordOfCare(
    Client client,
    List<ClientAlert> alerts,
    List<Note> notes,
    List<OutcomeEntry> measures,
    List<TreatmentPlan> plans,
    Map<String, String> handoutTitles,
    List<Booked> appointments) {
  public RecordOfCare {
    Objects.requireNonNull(client, "client");
    alerts = alerts == null ? List.of() : List.copyOf(alerts);
    notes = notes == null ? List.of() : List.copyOf(notes);
    measures = measures == null ? List.of() : List.copyOf(measures);
    plans = plans == null ? List.of() : List.copyOf(plans);
    handoutTitles = handoutTitles == null ? Map.of() : Map.copyOf(handoutTitles);
    appointments = appointments == null ? List.of() : List.copyOf(appointments);
  }

  /** A record of care without appointments. */
  public RecordOfCare(
      Client client,
      List<ClientAlert> alerts,
      List<Note> notes,
      List<OutcomeEntry> measures,
      List<TreatmentPlan> plans,
      Map<String, String> handoutTitles) {
    this(client, alerts, notes, measures, plans, handoutTitles, List.of());
  }

  /**
   * An appointment as the record lists it, in words: its day, its time ("10:00–11:00"), the
   * service, the place, what became of it (with who cancelled and when) and its private note.
   */
  public record Booked(
      java.time.LocalDate day,
      String time,
      String service,
      String place,
      String outcome,
      String privateNote) {
    public Booked {
      Objects.requireNonNull(day, "day");
    }
  }

  /**
   * A session note and who signed it.
   *
   * @param signedBy who signed it: the therapist's name, title and registration as recorded with
   *     the signature, or for a note signed before Knotwork kept them, the account the audit log
   *     names; null for a draft or when the log does not say
   */
  public record Note(SessionNote note, String signedBy) {
    public Note {
      Objects.requireNonNull(note, "note");
    }
  }
}
