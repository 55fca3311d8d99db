package org.knotwork.plan;

import static org.knotwork.db.generated.Tables.PLAN_FOCUS;
import static org.knotwork.db.generated.Tables.PLAN_GOAL;
import static org.knotwork.db.generated.Tables.PLAN_HANDOUT;
import static org.knotwork.db.generated.Tables.PLAN_MODALITY;
import static org.knotwork.db.generated.Tables.TREATMENT_PLAN;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditEntry.Action;
import org.knotwork.audit.AuditRepository;
import org.knotwork.db.generated.tables.records.TreatmentPlanRecord;
import org.knotwork.session.Signer;
import org.knotwork.session.Technique;

/** Stores treatment plans with their goals, focus areas, modalities and handouts. */
public final class PlanRepository {
  static final String ENTITY = "treatment_plan";
  private final DSLContext dsl;

  public PlanRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Stores a new draft and returns its id. */
  public long insert(TreatmentPlan plan, String actor, LocalDateTime now) {
    return dsl.transactionResult(
        trx -> {
          TreatmentPlanRecord r = trx.dsl().newRecord(TREATMENT_PLAN);
          fill(r, plan);
          r.setCreatedAt(now);
          r.setUpdatedAt(now);
          r.store();
          long id = r.getId();
          insertChildren(trx.dsl(), id, plan);
          AuditRepository.record(trx.dsl(), new AuditEntry(now, actor, Action.CREATE, ENTITY, id));
          return id;
        });
  }

  /** Replaces a draft's content. Returns false when no draft with this id exists. */
  public boolean updateDraft(TreatmentPlan plan, String actor, LocalDateTime now) {
    return dsl.transactionResult(
        trx -> {
          DSLContext ctx = trx.dsl();
          TreatmentPlanRecord r =
              ctx.selectFrom(TREATMENT_PLAN)
                  .where(TREATMENT_PLAN.ID.eq(plan.id()))
                  .and(TREATMENT_PLAN.STATUS.eq(PlanStatus.DRAFT))
                  .forUpdate()
                  .fetchOptional()
                  .orElse(null);
          if (r == null) {
            return false;
          }
          fill(r, plan);
          r.setUpdatedAt(now);
          r.store();
          ctx.deleteFrom(PLAN_GOAL).where(PLAN_GOAL.PLAN_ID.eq(plan.id())).execute();
          ctx.deleteFrom(PLAN_FOCUS).where(PLAN_FOCUS.PLAN_ID.eq(plan.id())).execute();
          ctx.deleteFrom(PLAN_MODALITY).where(PLAN_MODALITY.PLAN_ID.eq(plan.id())).execute();
          ctx.deleteFrom(PLAN_HANDOUT).where(PLAN_HANDOUT.PLAN_ID.eq(plan.id())).execute();
          insertChildren(ctx, plan.id(), plan);
          AuditRepository.record(ctx, new AuditEntry(now, actor, Action.UPDATE, ENTITY, plan.id()));
          return true;
        });
  }

  /**
   * Makes a draft the client's active plan with the day of consent; the active plan it replaces, if
   * any, becomes superseded. One transaction.
   */
  public void activate(
      long planId,
      java.time.LocalDate consentOn,
      Signer agreedBy,
      String actor,
      LocalDateTime now) {
    dsl.transaction(
        trx -> {
          DSLContext ctx = trx.dsl();
          long clientId =
              ctx.select(TREATMENT_PLAN.CLIENT_ID)
                  .from(TREATMENT_PLAN)
                  .where(TREATMENT_PLAN.ID.eq(planId))
                  .and(TREATMENT_PLAN.STATUS.eq(PlanStatus.DRAFT))
                  .fetchOptional(TREATMENT_PLAN.CLIENT_ID)
                  .orElseThrow(() -> new PlanNotEditableException("Only a draft can be agreed."));
          List<Long> replaced =
              ctx.select(TREATMENT_PLAN.ID)
                  .from(TREATMENT_PLAN)
                  .where(TREATMENT_PLAN.CLIENT_ID.eq(clientId))
                  .and(TREATMENT_PLAN.STATUS.eq(PlanStatus.ACTIVE))
                  .fetch(TREATMENT_PLAN.ID);
          for (long old : replaced) {
            ctx.update(TREATMENT_PLAN)
                .set(TREATMENT_PLAN.STATUS, PlanStatus.SUPERSEDED)
                .set(TREATMENT_PLAN.ENDED_AT, now)
                .set(TREATMENT_PLAN.UPDATED_AT, now)
                .where(TREATMENT_PLAN.ID.eq(old))
                .execute();
            AuditRepository.record(ctx, new AuditEntry(now, actor, Action.SUPERSEDE, ENTITY, old));
          }
          ctx.update(TREATMENT_PLAN)
              .set(TREATMENT_PLAN.STATUS, PlanStatus.ACTIVE)
              .set(TREATMENT_PLAN.CONSENT_ON, consentOn)
              .set(TREATMENT_PLAN.ACTIVATED_AT, now)
              .set(TREATMENT_PLAN.UPDATED_AT, now)
              .set(TREATMENT_PLAN.AGREED_BY_NAME, agreedBy.name())
              .set(TREATMENT_PLAN.AGREED_BY_TITLE, agreedBy.title())
              .set(TREATMENT_PLAN.AGREED_BY_REGISTRATION, agreedBy.registration())
              .set(TREATMENT_PLAN.AGREED_BY_REGISTERED_WITH, agreedBy.registeredWith())
              .where(TREATMENT_PLAN.ID.eq(planId))
              .execute();
          AuditRepository.record(ctx, new AuditEntry(now, actor, Action.ACTIVATE, ENTITY, planId));
        });
  }

  /** Marks an active plan completed. Returns false when the plan is not active. */
  public boolean complete(long planId, String actor, LocalDateTime now) {
    return dsl.transactionResult(
        trx -> {
          int changed =
              trx.dsl()
                  .update(TREATMENT_PLAN)
                  .set(TREATMENT_PLAN.STATUS, PlanStatus.COMPLETED)
                  .set(TREATMENT_PLAN.ENDED_AT, now)
                  .set(TREATMENT_PLAN.UPDATED_AT, now)
                  .where(TREATMENT_PLAN.ID.eq(planId))
                  .and(TREATMENT_PLAN.STATUS.eq(PlanStatus.ACTIVE))
                  .execute();
          if (changed == 1) {
            AuditRepository.record(
                trx.dsl(), new AuditEntry(now, actor, Action.COMPLETE, ENTITY, planId));
          }
          return changed == 1;
        });
  }

  /** Deletes a draft. Returns false when there is no draft with this id. */
  public boolean deleteDraft(long planId, String actor, LocalDateTime now) {
    return dsl.transactionResult(
        trx -> {
          int deleted =
              trx.dsl()
                  .deleteFrom(TREATMENT_PLAN)
                  .where(TREATMENT_PLAN.ID.eq(planId))
                  .and(TREATMENT_PLAN.STATUS.eq(PlanStatus.DRAFT))
                  .execute();
          if (deleted == 1) {
            AuditRepository.record(
                trx.dsl(), new AuditEntry(now, actor, Action.DISCARD_DRAFT, ENTITY, planId));
          }
          return deleted == 1;
        });
  }

  /** Notes in the audit log that a plan was printed or saved as a PDF. */
  public void recordPrinted(long planId, String actor, LocalDateTime now) {
    AuditRepository.record(dsl, new AuditEntry(now, actor, Action.PRINT, ENTITY, planId));
  }

  public Optional<TreatmentPlan> find(long planId) {
    return dsl.selectFrom(TREATMENT_PLAN)
        .where(TREATMENT_PLAN.ID.eq(planId))
        .fetchOptional()
        .map(r -> assemble(List.of(r)).get(0));
  }

  /** The client's plans, newest first. */
  public List<TreatmentPlan> forClient(long clientId) {
    return assemble(
        dsl.selectFrom(TREATMENT_PLAN)
            .where(TREATMENT_PLAN.CLIENT_ID.eq(clientId))
            .orderBy(TREATMENT_PLAN.STARTS_ON.desc(), TREATMENT_PLAN.ID.desc())
            .fetch());
  }

  public Optional<TreatmentPlan> active(long clientId) {
    return assemble(
            dsl.selectFrom(TREATMENT_PLAN)
                .where(TREATMENT_PLAN.CLIENT_ID.eq(clientId))
                .and(TREATMENT_PLAN.STATUS.eq(PlanStatus.ACTIVE))
                .fetch())
        .stream()
        .findFirst();
  }

  /** Whether any plan still lists this handout. */
  public int plansUsing(String handoutRef) {
    return dsl.fetchCount(PLAN_HANDOUT, PLAN_HANDOUT.HANDOUT_REF.eq(handoutRef));
  }

  private static void fill(TreatmentPlanRecord r, TreatmentPlan p) {
    r.setClientId(p.clientId());
    r.setStatus(p.status());
    r.setStartsOn(p.startsOn());
    r.setImpression(p.impression());
    r.setSessionMinutes(p.sessionMinutes());
    r.setFrequency(p.frequency());
    r.setSessionCount(p.sessionCount());
    r.setHomeCare(p.homeCare());
    r.setReassessOn(p.reassessOn());
    r.setReferrals(p.referrals());
    r.setConsentOn(p.consentOn());
  }

  private static void insertChildren(DSLContext ctx, long id, TreatmentPlan p) {
    int pos = 0;
    for (PlanGoal g : p.goals()) {
      ctx.insertInto(PLAN_GOAL)
          .set(PLAN_GOAL.PLAN_ID, id)
          .set(PLAN_GOAL.POSITION, pos++)
          .set(PLAN_GOAL.TEXT, g.text())
          .set(PLAN_GOAL.INSTRUMENT_ID, g.instrumentId())
          .set(PLAN_GOAL.MEASURE_NAME, g.measureName())
          .set(PLAN_GOAL.HIGHER_IS_BETTER, g.higherIsBetter())
          .set(PLAN_GOAL.BASELINE, g.baseline())
          .set(PLAN_GOAL.TARGET, g.target())
          .set(PLAN_GOAL.BY_DATE, g.byDate())
          .execute();
    }
    pos = 0;
    for (FocusArea f : p.focus()) {
      ctx.insertInto(PLAN_FOCUS)
          .set(PLAN_FOCUS.PLAN_ID, id)
          .set(PLAN_FOCUS.POSITION, pos++)
          .set(PLAN_FOCUS.REGION, f.region())
          .set(PLAN_FOCUS.SIDE, f.side())
          .execute();
    }
    for (Technique t : p.modalities()) {
      ctx.insertInto(PLAN_MODALITY)
          .set(PLAN_MODALITY.PLAN_ID, id)
          .set(PLAN_MODALITY.TECHNIQUE, t)
          .execute();
    }
    pos = 0;
    for (String ref : p.handouts()) {
      ctx.insertInto(PLAN_HANDOUT)
          .set(PLAN_HANDOUT.PLAN_ID, id)
          .set(PLAN_HANDOUT.POSITION, pos++)
          .set(PLAN_HANDOUT.HANDOUT_REF, ref)
          .execute();
    }
  }

  /** Builds plans from their header rows with four queries for all children together. */
  private List<TreatmentPlan> assemble(List<TreatmentPlanRecord> heads) {
    if (heads.isEmpty()) {
      return List.of();
    }
    Set<Long> ids = heads.stream().map(TreatmentPlanRecord::getId).collect(Collectors.toSet());
    Map<Long, List<PlanGoal>> goals =
        dsl.selectFrom(PLAN_GOAL)
            .where(PLAN_GOAL.PLAN_ID.in(ids))
            .orderBy(PLAN_GOAL.POSITION)
            .fetchGroups(
                PLAN_GOAL.PLAN_ID,
                g ->
                    new PlanGoal(
                        g.getText(),
                        g.getInstrumentId(),
                        g.getMeasureName(),
                        g.getHigherIsBetter(),
                        g.getBaseline(),
                        g.getTarget(),
                        g.getByDate()));
    Map<Long, List<FocusArea>> focus =
        dsl.selectFrom(PLAN_FOCUS)
            .where(PLAN_FOCUS.PLAN_ID.in(ids))
            .orderBy(PLAN_FOCUS.POSITION)
            .fetchGroups(PLAN_FOCUS.PLAN_ID, f -> new FocusArea(f.getRegion(), f.getSide()));
    Map<Long, List<Technique>> modalities =
        dsl.selectFrom(PLAN_MODALITY)
            .where(PLAN_MODALITY.PLAN_ID.in(ids))
            .fetchGroups(PLAN_MODALITY.PLAN_ID, m -> m.getTechnique());
    Map<Long, List<String>> handouts =
        dsl.selectFrom(PLAN_HANDOUT)
            .where(PLAN_HANDOUT.PLAN_ID.in(ids))
            .orderBy(PLAN_HANDOUT.POSITION)
            .fetchGroups(PLAN_HANDOUT.PLAN_ID, PLAN_HANDOUT.HANDOUT_REF);
    List<TreatmentPlan> plans = new ArrayList<>();
    for (TreatmentPlanRecord r : heads) {
      Set<Technique> techniques = EnumSet.noneOf(Technique.class);
      techniques.addAll(modalities.getOrDefault(r.getId(), List.of()));
      plans.add(
          new TreatmentPlan(
              r.getId(),
              r.getClientId(),
              r.getStatus(),
              r.getStartsOn(),
              r.getImpression(),
              goals.getOrDefault(r.getId(), List.of()),
              focus.getOrDefault(r.getId(), List.of()),
              techniques,
              r.getSessionMinutes(),
              r.getFrequency(),
              r.getSessionCount(),
              handouts.getOrDefault(r.getId(), List.of()),
              r.getHomeCare(),
              r.getReassessOn(),
              r.getReferrals(),
              r.getConsentOn(),
              r.getCreatedAt(),
              r.getActivatedAt(),
              r.getAgreedByName() == null
                  ? null
                  : new Signer(
                      r.getAgreedByName(),
                      r.getAgreedByTitle(),
                      r.getAgreedByRegistration(),
                      r.getAgreedByRegisteredWith())));
    }
    return plans;
  }
}
