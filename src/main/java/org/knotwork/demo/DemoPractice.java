package org.knotwork.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.plan.PlanRepository;
import org.knotwork.practice.PaperSize;
import org.knotwork.practice.PracticeDetails;
import org.knotwork.practice.PracticeService;
import org.knotwork.practice.TherapistProfile;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;

/** Fills an empty data folder with a generated, clearly marked demo practice. */
public final class DemoPractice {
  public static final String NAME = "Demo practice";
  public static final int DEFAULT_CLIENTS = 60;
  public static final int DEFAULT_YEARS = 3;
  public static final long DEFAULT_SEED = 42L;

  /** Notes stored per transaction, so a large demo never holds all its notes in memory at once. */
  private static final int BATCH = 500;

  /** The demo practice's therapist: invented, like everyone in it, and marked so. */
  public static final TherapistProfile THERAPIST =
      new TherapistProfile(
          "Alex Morgan",
          "Registered Massage Therapist",
          "DEMO-0417",
          "Demo Board of Massage Therapy (invented)");

  private final PracticeService practices;
  private final ClientRepository clients;
  private final SessionRepository sessions;
  private final OutcomeRepository outcomes;
  private final PlanRepository plans;
  private final Clock clock;

  public DemoPractice(
      PracticeService practices,
      ClientRepository clients,
      SessionRepository sessions,
      OutcomeRepository outcomes,
      PlanRepository plans,
      Clock clock) {
    this.practices = practices;
    this.clients = clients;
    this.sessions = sessions;
    this.outcomes = outcomes;
    this.plans = plans;
    this.clock = clock;
  }

  /** Creates the demo practice; the same seed, size and day always give the same practice. */
  public void create(int clientCount, int years, long seed) {
    if (clientCount < 1 || clientCount > 100_000) {
      throw new IllegalArgumentException("A demo practice has between 1 and 100,000 clients.");
    }
    if (years < 1 || years > 30) {
      throw new IllegalArgumentException("A demo practice covers between 1 and 30 years.");
    }
    LocalDate today = LocalDate.now(clock);
    List<DemoClient> generated = new DemoDataGenerator(seed, today).clients(clientCount, years);
    practices.start(NAME, true, THERAPIST);
    practices.saveDetails(
        new PracticeDetails(
            "14 Harbour Lane\nPortwell PW1 4HX", // an invented address
            "01632 960 418",
            "hello@demo-practice.example",
            null,
            PaperSize.A4));
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    List<Long> ids = clients.insertAll(generated.stream().map(DemoClient::client).toList(), now);
    DemoNoteGenerator writer = new DemoNoteGenerator(seed, today);
    DemoMeasureGenerator measurer = new DemoMeasureGenerator(seed, outcomes.instruments());
    List<SessionNote> batch = new ArrayList<>(BATCH + 200);
    List<OutcomeEntry> measures = new ArrayList<>();
    DemoPlanGenerator planner = new DemoPlanGenerator(today);
    List<DemoPlanGenerator.DemoPlan> agreed = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      DemoClient demo = generated.get(i);
      List<SessionNote> notes = writer.notes(demo.client(), ids.get(i), demo.visits());
      batch.addAll(notes);
      List<OutcomeEntry> theirs = measurer.entries(demo.client(), ids.get(i), notes);
      measures.addAll(theirs);
      agreed.addAll(planner.plans(demo.client(), ids.get(i), notes, theirs));
      if (batch.size() >= BATCH) {
        store(batch, measures, now);
      }
    }
    if (!batch.isEmpty() || !measures.isEmpty()) {
      store(batch, measures, now);
    }
    for (DemoPlanGenerator.DemoPlan p : agreed) {
      String by = DemoNoteGenerator.AUTHOR;
      long id = plans.insert(p.plan(), by, p.agreedAt());
      plans.activate(id, p.agreedAt().toLocalDate(), DemoNoteGenerator.SIGNER, by, p.agreedAt());
      if (p.completedAt() != null) {
        plans.complete(id, by, p.completedAt());
      }
    }
  }

  private void store(List<SessionNote> notes, List<OutcomeEntry> measures, LocalDateTime now) {
    sessions.importNotes(notes, DemoNoteGenerator.AUTHOR);
    outcomes.importEntries(measures, now);
    notes.clear();
    measures.clear();
  }

  /** One generated client with the dates of their past visits. */
  public record DemoClient(Client client, List<DemoVisit> visits) {
    /** A past appointment. */
    public record DemoVisit(LocalDateTime start, int minutes) {}
  }
}
