package org.knotwork.session;

import static org.knotwork.db.generated.Tables.QUICK_PHRASE;
import static org.knotwork.db.generated.Tables.SESSION;
import static org.knotwork.db.generated.Tables.SESSION_ADDENDUM;
import static org.knotwork.db.generated.Tables.SESSION_FINDING;
import static org.knotwork.db.generated.Tables.SESSION_RED_FLAG;
import static org.knotwork.db.generated.Tables.SESSION_TREATMENT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditEntry.Action;
import org.knotwork.audit.AuditRepository;
import org.knotwork.db.BatchInsert;
import org.knotwork.db.generated.tables.records.SessionFindingRecord;
import org.knotwork.db.generated.tables.records.SessionRecord;

/**
 * Stores session notes. Drafts are rewritten as a whole on every save; signing, addenda and the
 * audit entries for them happen in one transaction each. The database itself refuses changes to a
 * signed note (see the signed-record guard in the schema).
 */
public final class SessionRepository {
  private static final String ENTITY = "SESSION";
  private final DSLContext dsl;

  public SessionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Stores a new draft and returns its id. */
  public long createDraft(SessionNote note, String actor, LocalDateTime now) {
    return dsl.transactionResult(
        trx -> {
          long id = insertHeaders(trx.dsl(), List.of(note)).get(0);
          insertChildren(trx.dsl(), List.of(id), List.of(note));
          AuditRepository.record(trx.dsl(), new AuditEntry(now, actor, Action.CREATE, ENTITY, id));
          return id;
        });
  }

  /** Replaces a draft's content with this one. Refused by the database for a signed note. */
  public void saveDraft(SessionNote note) {
    long id = requireId(note);
    dsl.transaction(trx -> rewrite(trx.dsl(), id, note));
  }

  /** Replaces a stored draft's header and children with the note's. */
  private static void rewrite(DSLContext ctx, long id, SessionNote note) {
    SessionRecord r = ctx.fetchSingle(SESSION, SESSION.ID.eq(id));
    fill(r, note);
    r.update();
    deleteChildren(ctx, id);
    insertChildren(ctx, List.of(id), List.of(note));
  }

  /** Saves the final content of a draft and signs it, in one transaction. */
  public void sign(SessionNote note, LocalDateTime signedAt, String hash, String actor) {
    long id = requireId(note);
    dsl.transaction(
        trx -> {
          DSLContext ctx = trx.dsl();
          rewrite(ctx, id, note);
          int signed =
              ctx.update(SESSION)
                  .set(SESSION.STATUS, NoteStatus.SIGNED)
                  .set(SESSION.SIGNED_AT, signedAt)
                  .set(SESSION.CONTENT_HASH, hash)
                  .set(SESSION.SIGNER_NAME, signerName(note))
                  .set(SESSION.SIGNER_TITLE, signer(note, Signer::title))
                  .set(SESSION.SIGNER_REGISTRATION, signer(note, Signer::registration))
                  .set(SESSION.SIGNER_REGISTERED_WITH, signer(note, Signer::registeredWith))
                  .where(SESSION.ID.eq(id).and(SESSION.STATUS.eq(NoteStatus.DRAFT)))
                  .execute();
          if (signed != 1) {
            throw new IllegalStateException("This note is already signed.");
          }
          AuditRepository.record(ctx, new AuditEntry(signedAt, actor, Action.SIGN, ENTITY, id));
        });
  }

  private static String signerName(SessionNote note) {
    return signer(note, Signer::name);
  }

  private static String signer(SessionNote note, java.util.function.Function<Signer, String> part) {
    return note.signer() == null ? null : part.apply(note.signer());
  }

  private static String author(Addendum a, java.util.function.Function<Signer, String> part) {
    return a.signer() == null ? null : part.apply(a.signer());
  }

  /**
   * Appends an addendum to a signed note and returns its id; {@code actor} is who the audit log
   * names.
   */
  public long addAddendum(long sessionId, Addendum addendum, String actor) {
    return dsl.transactionResult(
        trx -> {
          DSLContext ctx = trx.dsl();
          NoteStatus status =
              ctx.select(SESSION.STATUS)
                  .from(SESSION)
                  .where(SESSION.ID.eq(sessionId))
                  .fetchOne(SESSION.STATUS);
          if (status != NoteStatus.SIGNED) {
            throw new IllegalStateException(
                "Addenda are for signed notes; a draft can still be edited.");
          }
          long id =
              ctx.insertInto(SESSION_ADDENDUM)
                  .set(SESSION_ADDENDUM.SESSION_ID, sessionId)
                  .set(SESSION_ADDENDUM.WRITTEN_AT, addendum.writtenAt())
                  .set(SESSION_ADDENDUM.AUTHOR, addendum.author())
                  .set(SESSION_ADDENDUM.REASON, addendum.reason())
                  .set(SESSION_ADDENDUM.TEXT, addendum.text())
                  .set(SESSION_ADDENDUM.AUTHOR_TITLE, author(addendum, Signer::title))
                  .set(SESSION_ADDENDUM.AUTHOR_REGISTRATION, author(addendum, Signer::registration))
                  .set(
                      SESSION_ADDENDUM.AUTHOR_REGISTERED_WITH,
                      author(addendum, Signer::registeredWith))
                  .returningResult(SESSION_ADDENDUM.ID)
                  .fetchSingle()
                  .value1();
          AuditRepository.record(
              ctx, new AuditEntry(addendum.writtenAt(), actor, Action.ADDENDUM, ENTITY, sessionId));
          return id;
        });
  }

  /** Deletes a draft the therapist discarded. Refused by the database for a signed note. */
  public void deleteDraft(long id, String actor, LocalDateTime now) {
    dsl.transaction(
        trx -> {
          DSLContext ctx = trx.dsl();
          deleteChildren(ctx, id);
          int deleted =
              ctx.deleteFrom(SESSION)
                  .where(SESSION.ID.eq(id).and(SESSION.STATUS.eq(NoteStatus.DRAFT)))
                  .execute();
          if (deleted != 1) {
            throw new IllegalStateException("Only a draft can be discarded.");
          }
          AuditRepository.record(ctx, new AuditEntry(now, actor, Action.DISCARD_DRAFT, ENTITY, id));
        });
  }

  /**
   * Stores complete notes (drafts or signed, with addenda) in one transaction: demo practices and
   * imported visits. Each kind of row goes in as one statement run for every row (a JDBC batch):
   * the headers first, then the findings, treatments and red-flag answers, then the signatures and
   * addenda, and last the audit entries in the order the notes were written. The database's guards
   * see the same order as for a note written by hand: a note's rows are all in before it is signed.
   */
  public List<Long> importNotes(List<SessionNote> notes, String actor) {
    return dsl.transactionResult(
        trx -> {
          DSLContext ctx = trx.dsl();
          List<Long> ids = insertHeaders(ctx, notes);
          insertChildren(ctx, ids, notes);
          // The signer is set in the UPDATE that signs: once signed, the row cannot change. Notes
          // signed without a recorded signer (imported visits) leave the columns out.
          boolean withSigners = notes.stream().anyMatch(n -> n.signed() && n.signer() != null);
          var signatures =
              withSigners
                  ? ctx.batch(
                      ctx.update(SESSION)
                          .set(SESSION.STATUS, NoteStatus.SIGNED)
                          .set(SESSION.SIGNED_AT, (LocalDateTime) null)
                          .set(SESSION.CONTENT_HASH, (String) null)
                          .set(SESSION.SIGNER_NAME, (String) null)
                          .set(SESSION.SIGNER_TITLE, (String) null)
                          .set(SESSION.SIGNER_REGISTRATION, (String) null)
                          .set(SESSION.SIGNER_REGISTERED_WITH, (String) null)
                          .where(SESSION.ID.eq((Long) null)))
                  : ctx.batch(
                      ctx.update(SESSION)
                          .set(SESSION.STATUS, NoteStatus.SIGNED)
                          .set(SESSION.SIGNED_AT, (LocalDateTime) null)
                          .set(SESSION.CONTENT_HASH, (String) null)
                          .where(SESSION.ID.eq((Long) null)));
          var addenda =
              ctx.batch(
                  ctx.insertInto(
                          SESSION_ADDENDUM,
                          SESSION_ADDENDUM.SESSION_ID,
                          SESSION_ADDENDUM.WRITTEN_AT,
                          SESSION_ADDENDUM.AUTHOR,
                          SESSION_ADDENDUM.REASON,
                          SESSION_ADDENDUM.TEXT,
                          SESSION_ADDENDUM.AUTHOR_TITLE,
                          SESSION_ADDENDUM.AUTHOR_REGISTRATION,
                          SESSION_ADDENDUM.AUTHOR_REGISTERED_WITH)
                      .values((Long) null, null, null, null, null, null, null, null));
          boolean anySigned = false;
          boolean anyAddendum = false;
          List<AuditEntry> audit = new ArrayList<>(notes.size() * 2);
          for (int i = 0; i < notes.size(); i++) {
            SessionNote note = notes.get(i);
            long id = ids.get(i);
            audit.add(new AuditEntry(note.writtenAt(), actor, Action.CREATE, ENTITY, id));
            if (!note.signed()) {
              continue;
            }
            signatures =
                withSigners
                    ? signatures.bind(
                        NoteStatus.SIGNED,
                        note.signedAt(),
                        note.contentHash(),
                        signerName(note),
                        signer(note, Signer::title),
                        signer(note, Signer::registration),
                        signer(note, Signer::registeredWith),
                        id)
                    : signatures.bind(NoteStatus.SIGNED, note.signedAt(), note.contentHash(), id);
            anySigned = true;
            audit.add(new AuditEntry(note.signedAt(), actor, Action.SIGN, ENTITY, id));
            for (Addendum a : note.addenda()) {
              addenda =
                  addenda.bind(
                      id,
                      a.writtenAt(),
                      a.author(),
                      a.reason(),
                      a.text(),
                      author(a, Signer::title),
                      author(a, Signer::registration),
                      author(a, Signer::registeredWith));
              anyAddendum = true;
              audit.add(new AuditEntry(a.writtenAt(), actor, Action.ADDENDUM, ENTITY, id));
            }
          }
          if (anySigned) {
            signatures.execute();
          }
          if (anyAddendum) {
            addenda.execute();
          }
          AuditRepository.recordAll(ctx, audit);
          return ids;
        });
  }

  /**
   * Inserts the notes' headers as drafts in one batch and returns their generated ids in the same
   * order.
   */
  private static List<Long> insertHeaders(DSLContext ctx, List<SessionNote> notes) {
    if (notes.isEmpty()) {
      return List.of();
    }
    List<SessionRecord> records = new ArrayList<>(notes.size());
    for (SessionNote note : notes) {
      SessionRecord r = ctx.newRecord(SESSION);
      r.setClientId(note.clientId());
      r.setWrittenAt(note.writtenAt());
      r.setStatus(NoteStatus.DRAFT);
      fill(r, note);
      records.add(r);
    }
    // The column added with red flags by question is left to its default (false) when no note of
    // the batch ended without treatment, so notes can still be imported at an older schema.
    if (notes.stream().noneMatch(SessionNote::endedWithoutTreatment)) {
      records.forEach(r -> r.changed(SESSION.ENDED_WITHOUT_TREATMENT, false));
    }
    // fill() sets the same columns on every record
    List<org.jooq.Field<?>> columns =
        Arrays.stream(SESSION.fields()).filter(records.get(0)::changed).toList();
    List<Object[]> rows =
        records.stream().map(r -> columns.stream().map(r::get).toArray()).toList();
    return BatchInsert.returningIds(ctx, SESSION, SESSION.ID, columns, rows);
  }

  /**
   * The findings, treatments and red-flag answers of drafts that have none yet, one batch per
   * table; the treatments find their findings' generated ids by note and position.
   */
  private static void insertChildren(DSLContext ctx, List<Long> ids, List<SessionNote> notes) {
    var flags =
        ctx.batch(
            ctx.insertInto(
                    SESSION_RED_FLAG,
                    SESSION_RED_FLAG.SESSION_ID,
                    SESSION_RED_FLAG.QUESTION,
                    SESSION_RED_FLAG.ANSWER)
                .values((Long) null, null, null));
    List<org.jooq.Field<?>> findingColumns =
        List.of(
            SESSION_FINDING.SESSION_ID,
            SESSION_FINDING.POSITION_IN_NOTE,
            SESSION_FINDING.REGION,
            SESSION_FINDING.SIDE,
            SESSION_FINDING.PAIN_BEFORE,
            SESSION_FINDING.PAIN_AFTER,
            SESSION_FINDING.TONE,
            SESSION_FINDING.TRIGGER_ACTIVE,
            SESSION_FINDING.TRIGGER_LATENT,
            SESSION_FINDING.TENDERNESS,
            SESSION_FINDING.ADHESIONS,
            SESSION_FINDING.ROM_NOTES,
            SESSION_FINDING.OBSERVATIONS,
            SESSION_FINDING.CARRIED_OVER);
    var findings =
        ctx.batch(
            ctx.insertInto(SESSION_FINDING, findingColumns)
                .values(java.util.Collections.nCopies(findingColumns.size(), null)));
    boolean anyFlag = false;
    boolean anyFinding = false;
    for (int i = 0; i < notes.size(); i++) {
      long id = ids.get(i);
      SessionNote note = notes.get(i);
      for (Map.Entry<RedFlagQuestion, RedFlagAnswer> flag : note.redFlags().entrySet()) {
        flags = flags.bind(id, flag.getKey(), flag.getValue());
        anyFlag = true;
      }
      int position = 0;
      for (RegionFinding f : note.findings()) {
        findings =
            findings.bind(
                id,
                position++,
                f.region(),
                f.side(),
                f.painBefore(),
                f.painAfter(),
                f.tone(),
                f.triggerActive(),
                f.triggerLatent(),
                f.tenderness(),
                f.adhesions(),
                f.romNotes(),
                f.observations(),
                f.carriedOver());
        anyFinding = true;
      }
    }
    if (anyFlag) {
      flags.execute();
    }
    if (!anyFinding) {
      return;
    }
    findings.execute();
    // The findings' generated ids, looked up by the notes (all inserted in this transaction).
    Map<Long, List<Long>> findingIds = new java.util.HashMap<>();
    ctx.select(SESSION_FINDING.SESSION_ID, SESSION_FINDING.ID)
        .from(SESSION_FINDING)
        .where(SESSION_FINDING.SESSION_ID.in(ids))
        .orderBy(SESSION_FINDING.SESSION_ID, SESSION_FINDING.POSITION_IN_NOTE)
        .forEach(
            r -> findingIds.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
    var treatments =
        ctx.batch(
            ctx.insertInto(
                    SESSION_TREATMENT,
                    SESSION_TREATMENT.FINDING_ID,
                    SESSION_TREATMENT.POSITION_IN_NOTE,
                    SESSION_TREATMENT.TECHNIQUE,
                    SESSION_TREATMENT.PRESSURE,
                    SESSION_TREATMENT.MINUTES)
                .values((Long) null, null, null, null, null));
    boolean anyTreatment = false;
    for (int i = 0; i < notes.size(); i++) {
      List<RegionFinding> noteFindings = notes.get(i).findings();
      List<Long> theirIds = findingIds.getOrDefault(ids.get(i), List.of());
      for (int n = 0; n < noteFindings.size(); n++) {
        int t = 0;
        for (Treatment treatment : noteFindings.get(n).treatments()) {
          treatments =
              treatments.bind(
                  theirIds.get(n),
                  t++,
                  treatment.technique(),
                  treatment.pressure(),
                  treatment.minutes());
          anyTreatment = true;
        }
      }
    }
    if (anyTreatment) {
      treatments.execute();
    }
  }

  /** Every signed note's id, oldest first (for integrity checks). */
  public List<Long> signedIds() {
    return dsl.select(SESSION.ID)
        .from(SESSION)
        .where(SESSION.STATUS.eq(NoteStatus.SIGNED))
        .orderBy(SESSION.ID)
        .fetch(SESSION.ID);
  }

  public Optional<SessionNote> find(long id) {
    return read(dsl, SESSION.ID.eq(id)).stream().findFirst();
  }

  /**
   * Every note of the client, drafts too, oldest first (by service start, then id). One query per
   * table whatever the number of notes (see decision 29).
   */
  public List<SessionNote> notesOf(long clientId) {
    return read(dsl, SESSION.CLIENT_ID.eq(clientId));
  }

  /** The notes with these ids that exist, oldest first; one query per table. */
  public List<SessionNote> findAll(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : read(dsl, SESSION.ID.in(ids));
  }

  /** The client's notes, newest first. */
  public List<SessionSummary> summaries(long clientId) {
    List<SessionRecord> sessions =
        dsl.selectFrom(SESSION)
            .where(SESSION.CLIENT_ID.eq(clientId))
            .orderBy(SESSION.SERVICE_START.desc(), SESSION.ID.desc())
            .fetch();
    Set<Long> ids = sessions.stream().map(SessionRecord::getId).collect(Collectors.toSet());
    Map<Long, org.jooq.Result<SessionFindingRecord>> findings =
        dsl.selectFrom(SESSION_FINDING)
            .where(SESSION_FINDING.SESSION_ID.in(ids))
            .orderBy(SESSION_FINDING.POSITION_IN_NOTE)
            .fetchGroups(SESSION_FINDING.SESSION_ID);
    Map<Long, Integer> addenda =
        dsl.select(SESSION_ADDENDUM.SESSION_ID, DSL.count())
            .from(SESSION_ADDENDUM)
            .where(SESSION_ADDENDUM.SESSION_ID.in(ids))
            .groupBy(SESSION_ADDENDUM.SESSION_ID)
            .fetchMap(SESSION_ADDENDUM.SESSION_ID, DSL.count());
    Set<Long> flagged =
        dsl.selectDistinct(SESSION_RED_FLAG.SESSION_ID)
            .from(SESSION_RED_FLAG)
            .where(
                SESSION_RED_FLAG
                    .SESSION_ID
                    .in(ids)
                    .and(SESSION_RED_FLAG.ANSWER.eq(RedFlagAnswer.YES)))
            .fetchSet(SESSION_RED_FLAG.SESSION_ID);
    return sessions.stream()
        .map(
            s -> {
              List<SessionFindingRecord> f =
                  findings.containsKey(s.getId()) ? findings.get(s.getId()) : List.of();
              String regions =
                  f.stream()
                      .map(r -> RegionFinding.of(r.getRegion(), r.getSide()).label())
                      .collect(Collectors.joining(", "));
              Integer before =
                  f.stream()
                      .map(SessionFindingRecord::getPainBefore)
                      .filter(java.util.Objects::nonNull)
                      .max(Integer::compare)
                      .orElse(null);
              Integer after =
                  f.stream()
                      .map(SessionFindingRecord::getPainAfter)
                      .filter(java.util.Objects::nonNull)
                      .max(Integer::compare)
                      .orElse(null);
              return new SessionSummary(
                  s.getId(),
                  s.getServiceStart(),
                  s.getDurationMinutes(),
                  s.getStatus(),
                  regions,
                  before,
                  after,
                  addenda.getOrDefault(s.getId(), 0),
                  flagged.contains(s.getId()));
            })
        .toList();
  }

  /** The client's most recent signed note, for "copy forward". */
  public Optional<SessionNote> latestSigned(long clientId) {
    return dsl.select(SESSION.ID)
        .from(SESSION)
        .where(SESSION.CLIENT_ID.eq(clientId).and(SESSION.STATUS.eq(NoteStatus.SIGNED)))
        .orderBy(SESSION.SERVICE_START.desc(), SESSION.ID.desc())
        .limit(1)
        .fetchOptional(SESSION.ID)
        .flatMap(this::find);
  }

  /** The client's unsigned drafts, newest first (normally at most one). */
  public List<Long> draftIds(long clientId) {
    return dsl.select(SESSION.ID)
        .from(SESSION)
        .where(SESSION.CLIENT_ID.eq(clientId).and(SESSION.STATUS.eq(NoteStatus.DRAFT)))
        .orderBy(SESSION.WRITTEN_AT.desc(), SESSION.ID.desc())
        .fetch(SESSION.ID);
  }

  public List<QuickPhrase> quickPhrases() {
    return dsl.selectFrom(QUICK_PHRASE)
        .orderBy(QUICK_PHRASE.ABBREVIATION)
        .fetch(r -> new QuickPhrase(r.getAbbreviation(), r.getText()));
  }

  public void addQuickPhrase(QuickPhrase phrase) {
    dsl.insertInto(QUICK_PHRASE)
        .set(QUICK_PHRASE.ABBREVIATION, phrase.abbreviation())
        .set(QUICK_PHRASE.TEXT, phrase.text())
        .execute();
  }

  public void deleteQuickPhrase(String abbreviation) {
    dsl.deleteFrom(QUICK_PHRASE).where(QUICK_PHRASE.ABBREVIATION.eq(abbreviation)).execute();
  }

  private static void fill(SessionRecord r, SessionNote n) {
    Subjective s = n.subjective();
    CarePlan p = n.plan();
    r.setServiceStart(n.serviceStart());
    r.setDurationMinutes(n.durationMinutes());
    r.setPositions(
        n.positions().isEmpty()
            ? null
            : n.positions().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
    r.setChiefComplaint(s.chiefComplaint());
    r.setPainNow(s.painNow());
    r.setPainWorst(s.painWorst());
    r.setPainBest(s.painBest());
    r.setOnset(s.onset());
    r.setPainCharacter(s.character());
    r.setAggravating(s.aggravating());
    r.setRelieving(s.relieving());
    r.setRadiation(s.radiation());
    r.setChangesSinceLast(s.changesSinceLast());
    r.setHistoryReviewed(s.historyReviewed());
    r.setHistoryChanges(s.historyChanges());
    r.setStressSleepWork(s.stressSleepWork());
    r.setClientGoal(s.clientGoal());
    r.setRedFlagAdvice(n.redFlagAdvice());
    r.setEndedWithoutTreatment(n.endedWithoutTreatment());
    r.setResponse(n.response());
    r.setAdverseReactions(n.adverseReactions());
    r.setNextFocus(p.nextFocus());
    r.setFrequency(p.frequency());
    r.setHomeCare(p.homeCare());
    r.setReferral(p.referral());
  }

  private static void deleteChildren(DSLContext ctx, long id) {
    ctx.deleteFrom(SESSION_TREATMENT)
        .where(
            SESSION_TREATMENT.FINDING_ID.in(
                DSL.select(SESSION_FINDING.ID)
                    .from(SESSION_FINDING)
                    .where(SESSION_FINDING.SESSION_ID.eq(id))))
        .execute();
    ctx.deleteFrom(SESSION_FINDING).where(SESSION_FINDING.SESSION_ID.eq(id)).execute();
    ctx.deleteFrom(SESSION_RED_FLAG).where(SESSION_RED_FLAG.SESSION_ID.eq(id)).execute();
  }

  /**
   * The notes whose header matches {@code which} (a condition on {@link
   * org.knotwork.db.generated.Tables#SESSION}), oldest first: the headers, then each child table
   * once for all of them, joined to the matching headers.
   */
  private static List<SessionNote> read(DSLContext ctx, Condition which) {
    List<SessionRecord> heads =
        ctx.selectFrom(SESSION).where(which).orderBy(SESSION.SERVICE_START, SESSION.ID).fetch();
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<RedFlagQuestion, RedFlagAnswer>> flags = new HashMap<>();
    ctx.select(SESSION_RED_FLAG.SESSION_ID, SESSION_RED_FLAG.QUESTION, SESSION_RED_FLAG.ANSWER)
        .from(SESSION_RED_FLAG)
        .join(SESSION)
        .on(SESSION.ID.eq(SESSION_RED_FLAG.SESSION_ID))
        .where(which)
        .forEach(
            f ->
                flags
                    .computeIfAbsent(f.value1(), k -> new EnumMap<>(RedFlagQuestion.class))
                    .put(f.value2(), f.value3()));
    Map<Long, List<SessionFindingRecord>> findings = new HashMap<>();
    ctx.select(SESSION_FINDING.fields())
        .from(SESSION_FINDING)
        .join(SESSION)
        .on(SESSION.ID.eq(SESSION_FINDING.SESSION_ID))
        .where(which)
        .orderBy(SESSION_FINDING.SESSION_ID, SESSION_FINDING.POSITION_IN_NOTE)
        .fetchInto(SESSION_FINDING)
        .forEach(f -> findings.computeIfAbsent(f.getSessionId(), k -> new ArrayList<>()).add(f));
    Map<Long, List<Treatment>> treatments = new HashMap<>();
    ctx.select(
            SESSION_TREATMENT.FINDING_ID,
            SESSION_TREATMENT.TECHNIQUE,
            SESSION_TREATMENT.PRESSURE,
            SESSION_TREATMENT.MINUTES)
        .from(SESSION_TREATMENT)
        .join(SESSION_FINDING)
        .on(SESSION_FINDING.ID.eq(SESSION_TREATMENT.FINDING_ID))
        .join(SESSION)
        .on(SESSION.ID.eq(SESSION_FINDING.SESSION_ID))
        .where(which)
        .orderBy(SESSION_TREATMENT.FINDING_ID, SESSION_TREATMENT.POSITION_IN_NOTE)
        .forEach(
            t ->
                treatments
                    .computeIfAbsent(t.value1(), k -> new ArrayList<>())
                    .add(new Treatment(t.value2(), t.value3(), t.value4())));
    Map<Long, List<Addendum>> addenda = new HashMap<>();
    ctx.select(SESSION_ADDENDUM.fields())
        .from(SESSION_ADDENDUM)
        .join(SESSION)
        .on(SESSION.ID.eq(SESSION_ADDENDUM.SESSION_ID))
        .where(which)
        .orderBy(SESSION_ADDENDUM.SESSION_ID, SESSION_ADDENDUM.WRITTEN_AT, SESSION_ADDENDUM.ID)
        .fetchInto(SESSION_ADDENDUM)
        .forEach(
            a ->
                addenda
                    .computeIfAbsent(a.getSessionId(), k -> new ArrayList<>())
                    .add(
                        new Addendum(
                            a.getId(),
                            a.getWrittenAt(),
                            a.getAuthor(),
                            a.getReason(),
                            a.getText(),
                            a.getAuthorTitle() == null
                                ? null
                                : new Signer(
                                    a.getAuthor(),
                                    a.getAuthorTitle(),
                                    a.getAuthorRegistration(),
                                    a.getAuthorRegisteredWith()))));
    List<SessionNote> notes = new ArrayList<>(heads.size());
    for (SessionRecord head : heads) {
      long id = head.getId();
      List<RegionFinding> noteFindings =
          findings.getOrDefault(id, List.of()).stream()
              .map(
                  f ->
                      new RegionFinding(
                          f.getRegion(),
                          f.getSide(),
                          f.getPainBefore(),
                          f.getPainAfter(),
                          f.getTone(),
                          f.getTriggerActive(),
                          f.getTriggerLatent(),
                          f.getTenderness(),
                          f.getAdhesions(),
                          f.getRomNotes(),
                          f.getObservations(),
                          treatments.getOrDefault(f.getId(), List.of()),
                          f.getCarriedOver()))
              .toList();
      notes.add(
          toNote(
              head,
              flags.getOrDefault(id, new EnumMap<>(RedFlagQuestion.class)),
              noteFindings,
              addenda.getOrDefault(id, List.of())));
    }
    return notes;
  }

  private static SessionNote toNote(
      SessionRecord r,
      Map<RedFlagQuestion, RedFlagAnswer> flags,
      List<RegionFinding> findings,
      List<Addendum> addenda) {
    long id = r.getId();
    Set<Position> positions =
        r.getPositions() == null
            ? Set.of()
            : Arrays.stream(r.getPositions().split(","))
                .map(Position::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Position.class)));
    Subjective s =
        new Subjective(
            r.getChiefComplaint(),
            r.getPainNow(),
            r.getPainWorst(),
            r.getPainBest(),
            r.getOnset(),
            r.getPainCharacter(),
            r.getAggravating(),
            r.getRelieving(),
            r.getRadiation(),
            r.getChangesSinceLast(),
            r.getHistoryReviewed(),
            r.getHistoryChanges(),
            r.getStressSleepWork(),
            r.getClientGoal());
    CarePlan plan =
        new CarePlan(r.getNextFocus(), r.getFrequency(), r.getHomeCare(), r.getReferral());
    return new SessionNote(
        id,
        r.getClientId(),
        r.getServiceStart(),
        r.getDurationMinutes(),
        positions,
        r.getWrittenAt(),
        s,
        flags,
        r.getRedFlagAdvice(),
        findings,
        r.getResponse(),
        r.getAdverseReactions(),
        plan,
        r.getStatus(),
        r.getSignedAt(),
        r.getContentHash(),
        addenda,
        r.getSignerName() == null
            ? null
            : new Signer(
                r.getSignerName(),
                r.getSignerTitle(),
                r.getSignerRegistration(),
                r.getSignerRegisteredWith()),
        Boolean.TRUE.equals(r.getEndedWithoutTreatment()));
  }

  private static long requireId(SessionNote note) {
    if (note.id() == null) {
      throw new IllegalArgumentException("This note has not been stored yet.");
    }
    return note.id();
  }
}
