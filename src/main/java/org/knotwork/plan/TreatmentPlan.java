package org.knotwork.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.knotwork.session.Signer;
import org.knotwork.session.Technique;

/**
 * A treatment plan agreed with the client.
 *
 * @param id null until stored
 * @param impression the therapist's clinical impression in their own words (never a diagnosis)
 * @param handouts references to the handouts given with the plan, in print order: the key of a
 *     built-in ("builtin:hamstring-stretch") or a stored handout ("handout:12")
 * @param homeCare further home-care instructions in the therapist's words; may be empty
 * @param referrals referrals agreed or suggested; may be empty
 * @param consentOn the day the client consented to this plan; null until they have
 * @param activatedAt when the plan became active; null for a draft
 * @param agreedBy the therapist who agreed it with the client, as registered then; null for a
 *     draft, and for a plan agreed before Knotwork kept the therapist's profile
 */
public record TreatmentPlan(
    Long id,
    long clientId,
    PlanStatus status,
    LocalDate startsOn,
    String impression,
    List<PlanGoal> goals,
    List<FocusArea> focus,
    Set<Technique> modalities,
    int sessionMinutes,
    Frequency frequency,
    int sessionCount,
    List<String> handouts,
    String homeCare,
    LocalDate reassessOn,
    String referrals,
    LocalDate consentOn,
    LocalDateTime createdAt,
    LocalDateTime activatedAt,
    Signer agreedBy) {
  public TreatmentPlan {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(frequency, "frequency");
    impression = impression == null ? "" : impression;
    goals = List.copyOf(goals);
    focus = List.copyOf(focus);
    modalities =
        modalities.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(modalities)); // in list order
    handouts = List.copyOf(handouts);
    homeCare = homeCare == null ? "" : homeCare;
    referrals = referrals == null ? "" : referrals;
  }

  /** A plan without a recorded therapist: a draft, or one agreed before profiles were kept. */
  public TreatmentPlan(
      Long id,
      long clientId,
      PlanStatus status,
      LocalDate startsOn,
      String impression,
      List<PlanGoal> goals,
      List<FocusArea> focus,
      Set<Technique> modalities,
      int sessionMinutes,
      Frequency frequency,
      int sessionCount,
      List<String> handouts,
      String homeCare,
      LocalDate reassessOn,
      String referrals,
      LocalDate consentOn,
      LocalDateTime createdAt,
      LocalDateTime activatedAt) {
    this(
        id,
        clientId,
        status,
        startsOn,
        impression,
        goals,
        focus,
        modalities,
        sessionMinutes,
        frequency,
        sessionCount,
        handouts,
        homeCare,
        reassessOn,
        referrals,
        consentOn,
        createdAt,
        activatedAt,
        null);
  }

  /** The same plan with another clinical impression. */
  public TreatmentPlan withImpression(String newImpression) {
    return with(newImpression, goals);
  }

  /** The same plan with other goals. */
  public TreatmentPlan withGoals(List<PlanGoal> newGoals) {
    return with(impression, newGoals);
  }

  private TreatmentPlan with(String newImpression, List<PlanGoal> newGoals) {
    return new TreatmentPlan(
        id,
        clientId,
        status,
        startsOn,
        newImpression,
        newGoals,
        focus,
        modalities,
        sessionMinutes,
        frequency,
        sessionCount,
        handouts,
        homeCare,
        reassessOn,
        referrals,
        consentOn,
        createdAt,
        activatedAt,
        agreedBy);
  }

  /** "Weekly × 6 sessions of 60 minutes". */
  public String schedule() {
    return frequency.label()
        + " × "
        + sessionCount
        + (sessionCount == 1 ? " session" : " sessions")
        + " of "
        + sessionMinutes
        + " minutes";
  }
}
