package org.knotwork.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.knotwork.body.BackRegion;
import org.knotwork.client.Client;
import org.knotwork.handout.HandoutCautions;
import org.knotwork.handout.HandoutRef;
import org.knotwork.handout.LibraryItem;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionService;
import org.knotwork.session.Signer;
import org.knotwork.session.Technique;
import org.knotwork.session.Treatment;

/**
 * Treatment plans: a new draft pre-filled from the latest note and measures, saving drafts,
 * agreeing a plan with the client (which supersedes the plan before it), completing it, and
 * revising an agreed plan as a new draft. An agreed plan itself is never changed.
 */
public final class PlanService {
  static final int DEFAULT_SESSIONS = 6;
  static final int DEFAULT_REASSESS_DAYS = 28;
  private final PlanRepository repository;
  private final SessionService sessions;
  private final OutcomeService outcomes;
  private final LongFunction<Client> clients;
  private final Clock clock;
  private final Supplier<String> actor;

  /**
   * @param clients reads a client's record by id, for the health history that rules handouts out
   * @param actor who is at work, for the audit log
   */
  public PlanService(
      PlanRepository repository,
      SessionService sessions,
      OutcomeService outcomes,
      LongFunction<Client> clients,
      Clock clock,
      Supplier<String> actor) {
    this.repository = repository;
    this.clients = clients;
    this.sessions = sessions;
    this.outcomes = outcomes;
    this.clock = clock;
    this.actor = actor;
  }

  /** The client's plans, newest first. */
  public List<TreatmentPlan> plans(long clientId) {
    return repository.forClient(clientId);
  }

  public Optional<TreatmentPlan> active(long clientId) {
    return repository.active(clientId);
  }

  public TreatmentPlan load(long planId) {
    return repository
        .find(planId)
        .orElseThrow(() -> new PlanNotEditableException("This plan no longer exists."));
  }

  /**
   * A new, unsaved draft: focus areas and modalities from the latest signed note, the session
   * length used then, weekly × 6, a reassessment in four weeks, the latest PSFS activities as
   * goals, and handouts that suit the regions.
   */
  public TreatmentPlan proposeDraft(long clientId) {
    LocalDate today = today();
    LocalDate reassess = today.plusDays(DEFAULT_REASSESS_DAYS);
    Optional<SessionNote> last = sessions.latestSigned(clientId);
    List<FocusArea> focus = new ArrayList<>();
    Set<Technique> modalities = EnumSet.noneOf(Technique.class);
    int minutes = 60;
    if (last.isPresent()) {
      minutes = Math.max(15, Math.min(180, last.get().durationMinutes()));
      for (RegionFinding f : last.get().findings()) {
        FocusArea area = new FocusArea(f.region(), f.side());
        if (!focus.contains(area)) {
          focus.add(area);
        }
        f.treatments().stream().map(Treatment::technique).forEach(modalities::add);
      }
    }
    return new TreatmentPlan(
        null,
        clientId,
        PlanStatus.DRAFT,
        today,
        "",
        psfsGoals(clientId, reassess),
        focus,
        modalities,
        minutes,
        Frequency.WEEKLY,
        DEFAULT_SESSIONS,
        suggestedHandouts(focus, clients.apply(clientId), today),
        "",
        reassess,
        "",
        null,
        null,
        null);
  }

  /** Stores a draft, new or changed; returns it as stored. */
  public TreatmentPlan saveDraft(TreatmentPlan plan) {
    if (plan.status() != PlanStatus.DRAFT) {
      throw new PlanNotEditableException(
          "An agreed plan is not changed; revise it to make a new draft.");
    }
    Map<String, String> problems = PlanRules.draftProblems(plan, today(), instruments());
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(problems);
    }
    LocalDateTime now = now();
    if (plan.id() == null) {
      return load(repository.insert(plan, actor.get(), now));
    }
    if (!repository.updateDraft(plan, actor.get(), now)) {
      throw new PlanNotEditableException(
          "This plan was agreed or removed meanwhile; nothing was changed.");
    }
    return load(plan.id());
  }

  /**
   * Saves the draft and makes it the client's active plan, agreed on {@code consentOn}. The active
   * plan before it, if any, is marked superseded.
   */
  public TreatmentPlan agree(TreatmentPlan draft, LocalDate consentOn) {
    Map<String, String> problems =
        PlanRules.agreementProblems(draft, consentOn, today(), instruments());
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(problems);
    }
    Signer by = sessions.signer(); // before anything is saved: no signer, nothing changes
    TreatmentPlan saved = saveDraft(draft);
    repository.activate(saved.id(), consentOn, by, actor.get(), now());
    return load(saved.id());
  }

  /** Marks the active plan completed. */
  public TreatmentPlan complete(long planId) {
    if (!repository.complete(planId, actor.get(), now())) {
      throw new PlanNotEditableException("Only the active plan can be completed.");
    }
    return load(planId);
  }

  /**
   * A new, unsaved draft with the content of an existing plan, starting today: the way to change an
   * agreed plan. Consent is asked again when the draft is agreed.
   */
  public TreatmentPlan revise(long planId) {
    TreatmentPlan old = load(planId);
    LocalDate today = today();
    List<PlanGoal> goals =
        old.goals().stream()
            .map(
                g ->
                    g.byDate() != null && !g.byDate().isAfter(today)
                        ? new PlanGoal(
                            g.text(),
                            g.instrumentId(),
                            g.measureName(),
                            g.higherIsBetter(),
                            g.baseline(),
                            g.target(),
                            null)
                        : g)
            .toList();
    LocalDate reassess =
        old.reassessOn() != null && old.reassessOn().isAfter(today)
            ? old.reassessOn()
            : today.plusDays(DEFAULT_REASSESS_DAYS);
    return new TreatmentPlan(
        null,
        old.clientId(),
        PlanStatus.DRAFT,
        today,
        old.impression(),
        goals,
        old.focus(),
        old.modalities(),
        old.sessionMinutes(),
        old.frequency(),
        old.sessionCount(),
        old.handouts(),
        old.homeCare(),
        reassess,
        old.referrals(),
        null,
        null,
        null);
  }

  public void deleteDraft(long planId) {
    if (!repository.deleteDraft(planId, actor.get(), now())) {
      throw new PlanNotEditableException("Only a draft can be deleted; an agreed plan stays.");
    }
  }

  /** Notes in the audit log that the plan was printed or saved as a PDF. */
  public void recordPrinted(long planId) {
    repository.recordPrinted(planId, actor.get(), now());
  }

  /** How many plans list this handout. */
  public int plansUsing(String handoutRef) {
    return repository.plansUsing(handoutRef);
  }

  /** Finds measures by id, from one read of the instruments. */
  private java.util.function.LongFunction<Instrument> instruments() {
    Map<Long, Instrument> byId = new java.util.HashMap<>();
    outcomes.instruments().forEach(i -> byId.put(i.id(), i));
    return byId::get;
  }

  private List<PlanGoal> psfsGoals(long clientId, LocalDate by) {
    List<OutcomeEntry> entries = outcomes.entries(clientId);
    return entries.stream()
        .filter(e -> Instrument.PSFS.equals(e.instrument().code()) && !e.items().isEmpty())
        .reduce((a, b) -> b.takenOn().isBefore(a.takenOn()) ? a : b)
        .map(
            latest ->
                latest.items().stream()
                    .limit(PlanRules.MAX_GOALS)
                    .map(
                        item ->
                            new PlanGoal(
                                item.activity(),
                                latest.instrument().id(),
                                latest.instrument().code(),
                                true,
                                BigDecimal.valueOf(item.score()),
                                BigDecimal.valueOf(
                                    Math.min(latest.instrument().max(), item.score() + 3.0)),
                                by))
                    // only where a meaningful gain is still possible
                    .filter(
                        g ->
                            g.target().subtract(g.baseline()).doubleValue()
                                >= latest.instrument().meaningfulChange())
                    .toList())
        .orElse(List.of());
  }

  /**
   * Why each handout in the library does not suit the client today, by reference; handouts that
   * suit them are left out. The plan editor shows these next to the handouts.
   */
  public Map<String, List<String>> handoutWarnings(long clientId, List<LibraryItem> library) {
    Client client = clients.apply(clientId);
    Map<String, List<String>> warnings = new java.util.LinkedHashMap<>();
    for (LibraryItem item : library) {
      List<String> why = HandoutCautions.reasons(item.handout(), client, today());
      if (!why.isEmpty()) {
        warnings.put(item.ref(), why);
      }
    }
    return warnings;
  }

  /**
   * Handouts that suit the regions and the client's health history on the day, then the after-care
   * sheet; as handout references. A handout whose movements the health history rules out is never
   * suggested (see {@link HandoutCautions}).
   */
  public static List<String> suggestedHandouts(
      List<FocusArea> focus, Client client, LocalDate day) {
    Set<String> keys = new LinkedHashSet<>();
    for (FocusArea f : focus) {
      keys.add(
          switch (f.region()) {
            case NECK, SHOULDERS, UPPER_BACK -> "upper-back-neck-stretch";
            case MID_BACK -> "desk-posture";
            case LOWER_BACK -> "staying-active";
            case GLUTES -> "glute-piriformis-stretch";
            case HIP_FLEXORS -> "hip-flexor-stretch";
            case HAMSTRINGS -> "hamstring-stretch";
          });
    }
    if (focus.stream().anyMatch(f -> f.region() == BackRegion.LOWER_BACK)) {
      keys.add("lifting-carrying");
    }
    List<String> refs = new ArrayList<>();
    keys.stream()
        .filter(k -> HandoutCautions.reasons(k, client, day).isEmpty())
        .limit(3)
        .forEach(k -> refs.add(HandoutRef.builtIn(k)));
    return refs;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }
}
