package org.knotwork.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.plan.FocusArea;
import org.knotwork.plan.Frequency;
import org.knotwork.plan.PlanGoal;
import org.knotwork.plan.PlanService;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.Technique;
import org.knotwork.session.Treatment;

/**
 * Treatment plans for a demo client that match their notes and measures: one agreed at the first
 * visit, a revised one halfway through a long course of care, and the last one completed when the
 * client has not been back for half a year.
 */
final class DemoPlanGenerator {
  /** A plan to store, with when it was agreed and (if so) when it was completed. */
  record DemoPlan(TreatmentPlan plan, LocalDateTime agreedAt, LocalDateTime completedAt) {}

  private static final int MIN_VISITS = 3;
  private static final int REVISE_AFTER_DAYS = 120;
  private static final int DORMANT_DAYS = 180;
  private final LocalDate today;

  DemoPlanGenerator(LocalDate today) {
    this.today = today;
  }

  List<DemoPlan> plans(
      org.knotwork.client.Client client,
      long clientId,
      List<SessionNote> notes,
      List<OutcomeEntry> measures) {
    List<SessionNote> signed =
        notes.stream()
            .filter(n -> n.status() == NoteStatus.SIGNED)
            .filter(
                n -> !n.findings().isEmpty()) // a plan is made from a visit that found something
            .sorted(java.util.Comparator.comparing(SessionNote::serviceStart))
            .toList();
    if (signed.size() < MIN_VISITS) {
      return List.of();
    }
    List<DemoPlan> plans = new ArrayList<>();
    SessionNote first = signed.get(0);
    SessionNote last = signed.get(signed.size() - 1);
    plans.add(plan(client, clientId, first, measures, null));
    int middle = signed.size() / 2;
    SessionNote halfway = signed.get(middle);
    if (middle > 0
        && first.serviceStart().plusDays(REVISE_AFTER_DAYS).isBefore(halfway.serviceStart())) {
      plans.add(plan(client, clientId, halfway, measures, null));
    }
    if (last.serviceStart().toLocalDate().plusDays(DORMANT_DAYS).isBefore(today)) {
      DemoPlan latest = plans.remove(plans.size() - 1);
      plans.add(new DemoPlan(latest.plan(), latest.agreedAt(), last.serviceStart().plusHours(2)));
    }
    return plans;
  }

  private DemoPlan plan(
      org.knotwork.client.Client client,
      long clientId,
      SessionNote at,
      List<OutcomeEntry> measures,
      LocalDateTime completed) {
    List<FocusArea> focus = new ArrayList<>();
    Set<Technique> techniques = EnumSet.noneOf(Technique.class);
    for (RegionFinding f : at.findings()) {
      FocusArea area = new FocusArea(f.region(), f.side());
      if (!focus.contains(area)) {
        focus.add(area);
      }
      f.treatments().stream().map(Treatment::technique).forEach(techniques::add);
    }
    LocalDate day = at.serviceStart().toLocalDate();
    LocalDate reassess = day.plusDays(42);
    List<PlanGoal> goals = goals(day, reassess, measures, at);
    List<String> handouts = PlanService.suggestedHandouts(focus, client, day);
    TreatmentPlan plan =
        new TreatmentPlan(
            null,
            clientId,
            PlanStatus.DRAFT,
            day,
            impression(at),
            goals,
            focus,
            techniques,
            at.durationMinutes(),
            Frequency.WEEKLY,
            6,
            handouts,
            homeCare(focus, handouts),
            reassess,
            "",
            null,
            null,
            null);
    return new DemoPlan(plan, at.serviceStart().plusMinutes(at.durationMinutes() + 5), completed);
  }

  /** What to keep doing between visits, and why, in the words a therapist would write. */
  private static String homeCare(List<FocusArea> focus, List<String> handouts) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Continue short walks on most days: moving keeps the back supple and eases the stiffness"
            + " that builds up after sitting.");
    if (handouts.stream().anyMatch(h -> h.endsWith("-stretch"))) {
      lines.add(
          "Continue the stretches on the handouts once or twice a day: looser muscles around the"
              + " "
              + focus.get(0).region().label().toLowerCase(java.util.Locale.ROOT)
              + " take pull off the lower back between sessions.");
    }
    if (handouts.contains(org.knotwork.handout.HandoutRef.builtIn("lifting-carrying"))) {
      lines.add(
          "Keep to the lifting advice at home and at work: it protects the lower back while the"
              + " muscles settle.");
    }
    return String.join("\n", lines);
  }

  private static String impression(SessionNote at) {
    List<String> regions =
        at.findings().stream().map(f -> f.region().label().toLowerCase()).distinct().toList();
    return "Muscle tension and tenderness in the "
        + String.join(" and ", regions)
        + ", eased by soft-tissue work; no sign that needs a referral at this time.";
  }

  /** A PSFS goal from the nearest PSFS, otherwise one on the pain rating. */
  private static List<PlanGoal> goals(
      LocalDate day, LocalDate by, List<OutcomeEntry> measures, SessionNote at) {
    OutcomeEntry psfs =
        measures.stream()
            .filter(e -> Instrument.PSFS.equals(e.instrument().code()) && !e.items().isEmpty())
            .filter(e -> !e.takenOn().isAfter(day.plusDays(7)))
            .reduce((a, b) -> b)
            .orElse(null);
    List<PlanGoal> goals = new ArrayList<>();
    if (psfs != null) {
      psfs.items().stream()
          .filter(i -> i.score() <= 7)
          .limit(2)
          .forEach(
              i ->
                  goals.add(
                      new PlanGoal(
                          i.activity(),
                          psfs.instrument().id(),
                          psfs.instrument().code(),
                          true,
                          BigDecimal.valueOf(i.score()),
                          BigDecimal.valueOf(Math.min(10, i.score() + 3)),
                          by)));
    }
    Integer pain =
        at.findings().stream()
            .map(RegionFinding::painBefore)
            .filter(p -> p != null && p >= 3)
            .max(Integer::compare)
            .orElse(null);
    OutcomeEntry nprs =
        measures.stream()
            .filter(e -> Instrument.NPRS.equals(e.instrument().code()))
            .findFirst()
            .orElse(null);
    if (pain != null && nprs != null) {
      goals.add(
          new PlanGoal(
              "Everyday pain down to a level that no longer limits the day",
              nprs.instrument().id(),
              nprs.instrument().code(),
              false,
              BigDecimal.valueOf(pain),
              BigDecimal.valueOf(Math.max(0, pain - 3)),
              by));
    }
    return goals;
  }
}
