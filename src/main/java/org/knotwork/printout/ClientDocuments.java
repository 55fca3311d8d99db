package org.knotwork.printout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlert;
import org.knotwork.client.ClientAlerts;
import org.knotwork.client.ClientService;
import org.knotwork.handout.Handout;
import org.knotwork.handout.HandoutLibrary;
import org.knotwork.plan.PlanService;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.practice.Practice;
import org.knotwork.practice.PracticeDetails;
import org.knotwork.practice.PracticeService;
import org.knotwork.practice.TherapistProfile;
import org.knotwork.print.DocumentPrinter;
import org.knotwork.print.Letterhead;
import org.knotwork.print.PdfFiles;
import org.knotwork.safety.EmergencyNumbers;

/**
 * Makes the printable documents: a client's treatment plan with its handouts, or one handout, under
 * the practice's letterhead and on its paper size.
 */
public final class ClientDocuments {
  /** A finished document and the file name to offer for it. */
  /**
   * @param fileName the name for a copy Knotwork writes itself, with the client's name
   * @param saveAsName the name offered in the system's save dialog, which names no client: that
   *     dialog stays on screen if Knotwork locks (decision 22)
   */
  public record Document(byte[] pdf, String fileName, String saveAsName, String title) {}

  private final PlanService plans;
  private final HandoutLibrary handouts;
  private final PracticeService practices;
  private final ClientService clients;
  private final DocumentPrinter printer;
  private final Clock clock;

  public ClientDocuments(
      PlanService plans,
      HandoutLibrary handouts,
      PracticeService practices,
      ClientService clients,
      DocumentPrinter printer,
      Clock clock) {
    this.plans = plans;
    this.handouts = handouts;
    this.practices = practices;
    this.clients = clients;
    this.printer = printer;
    this.clock = clock;
  }

  /** The plan with its handouts, each handout on its own pages. The print is audited. */
  public Document plan(long planId) {
    TreatmentPlan plan = plans.load(planId);
    Client client = clients.load(plan.clientId());
    LocalDate today = LocalDate.now(clock);
    EmergencyNumbers numbers = practices.emergencyNumbers();
    List<Handout> enclosed =
        handouts.resolve(plan.handouts()).stream().map(h -> h.withNumbers(numbers)).toList();
    PracticeDetails details = practices.details();
    byte[] pdf =
        printer.plan(
            Letterhead.of(practiceName(), details),
            details.paperSize(),
            client.fullName(),
            plan,
            enclosed,
            ClientAlerts.of(client, today).stream()
                .filter(a -> a.kind() != ClientAlert.Kind.CONSENT)
                .map(ClientAlert::text)
                .toList(),
            practices.therapist().map(TherapistProfile::asSigner).orElse(null),
            today);
    plans.recordPrinted(planId);
    return new Document(
        pdf,
        PdfFiles.fileName("Treatment plan", client.fullName(), today),
        PdfFiles.fileName("Treatment plan", null, today),
        "Treatment plan for " + client.fullName());
  }

  /** The client's active plan; fails with a sentence when there is none. */
  public Document activePlan(long clientId) {
    TreatmentPlan active =
        plans
            .active(clientId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        clients.load(clientId).fullName()
                            + " has no active treatment plan. Agree a plan with the client"
                            + " first."));
    return plan(active.id());
  }

  /**
   * One handout, prepared for a client when one is given.
   *
   * @param clientId null to leave the name line empty for writing in by hand
   */
  public Document handout(String ref, Long clientId) {
    Handout handout =
        handouts
            .find(ref)
            .orElseThrow(() -> new IllegalStateException("This handout is no longer there."))
            .withNumbers(practices.emergencyNumbers());
    String name = clientId == null ? null : clients.load(clientId).fullName();
    LocalDate today = LocalDate.now(clock);
    PracticeDetails details = practices.details();
    byte[] pdf =
        printer.handout(
            Letterhead.of(practiceName(), details), details.paperSize(), name, handout, today);
    return new Document(
        pdf,
        PdfFiles.fileName(handout.title(), name, today),
        PdfFiles.fileName(handout.title(), null, today),
        handout.title());
  }

  private String practiceName() {
    return practices.current().map(Practice::name).orElse("");
  }
}
