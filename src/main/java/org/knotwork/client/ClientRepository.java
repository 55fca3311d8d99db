package org.knotwork.client;

import static org.knotwork.db.generated.Tables.CLIENT;
import static org.knotwork.db.generated.Tables.CLIENT_CONDITION;
import static org.knotwork.db.generated.Tables.CLIENT_LIST_VERSION;
import static org.knotwork.db.generated.Tables.CLIENT_REGION_CONSENT;
import static org.knotwork.db.generated.Tables.CLIENT_SEARCH;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditRepository;
import org.knotwork.body.BackRegion;
import org.knotwork.db.generated.tables.records.ClientRecord;

/** Stores client records. The only place their SQL lives. */
public final class ClientRepository {
  private final DSLContext dsl;

  public ClientRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Inserts a new client and returns the id the database gave it (no audit entry). */
  public long insert(Client client, LocalDateTime now) {
    return dsl.transactionResult(trx -> insert(trx.dsl(), client, now));
  }

  /** Inserts a new client with an audit entry in the same transaction; returns its id. */
  public long insert(Client client, LocalDateTime now, String actor) {
    return dsl.transactionResult(
        trx -> {
          long id = insert(trx.dsl(), client, now);
          audit(trx.dsl(), now, actor, AuditEntry.Action.CREATE, id);
          return id;
        });
  }

  /** Notes that the therapist opened this client's record. */
  public void recordView(long id, LocalDateTime now, String actor) {
    audit(dsl, now, actor, AuditEntry.Action.VIEW, id);
  }

  private static void audit(
      DSLContext ctx, LocalDateTime at, String actor, AuditEntry.Action action, long id) {
    AuditRepository.record(
        ctx, new AuditEntry(at, actor, action, AuditRepository.CLIENT_ENTITY, id));
  }

  /**
   * Inserts many clients in one transaction (demo practices, imports); returns their ids in order.
   */
  public List<Long> insertAll(List<Client> clients, LocalDateTime now) {
    return dsl.transactionResult(
        trx -> {
          List<Long> ids = new ArrayList<>(clients.size());
          for (Client c : clients) {
            ids.add(insert(trx.dsl(), c, now));
          }
          return ids;
        });
  }

  /** Like {@link #insertAll}, with an audit entry per client in the same transaction. */
  public List<Long> importAll(List<Client> clients, LocalDateTime now, String actor) {
    return dsl.transactionResult(
        trx -> {
          List<Long> ids = new ArrayList<>(clients.size());
          for (Client c : clients) {
            long id = insert(trx.dsl(), c, now);
            ids.add(id);
            audit(trx.dsl(), now, actor, AuditEntry.Action.IMPORT, id);
          }
          return ids;
        });
  }

  /**
   * Every client with a date of birth, keyed "folded full name|date of birth" (for spotting
   * duplicates in one query).
   */
  public Map<String, Long> idsByNameAndBirthDate() {
    Map<String, Long> ids = new java.util.HashMap<>();
    dsl.select(CLIENT.ID, CLIENT.FULL_NAME, CLIENT.DATE_OF_BIRTH)
        .from(CLIENT)
        .where(CLIENT.DATE_OF_BIRTH.isNotNull())
        .orderBy(CLIENT.ID)
        .forEach(r -> ids.putIfAbsent(SearchText.fold(r.value2()) + "|" + r.value3(), r.value1()));
    return ids;
  }

  /** Replaces the stored record with this one (no audit entry). */
  public void update(Client client, LocalDateTime now) {
    update(client, now, null);
  }

  /** Replaces the stored record with this one; with an actor, audited in the same transaction. */
  public void update(Client client, LocalDateTime now, String actor) {
    long id = requireId(client);
    dsl.transaction(
        trx -> {
          DSLContext ctx = trx.dsl();
          ClientRecord r =
              ctx.fetchOptional(CLIENT, CLIENT.ID.eq(id))
                  .orElseThrow(() -> new ClientNotFoundException(id));
          fill(r, client, now);
          r.update();
          ctx.deleteFrom(CLIENT_CONDITION).where(CLIENT_CONDITION.CLIENT_ID.eq(id)).execute();
          ctx.deleteFrom(CLIENT_REGION_CONSENT)
              .where(CLIENT_REGION_CONSENT.CLIENT_ID.eq(id))
              .execute();
          insertChildren(ctx, id, client);
          if (actor != null) {
            audit(ctx, now, actor, AuditEntry.Action.UPDATE, id);
          }
        });
  }

  public Optional<Client> find(long id) {
    return dsl.fetchOptional(CLIENT, CLIENT.ID.eq(id)).map(r -> toClient(r, dsl));
  }

  /**
   * Clients whose names, phone or e-mail contain every term: the most recent first (by last visit,
   * or by when the client was added for one not seen yet), then by name.
   *
   * @param terms folded search words (see {@link SearchText#terms})
   */
  public List<ClientSummary> search(List<String> terms, boolean includeArchived) {
    return search(terms, includeArchived, Integer.MAX_VALUE - 1).listed();
  }

  /**
   * Like {@link #search(List, boolean)}, but lists at most {@code limit} clients, the most recent
   * first, and counts all that match.
   *
   * <p>The search reads the narrow {@code client_search} copy (kept by ClientSearchTrigger) and
   * then only the listed clients' rows: reading every wide client row at each keystroke was most of
   * the search's time.
   */
  public ClientMatches search(List<String> terms, boolean includeArchived, int limit) {
    Condition where = includeArchived ? DSL.noCondition() : CLIENT_SEARCH.ARCHIVED.isFalse();
    for (String term : terms) {
      // A ready pattern as the bind value: jOOQ's contains() concatenates '%' || ? || '%' in SQL,
      // which H2 then builds again for every row (three times the cost of the whole scan).
      where = where.and(CLIENT_SEARCH.SEARCH_TEXT.like("%" + escapeLike(term) + "%", '!'));
    }
    // SEARCH_TEXT starts with the folded full name, so names sort ignoring case and accents
    // ("Émile" before "Zoë"); the database's own order would put them by code point.
    var listed =
        dsl.select(CLIENT_SEARCH.CLIENT_ID, CLIENT_SEARCH.RECENT_AT, CLIENT_SEARCH.SEARCH_TEXT)
            .from(CLIENT_SEARCH)
            .where(where)
            .orderBy(
                CLIENT_SEARCH.RECENT_AT.desc(),
                CLIENT_SEARCH.SEARCH_TEXT.asc(),
                CLIENT_SEARCH.CLIENT_ID.asc())
            .limit(limit + 1)
            .asTable("listed");
    Field<Long> listedId = listed.field(CLIENT_SEARCH.CLIENT_ID);
    List<ClientSummary> found =
        dsl.select(
                CLIENT.ID,
                CLIENT.FULL_NAME,
                CLIENT.PREFERRED_NAME,
                CLIENT.DATE_OF_BIRTH,
                CLIENT.ARCHIVED_AT,
                CLIENT.LAST_VISIT)
            .from(listed)
            .join(CLIENT)
            .on(CLIENT.ID.eq(listedId))
            .orderBy(
                listed.field(CLIENT_SEARCH.RECENT_AT).desc(),
                listed.field(CLIENT_SEARCH.SEARCH_TEXT).asc(),
                listedId.asc())
            .fetch(ClientRepository::summary);
    if (found.size() <= limit) {
      return new ClientMatches(found, found.size());
    }
    int total = dsl.fetchCount(CLIENT_SEARCH, where);
    return new ClientMatches(List.copyOf(found.subList(0, limit)), total);
  }

  private static ClientSummary summary(org.jooq.Record r) {
    return new ClientSummary(
        r.get(CLIENT.ID),
        r.get(CLIENT.FULL_NAME),
        r.get(CLIENT.PREFERRED_NAME),
        r.get(CLIENT.DATE_OF_BIRTH),
        Optional.ofNullable(r.get(CLIENT.LAST_VISIT)).map(LocalDateTime::toLocalDate).orElse(null),
        r.get(CLIENT.ARCHIVED_AT) != null);
  }

  /** How many times what the client list shows has changed (kept by ClientSearchTrigger). */
  public long listVersion() {
    return dsl.select(CLIENT_LIST_VERSION.VERSION).from(CLIENT_LIST_VERSION).fetchSingle().value1();
  }

  /** Every client as the list shows it, with the text it is found by, in the list's order. */
  List<ClientSearchIndex.Entry> listEntries() {
    return dsl.select(
            CLIENT.ID,
            CLIENT.FULL_NAME,
            CLIENT.PREFERRED_NAME,
            CLIENT.DATE_OF_BIRTH,
            CLIENT.ARCHIVED_AT,
            CLIENT.LAST_VISIT,
            CLIENT_SEARCH.SEARCH_TEXT)
        .from(CLIENT_SEARCH)
        .join(CLIENT)
        .on(CLIENT.ID.eq(CLIENT_SEARCH.CLIENT_ID))
        .orderBy(
            CLIENT_SEARCH.RECENT_AT.desc(),
            CLIENT_SEARCH.SEARCH_TEXT.asc(),
            CLIENT_SEARCH.CLIENT_ID.asc())
        .fetch(r -> new ClientSearchIndex.Entry(summary(r), r.get(CLIENT_SEARCH.SEARCH_TEXT)));
  }

  private static String escapeLike(String term) {
    return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** Archives (at the given time) or, with null, brings a client back to the active list. */
  public void setArchived(long id, LocalDateTime archivedAt, LocalDateTime now) {
    setArchived(id, archivedAt, now, null);
  }

  /** Like {@link #setArchived(long, LocalDateTime, LocalDateTime)}, audited when actor is set. */
  public void setArchived(long id, LocalDateTime archivedAt, LocalDateTime now, String actor) {
    dsl.transaction(
        trx -> {
          int changed =
              trx.dsl()
                  .update(CLIENT)
                  .set(CLIENT.ARCHIVED_AT, archivedAt)
                  .set(CLIENT.UPDATED_AT, now)
                  .where(CLIENT.ID.eq(id))
                  .execute();
          if (changed == 0) {
            throw new ClientNotFoundException(id);
          }
          if (actor != null) {
            audit(
                trx.dsl(),
                now,
                actor,
                archivedAt == null ? AuditEntry.Action.UNARCHIVE : AuditEntry.Action.ARCHIVE,
                id);
          }
        });
  }

  public int count() {
    return dsl.fetchCount(CLIENT);
  }

  private static long insert(DSLContext ctx, Client client, LocalDateTime now) {
    ClientRecord r = ctx.newRecord(CLIENT);
    fill(r, client, now);
    r.setCreatedAt(now);
    r.setArchivedAt(client.archivedAt());
    r.store();
    long id = r.getId();
    insertChildren(ctx, id, client);
    return id;
  }

  private static void fill(ClientRecord r, Client c, LocalDateTime now) {
    r.setFullName(c.fullName());
    r.setPreferredName(c.preferredName());
    r.setDateOfBirth(c.dateOfBirth());
    r.setPronouns(c.pronouns());
    r.setPhone(c.phone());
    r.setEmail(c.email());
    r.setAddress(c.address());
    r.setEmergencyName(c.emergencyContact().name());
    r.setEmergencyRelation(c.emergencyContact().relation());
    r.setEmergencyPhone(c.emergencyContact().phone());
    r.setPhysician(c.physician());
    r.setOccupation(c.occupation());
    r.setWorkPosture(c.workPosture());
    r.setActivities(c.activities());
    r.setMedications(c.medications());
    r.setAllergyOils(c.allergies().oils());
    r.setAllergyLotions(c.allergies().lotions());
    r.setAllergyLatex(c.allergies().latex());
    r.setAllergyOther(c.allergies().other());
    r.setPressurePreference(c.pressurePreference());
    r.setGeneralConsentOn(c.generalConsentOn());
    r.setNotes(c.notes());
    r.setSearchText(SearchText.indexOf(c));
    r.setUpdatedAt(now);
  }

  private static void insertChildren(DSLContext ctx, long id, Client c) {
    for (ConditionEntry e : c.conditions()) {
      ctx.insertInto(CLIENT_CONDITION)
          .set(CLIENT_CONDITION.CLIENT_ID, id)
          .set(CLIENT_CONDITION.CONDITION_CODE, e.condition())
          .set(CLIENT_CONDITION.DETAILS, e.details())
          .set(CLIENT_CONDITION.SINCE_DATE, e.since())
          .set(CLIENT_CONDITION.DUE_DATE, e.dueDate())
          .execute();
    }
    for (Map.Entry<BackRegion, LocalDate> consent : c.regionConsents().entrySet()) {
      ctx.insertInto(CLIENT_REGION_CONSENT)
          .set(CLIENT_REGION_CONSENT.CLIENT_ID, id)
          .set(CLIENT_REGION_CONSENT.REGION, consent.getKey())
          .set(CLIENT_REGION_CONSENT.CONSENTED_ON, consent.getValue())
          .execute();
    }
  }

  /**
   * The clients with these ids (those that exist), read set-based: three queries whatever their
   * number.
   */
  public Map<Long, Client> findAll(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<ConditionEntry>> conditions = new java.util.HashMap<>();
    dsl.selectFrom(CLIENT_CONDITION)
        .where(CLIENT_CONDITION.CLIENT_ID.in(ids))
        .orderBy(CLIENT_CONDITION.CLIENT_ID, CLIENT_CONDITION.CONDITION_CODE)
        .forEach(
            c ->
                conditions
                    .computeIfAbsent(c.getClientId(), k -> new java.util.ArrayList<>())
                    .add(toCondition(c)));
    Map<Long, Map<BackRegion, LocalDate>> consents = new java.util.HashMap<>();
    dsl.selectFrom(CLIENT_REGION_CONSENT)
        .where(CLIENT_REGION_CONSENT.CLIENT_ID.in(ids))
        .forEach(
            c ->
                consents
                    .computeIfAbsent(c.getClientId(), k -> new EnumMap<>(BackRegion.class))
                    .put(c.getRegion(), c.getConsentedOn()));
    Map<Long, Client> found = new java.util.HashMap<>();
    dsl.selectFrom(CLIENT)
        .where(CLIENT.ID.in(ids))
        .forEach(
            r ->
                found.put(
                    r.getId(),
                    toClient(
                        r,
                        conditions.getOrDefault(r.getId(), List.of()),
                        consents.getOrDefault(r.getId(), Map.of()))));
    return found;
  }

  private static ConditionEntry toCondition(
      org.knotwork.db.generated.tables.records.ClientConditionRecord c) {
    return new ConditionEntry(
        c.getConditionCode(), c.getDetails(), c.getSinceDate(), c.getDueDate());
  }

  private static Client toClient(ClientRecord r, DSLContext ctx) {
    List<ConditionEntry> conditions =
        ctx.selectFrom(CLIENT_CONDITION)
            .where(CLIENT_CONDITION.CLIENT_ID.eq(r.getId()))
            .fetch(ClientRepository::toCondition);
    Map<BackRegion, LocalDate> consents = new EnumMap<>(BackRegion.class);
    ctx.selectFrom(CLIENT_REGION_CONSENT)
        .where(CLIENT_REGION_CONSENT.CLIENT_ID.eq(r.getId()))
        .forEach(c -> consents.put(c.getRegion(), c.getConsentedOn()));
    return toClient(r, conditions, consents);
  }

  private static Client toClient(
      ClientRecord r, List<ConditionEntry> conditions, Map<BackRegion, LocalDate> consents) {
    return Client.builder()
        .id(r.getId())
        .fullName(r.getFullName())
        .preferredName(r.getPreferredName())
        .dateOfBirth(r.getDateOfBirth())
        .pronouns(r.getPronouns())
        .phone(r.getPhone())
        .email(r.getEmail())
        .address(r.getAddress())
        .emergencyContact(
            new EmergencyContact(
                r.getEmergencyName(), r.getEmergencyRelation(), r.getEmergencyPhone()))
        .physician(r.getPhysician())
        .occupation(r.getOccupation())
        .workPosture(r.getWorkPosture())
        .activities(r.getActivities())
        .medications(r.getMedications())
        .allergies(
            new Allergies(
                r.getAllergyOils(),
                r.getAllergyLotions(),
                r.getAllergyLatex(),
                r.getAllergyOther()))
        .pressurePreference(r.getPressurePreference())
        .generalConsentOn(r.getGeneralConsentOn())
        .regionConsents(consents)
        .conditions(conditions)
        .notes(r.getNotes())
        .archivedAt(r.getArchivedAt())
        .build();
  }

  private static long requireId(Client client) {
    if (client.id() == null) {
      throw new IllegalArgumentException("A client without an id has not been saved yet");
    }
    return client.id();
  }
}
