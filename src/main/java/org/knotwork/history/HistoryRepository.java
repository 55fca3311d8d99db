package org.knotwork.history;

import static org.knotwork.db.generated.Tables.APPOINTMENT;
import static org.knotwork.db.generated.Tables.BOOKABLE_SERVICE;
import static org.knotwork.db.generated.Tables.OUTCOME_ENTRY;
import static org.knotwork.db.generated.Tables.OUTCOME_INSTRUMENT;
import static org.knotwork.db.generated.Tables.PLAN_FOCUS;
import static org.knotwork.db.generated.Tables.SESSION;
import static org.knotwork.db.generated.Tables.SESSION_ADDENDUM;
import static org.knotwork.db.generated.Tables.SESSION_FINDING;
import static org.knotwork.db.generated.Tables.SESSION_RED_FLAG;
import static org.knotwork.db.generated.Tables.SESSION_TREATMENT;
import static org.knotwork.db.generated.Tables.TREATMENT_PLAN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.appointment.PlaceKind;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.outcome.Instrument;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RedFlagSummary;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.Technique;

/**
 * Reads a client's history across all their sessions: the timeline, pain series and overview.
 *
 * <p>Every call runs a fixed handful of set-based queries for the whole client (sessions, their
 * findings, treatments, addenda and red flags, and outcome measures), each driven by the indexes on
 * {@code session(client_id, service_start)}, the children's {@code session_id}/{@code finding_id}
 * and {@code outcome_entry(client_id, taken_on)}, and assembles the result in memory. The number of
 * queries does not grow with the number of sessions.
 */
public final class HistoryRepository {
  /** Longest addendum text shown on a timeline line. */
  static final int ADDENDUM_DETAIL_LENGTH = 120;

  /** Outcome measures carry a date only; they sit at midday on the timeline. */
  static final LocalTime MEASURE_TIME = LocalTime.NOON;

  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.UK);
  private static final java.time.format.DateTimeFormatter CANCELLED_ON =
      java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", java.util.Locale.UK);

  private static final NoteStatus SIGNED = NoteStatus.SIGNED;
  private static final NoteStatus DRAFT = NoteStatus.DRAFT;
  private static final RedFlagAnswer YES = RedFlagAnswer.YES;

  /** Newest first; a session's own line before its red flag and referral at the same moment. */
  private static final Comparator<TimelineEntry> NEWEST_FIRST =
      Comparator.comparing(TimelineEntry::at)
          .reversed()
          .thenComparing(Comparator.comparingLong(TimelineEntry::sessionId).reversed())
          .thenComparing(TimelineEntry::kind)
          .thenComparing(Comparator.comparingLong(TimelineEntry::refId).reversed());

  private final DSLContext dsl;

  public HistoryRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Everything that happened for the client, newest first, every kind of entry. */
  public List<TimelineEntry> timeline(long clientId) {
    Condition ofClient = SESSION.CLIENT_ID.eq(clientId);
    Map<Long, List<PainPoint>> findings =
        findings(ofClient).stream()
            .collect(
                Collectors.groupingBy(PainPoint::sessionId, HashMap::new, Collectors.toList()));
    Map<Long, Set<Technique>> techniques = techniques(ofClient);
    Map<Long, List<RedFlagQuestion>> flags = redFlagsAnsweredYes(ofClient);
    Map<Long, Set<RedFlagQuestion>> answered = redFlagsAnswered(ofClient);

    List<TimelineEntry> entries = new ArrayList<>();
    Map<Long, SessionHead> heads = new HashMap<>();
    dsl.select(
            SESSION.ID,
            SESSION.SERVICE_START,
            SESSION.DURATION_MINUTES,
            SESSION.STATUS,
            SESSION.RED_FLAG_ADVICE,
            SESSION.REFERRAL,
            SESSION.ENDED_WITHOUT_TREATMENT)
        .from(SESSION)
        .where(ofClient)
        .forEach(
            r -> {
              long id = r.value1();
              LocalDateTime at = r.value2();
              boolean draft = r.value4() != SIGNED;
              List<PainPoint> sessionFindings = findings.getOrDefault(id, List.of());
              Set<BackRegion> regions = regionsOf(sessionFindings);
              heads.put(id, new SessionHead(regions, draft));
              entries.add(
                  new TimelineEntry(
                      EntryKind.SESSION,
                      at,
                      id,
                      id,
                      "Session · " + r.value3() + " min" + (draft ? " · draft" : ""),
                      sessionDetail(sessionFindings, techniques.getOrDefault(id, Set.of()))
                          + (Boolean.TRUE.equals(r.value7())
                              ? " · " + RedFlagSummary.ENDED_WITHOUT_TREATMENT
                              : ""),
                      regions,
                      false,
                      draft));
              List<RedFlagQuestion> yes = flags.getOrDefault(id, List.of());
              Set<RedFlagQuestion> all = answered.getOrDefault(id, Set.of());
              List<RedFlagQuestion> notAsked = draft ? List.of() : RedFlagQuestion.notAsked(all);
              if (!yes.isEmpty() || !notAsked.isEmpty()) {
                boolean urgent = yes.stream().anyMatch(RedFlagQuestion::urgent);
                String advice = r.value5() == null ? "not recorded" : r.value5();
                String detail =
                    yes.isEmpty() ? "" : RedFlagWording.answeredYes(yes) + " Advice: " + advice;
                if (!notAsked.isEmpty()) {
                  detail =
                      (detail.isEmpty() ? "" : detail + " ")
                          + "Not asked: "
                          + RedFlagWording.answeredYes(notAsked);
                }
                entries.add(
                    new TimelineEntry(
                        EntryKind.RED_FLAG,
                        at,
                        id,
                        id,
                        RedFlagWording.title(yes, RedFlagQuestion.firstReleaseScreen(all)),
                        detail,
                        regions,
                        urgent,
                        draft));
              }
              String referral = r.value6();
              if (referral != null && !referral.isBlank()) {
                entries.add(
                    new TimelineEntry(
                        EntryKind.REFERRAL,
                        at,
                        id,
                        id,
                        "Referral",
                        referral.strip(),
                        regions,
                        false,
                        draft));
              }
            });

    dsl.select(
            SESSION_ADDENDUM.ID,
            SESSION_ADDENDUM.SESSION_ID,
            SESSION_ADDENDUM.WRITTEN_AT,
            SESSION_ADDENDUM.REASON,
            SESSION_ADDENDUM.TEXT)
        .from(SESSION)
        .join(SESSION_ADDENDUM)
        .on(SESSION_ADDENDUM.SESSION_ID.eq(SESSION.ID))
        .where(ofClient)
        .forEach(
            r -> {
              SessionHead head = heads.getOrDefault(r.value2(), SessionHead.UNKNOWN);
              entries.add(
                  new TimelineEntry(
                      EntryKind.ADDENDUM,
                      r.value3(),
                      r.value2(),
                      r.value1(),
                      "Addendum: " + r.value4(),
                      shorten(r.value5(), ADDENDUM_DETAIL_LENGTH),
                      head.regions(),
                      false,
                      head.draft()));
            });

    dsl.select(
            OUTCOME_ENTRY.ID,
            OUTCOME_ENTRY.TAKEN_ON,
            OUTCOME_ENTRY.SCORE,
            OUTCOME_INSTRUMENT.NAME,
            OUTCOME_INSTRUMENT.UNIT,
            OUTCOME_INSTRUMENT.CODE)
        .from(OUTCOME_ENTRY)
        .join(OUTCOME_INSTRUMENT)
        .on(OUTCOME_INSTRUMENT.ID.eq(OUTCOME_ENTRY.INSTRUMENT_ID))
        .where(OUTCOME_ENTRY.CLIENT_ID.eq(clientId))
        .forEach(
            r ->
                entries.add(
                    new TimelineEntry(
                        EntryKind.MEASURE,
                        r.value2().atTime(MEASURE_TIME),
                        0,
                        r.value1(),
                        r.value4(),
                        Instrument.display(r.value6(), r.value5(), r.value3().doubleValue()),
                        Set.of(),
                        false,
                        false)));

    entries.addAll(plans(clientId));
    entries.addAll(appointments(clientId));
    entries.sort(NEWEST_FIRST);
    return List.copyOf(entries);
  }

  /**
   * One line per appointment that is not the visit itself (a completed appointment is its session's
   * line): booked, arrived, missed, or cancelled, with who cancelled and when. An arrived
   * appointment with a draft note opens that note.
   */
  private List<TimelineEntry> appointments(long clientId) {
    return dsl.select(
            APPOINTMENT.ID,
            APPOINTMENT.STARTS_AT,
            APPOINTMENT.LENGTH_MINUTES,
            APPOINTMENT.STATE,
            APPOINTMENT.CANCELLED_BY,
            APPOINTMENT.CANCELLED_AT,
            APPOINTMENT.PLACE_KIND,
            APPOINTMENT.ADDRESS,
            APPOINTMENT.SESSION_ID,
            BOOKABLE_SERVICE.NAME)
        .from(APPOINTMENT)
        .leftJoin(BOOKABLE_SERVICE)
        .on(BOOKABLE_SERVICE.ID.eq(APPOINTMENT.SERVICE_ID))
        .where(APPOINTMENT.CLIENT_ID.eq(clientId))
        .and(APPOINTMENT.STATE.ne(AppointmentState.COMPLETED))
        .fetch(
            r -> {
              AppointmentState state = r.value4();
              LocalDateTime start = r.value2();
              String when = TIME.format(start) + "–" + TIME.format(start.plusMinutes(r.value3()));
              String where =
                  r.value7() == PlaceKind.CLIENT_HOME
                      ? "at home"
                          + (r.value8() == null
                              ? ""
                              : ", " + r.value8().lines().findFirst().orElse(""))
                      : "in the room";
              List<String> detail = new ArrayList<>();
              if (r.value10() != null) {
                detail.add(r.value10());
              }
              detail.add(when + " " + where);
              String title;
              if (state.isCancelled()) {
                String who = r.value5() == CancelledBy.THERAPIST ? "the therapist" : "the client";
                title =
                    (state == AppointmentState.CANCELLED_LATE
                            ? "Appointment cancelled at short notice by "
                            : "Appointment cancelled by ")
                        + who;
                if (r.value6() != null) {
                  detail.add("cancelled on " + CANCELLED_ON.format(r.value6()));
                }
              } else {
                title =
                    switch (state) {
                      case NO_SHOW -> "No-show";
                      case ARRIVED -> "Appointment · arrived";
                      default -> "Appointment booked";
                    };
              }
              return new TimelineEntry(
                  EntryKind.APPOINTMENT,
                  start,
                  r.value9() == null ? 0 : r.value9(),
                  r.value1(),
                  title,
                  String.join(" · ", detail),
                  Set.of(),
                  false,
                  false,
                  state.isCancelled());
            });
  }

  /** One line per agreed plan, on the day it was agreed, with its focus regions. */
  private List<TimelineEntry> plans(long clientId) {
    Map<Long, List<org.knotwork.db.generated.tables.records.PlanFocusRecord>> focus =
        dsl.selectFrom(PLAN_FOCUS)
            .where(
                PLAN_FOCUS.PLAN_ID.in(
                    DSL.select(TREATMENT_PLAN.ID)
                        .from(TREATMENT_PLAN)
                        .where(TREATMENT_PLAN.CLIENT_ID.eq(clientId))))
            .orderBy(PLAN_FOCUS.POSITION)
            .fetchGroups(PLAN_FOCUS.PLAN_ID, r -> r);
    List<TimelineEntry> plans = new ArrayList<>();
    dsl.selectFrom(TREATMENT_PLAN)
        .where(TREATMENT_PLAN.CLIENT_ID.eq(clientId))
        .and(TREATMENT_PLAN.ACTIVATED_AT.isNotNull())
        .forEach(
            p -> {
              List<org.knotwork.db.generated.tables.records.PlanFocusRecord> areas =
                  focus.getOrDefault(p.getId(), List.of());
              Set<BackRegion> regions = EnumSet.noneOf(BackRegion.class);
              List<String> labels = new ArrayList<>();
              for (var a : areas) {
                BackRegion region = a.getRegion();
                regions.add(region);
                Side side = a.getSide();
                labels.add(
                    region.label()
                        + (side == Side.BILATERAL ? "" : " (" + side.abbreviation() + ")"));
              }
              String status =
                  switch (p.getStatus()) {
                    case COMPLETED -> " · completed";
                    case SUPERSEDED -> " · replaced later";
                    default -> " · active";
                  };
              String schedule = p.getFrequency().label() + " × " + p.getSessionCount();
              plans.add(
                  new TimelineEntry(
                      EntryKind.PLAN,
                      p.getActivatedAt(),
                      0,
                      p.getId(),
                      "Treatment plan agreed" + status,
                      schedule + (labels.isEmpty() ? "" : " · " + String.join(", ", labels)),
                      regions,
                      false,
                      false));
            });
    return plans;
  }

  /** One point per finding of the client's signed sessions, oldest first. */
  public List<PainPoint> painSeries(long clientId) {
    return findings(SESSION.CLIENT_ID.eq(clientId).and(SESSION.STATUS.eq(SIGNED)));
  }

  /**
   * Last visit (the latest signed note; a draft is no visit), session counts, progress per region
   * and the latest red flag, as of today.
   */
  public ClientOverview overview(long clientId, LocalDate today) {
    Condition ofClient = SESSION.CLIENT_ID.eq(clientId);
    Field<Integer> signed = DSL.count().filterWhere(SESSION.STATUS.eq(SIGNED));
    Field<Integer> drafts = DSL.count().filterWhere(SESSION.STATUS.eq(DRAFT));
    Field<LocalDateTime> lastVisit =
        DSL.max(SESSION.SERVICE_START)
            .filterWhere(
                SESSION
                    .STATUS
                    .eq(SIGNED)
                    .and(SESSION.SERVICE_START.lt(today.plusDays(1).atStartOfDay())));
    Record3<Integer, Integer, LocalDateTime> counts =
        dsl.select(signed, drafts, lastVisit).from(SESSION).where(ofClient).fetchSingle();
    LocalDateTime lastFlag =
        dsl.select(DSL.max(SESSION.SERVICE_START))
            .from(SESSION)
            .join(SESSION_RED_FLAG)
            .on(SESSION_RED_FLAG.SESSION_ID.eq(SESSION.ID))
            .where(ofClient.and(SESSION_RED_FLAG.ANSWER.eq(YES)))
            .fetchSingle()
            .value1();
    LocalDate last = counts.value3() == null ? null : counts.value3().toLocalDate();
    return new ClientOverview(
        last,
        last == null ? null : ChronoUnit.DAYS.between(last, today),
        counts.value1(),
        counts.value2(),
        Progress.byRegion(painSeries(clientId)),
        Optional.ofNullable(lastFlag).map(LocalDateTime::toLocalDate));
  }

  /** Pain now and highest pain before/after of each signed session, oldest first. */
  List<SessionPain> sessionPain(long clientId) {
    return dsl.select(
            SESSION.ID,
            SESSION.SERVICE_START,
            SESSION.PAIN_NOW,
            DSL.max(SESSION_FINDING.PAIN_BEFORE),
            DSL.max(SESSION_FINDING.PAIN_AFTER))
        .from(SESSION)
        .leftJoin(SESSION_FINDING)
        .on(SESSION_FINDING.SESSION_ID.eq(SESSION.ID))
        .where(SESSION.CLIENT_ID.eq(clientId).and(SESSION.STATUS.eq(SIGNED)))
        .groupBy(SESSION.ID, SESSION.SERVICE_START, SESSION.PAIN_NOW)
        .orderBy(SESSION.SERVICE_START, SESSION.ID)
        .fetch(r -> new SessionPain(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
  }

  private List<PainPoint> findings(Condition sessions) {
    return dsl.select(
            SESSION_FINDING.SESSION_ID,
            SESSION.SERVICE_START,
            SESSION_FINDING.REGION,
            SESSION_FINDING.SIDE,
            SESSION_FINDING.PAIN_BEFORE,
            SESSION_FINDING.PAIN_AFTER)
        .from(SESSION)
        .join(SESSION_FINDING)
        .on(SESSION_FINDING.SESSION_ID.eq(SESSION.ID))
        .where(sessions)
        .orderBy(SESSION.SERVICE_START, SESSION.ID, SESSION_FINDING.POSITION_IN_NOTE)
        .fetch(
            r ->
                new PainPoint(
                    r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
  }

  /** The techniques of each session, in note order, each once. */
  private Map<Long, Set<Technique>> techniques(Condition sessions) {
    Map<Long, Set<Technique>> bySession = new HashMap<>();
    dsl.select(SESSION_FINDING.SESSION_ID, SESSION_TREATMENT.TECHNIQUE)
        .from(SESSION)
        .join(SESSION_FINDING)
        .on(SESSION_FINDING.SESSION_ID.eq(SESSION.ID))
        .join(SESSION_TREATMENT)
        .on(SESSION_TREATMENT.FINDING_ID.eq(SESSION_FINDING.ID))
        .where(sessions)
        .orderBy(
            SESSION_FINDING.SESSION_ID,
            SESSION_FINDING.POSITION_IN_NOTE,
            SESSION_TREATMENT.POSITION_IN_NOTE)
        .forEach(
            r ->
                bySession.computeIfAbsent(r.value1(), id -> new LinkedHashSet<>()).add(r.value2()));
    return bySession;
  }

  private Map<Long, Set<RedFlagQuestion>> redFlagsAnswered(Condition sessions) {
    Map<Long, Set<RedFlagQuestion>> bySession = new HashMap<>();
    dsl.select(SESSION_RED_FLAG.SESSION_ID, SESSION_RED_FLAG.QUESTION)
        .from(SESSION)
        .join(SESSION_RED_FLAG)
        .on(SESSION_RED_FLAG.SESSION_ID.eq(SESSION.ID))
        .where(sessions)
        .forEach(
            r ->
                bySession
                    .computeIfAbsent(r.value1(), id -> EnumSet.noneOf(RedFlagQuestion.class))
                    .add(r.value2()));
    return bySession;
  }

  private Map<Long, List<RedFlagQuestion>> redFlagsAnsweredYes(Condition sessions) {
    Map<Long, List<RedFlagQuestion>> bySession = new HashMap<>();
    dsl.select(SESSION_RED_FLAG.SESSION_ID, SESSION_RED_FLAG.QUESTION)
        .from(SESSION)
        .join(SESSION_RED_FLAG)
        .on(SESSION_RED_FLAG.SESSION_ID.eq(SESSION.ID))
        .where(sessions.and(SESSION_RED_FLAG.ANSWER.eq(YES)))
        .forEach(
            r -> bySession.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
    return bySession;
  }

  private static Set<BackRegion> regionsOf(List<PainPoint> findings) {
    if (findings.isEmpty()) {
      return Set.of();
    }
    Set<BackRegion> regions = EnumSet.noneOf(BackRegion.class);
    findings.forEach(f -> regions.add(f.region()));
    return regions;
  }

  /** "Lower back R>L 7→3, Glutes L 5→2 · Deep tissue, Trigger point". */
  static String sessionDetail(List<PainPoint> findings, Set<Technique> techniques) {
    String regions =
        findings.stream()
            .map(f -> RegionFinding.of(f.region(), f.side()).label() + pain(f.before(), f.after()))
            .collect(Collectors.joining(", "));
    String done = techniques.stream().map(Technique::label).collect(Collectors.joining(", "));
    if (regions.isEmpty() && done.isEmpty()) {
      return "No regions recorded";
    }
    if (regions.isEmpty() || done.isEmpty()) {
      return regions + done;
    }
    return regions + " · " + done;
  }

  private static String pain(Integer before, Integer after) {
    if (before == null && after == null) {
      return "";
    }
    if (after == null) {
      return " " + before;
    }
    return " " + (before == null ? "" : before) + "→" + after;
  }

  /** The text as is, or its first {@code max} characters and an ellipsis. */
  static String shorten(String text, int max) {
    String t = text.strip();
    if (t.length() <= max) {
      return t;
    }
    int end = Character.isHighSurrogate(t.charAt(max - 1)) ? max - 1 : max;
    return t.substring(0, end) + "…";
  }

  private record SessionHead(Set<BackRegion> regions, boolean draft) {
    static final SessionHead UNKNOWN = new SessionHead(Set.of(), false);
  }
}
