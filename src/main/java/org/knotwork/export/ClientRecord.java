package org.knotwork.export;

import java.util.List;
import java.util.Map;
import org.knotwork.audit.AuditEntry;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlert;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.print.RecordOfCare;

/**
 * One client's complete record as it is exported: details and health history, every session note
 * (signed and draft) with its addenda and signer, outcome measures, treatment plans of every
 * status, and the audit entries about the client, their notes and their plans.
 *
 * @param notes by date of service, oldest first
 * @param measures oldest first
 * @param plans oldest first
 * @param handoutTitles the title of each handout reference the plans use
 * @param audit oldest first
 */
public record ClientRecord(
    Client client,
    List<ClientAlert> alerts,
    List<RecordOfCare.Note> notes,
    List<OutcomeEntry> measures,
    List<TreatmentPlan> plans,
    Map<String, String> handoutTitles,
    List<AuditEntry> audit) {
  public ClientRecord {
    alerts = List.copyOf(alerts);
    notes = List.copyOf(notes);
    measures = List.copyOf(measures);
    plans = List.copyOf(plans);
    handoutTitles = Map.copyOf(handoutTitles);
    audit = List.copyOf(audit);
  }

  /** What the printed record of care shows (everything but the audit entries). */
  public RecordOfCare care() {
    return new RecordOfCare(client, alerts, notes, measures, plans, handoutTitles);
  }

  /** Draft notes, which had not been signed when the record was exported. */
  public long drafts() {
    return notes.stream().filter(n -> !n.note().signed()).count();
  }
}
