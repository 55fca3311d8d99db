package org.knotwork.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.knotwork.session.SessionFixtures.CHIEF_COMPLAINT;
import static org.knotwork.session.SessionFixtures.allAnsweredNo;
import static org.knotwork.session.SessionFixtures.fullDraft;
import static org.knotwork.session.SessionFixtures.lowerBackRight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditEntry.Action;
import org.knotwork.audit.AuditRepository;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.db.Database;

class SessionRepositoryTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-14T10:15:30Z"), ZoneOffset.UTC);
  private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 14, 10, 15, 30);
  private static final LocalDateTime START = LocalDateTime.of(2025, 3, 14, 9, 0);
  private static final String SIGNED_NOTE_REFUSED = "signed note cannot be changed";

  private Database db;
  private SessionRepository repository;
  private AuditRepository audit;
  private long clientId;

  @BeforeEach
  void openDatabase() {
    db = Database.inMemory();
    repository = new SessionRepository(db.dsl());
    audit = new AuditRepository(db.dsl());
    clientId = SessionFixtures.practiceWithClient(db, CLOCK);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  private SessionNote storedDraft() {
    SessionNote draft = fullDraft(clientId, START, NOW);
    return draft.withId(repository.createDraft(draft, "anna", NOW));
  }

  private SessionNote storedSigned() {
    SessionNote draft = storedDraft();
    String hash = NoteHash.of(draft);
    repository.sign(draft, NOW.plusMinutes(5), hash, "anna");
    return repository.find(draft.id()).orElseThrow();
  }

  private int count(String table) {
    return db.dsl().fetchOne("SELECT COUNT(*) FROM " + table).get(0, Integer.class);
  }

  private void assertRefused(String sql, Object... binds) {
    assertThatThrownBy(() -> db.dsl().execute(sql, binds))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining(SIGNED_NOTE_REFUSED);
  }

  // --- drafts --------------------------------------------------------------------------------

  @Test
  void fullDraftRoundTripsWithEveryField() {
    SessionNote draft = fullDraft(clientId, START, NOW);

    long id = repository.createDraft(draft, "anna", NOW);

    SessionNote stored = repository.find(id).orElseThrow();
    assertThat(stored).isEqualTo(draft.withId(id));
    assertThat(stored.findings())
        .extracting(RegionFinding::region, RegionFinding::side)
        .containsExactly(
            tuple(BackRegion.LOWER_BACK, Side.RIGHT), tuple(BackRegion.GLUTES, Side.BILATERAL));
    assertThat(stored.findings().get(0).treatments())
        .extracting(Treatment::technique)
        .containsExactly(Technique.DEEP_TISSUE, Technique.STRETCHING);
    assertThat(stored.positions()).containsExactlyInAnyOrder(Position.PRONE, Position.SIDE_LYING);
    assertThat(stored.redFlags()).containsEntry(RedFlagQuestion.NIGHT_PAIN, RedFlagAnswer.YES);
    assertThat(stored.status()).isEqualTo(NoteStatus.DRAFT);
    assertThat(stored.signedAt()).isNull();
    assertThat(stored.contentHash()).isNull();
  }

  @Test
  void findOfMissingIdIsEmpty() {
    assertThat(repository.find(4711)).isEmpty();
  }

  @Test
  void saveDraftReplacesFindingsTreatmentsAndRedFlags() {
    SessionNote draft = storedDraft();
    RegionFinding neck =
        new RegionFinding(
            BackRegion.NECK,
            Side.LEFT,
            3,
            null,
            Tone.HYPERTONIC,
            false,
            false,
            null,
            false,
            null,
            null,
            List.of(new Treatment(Technique.SWEDISH, null, 20)),
            false);
    SessionNote changed =
        new SessionNote(
            draft.id(),
            clientId,
            START,
            45,
            Set.of(Position.SUPINE),
            NOW,
            new Subjective(
                "Stiff neck",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null),
            allAnsweredNo(),
            null,
            List.of(neck),
            null,
            null,
            null,
            NoteStatus.DRAFT,
            null,
            null,
            List.of());

    repository.saveDraft(changed);

    SessionNote stored = repository.find(draft.id()).orElseThrow();
    assertThat(stored).isEqualTo(changed);
    assertThat(stored.findings()).containsExactly(neck);
    assertThat(count("session_finding")).isEqualTo(1);
    assertThat(count("session_treatment")).isEqualTo(1);
    assertThat(count("session_red_flag")).isEqualTo(allAnsweredNo().size());
  }

  // --- signing -------------------------------------------------------------------------------

  @Test
  void signStoresStatusTimeAndHashAndTheNoteStaysIntact() {
    SessionNote draft = storedDraft();
    String hash = NoteHash.of(draft);

    repository.sign(draft, NOW.plusMinutes(5), hash, "anna");

    SessionNote stored = repository.find(draft.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(NoteStatus.SIGNED);
    assertThat(stored.signedAt()).isEqualTo(NOW.plusMinutes(5));
    assertThat(stored.contentHash()).isEqualTo(hash).hasSize(64);
    assertThat(stored).isEqualTo(draft.signedAs(NOW.plusMinutes(5), hash));
    assertThat(NoteHash.intact(stored)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE session SET chief_complaint = 'x' WHERE id = ?",
        "DELETE FROM session WHERE id = ?",
        "UPDATE session SET status = 'DRAFT' WHERE id = ?",
        "UPDATE session SET signed_at = TIMESTAMP '2020-01-01 00:00:00' WHERE id = ?",
        "UPDATE session SET content_hash = NULL WHERE id = ?",
        "INSERT INTO session_finding (session_id, position_in_note, region, side)"
            + " VALUES (?, 9, 'NECK', 'LEFT')",
        "UPDATE session_finding SET pain_before = 0 WHERE session_id = ?",
        "DELETE FROM session_finding WHERE session_id = ?",
        "INSERT INTO session_treatment (finding_id, position_in_note, technique)"
            + " SELECT id, 9, 'SWEDISH' FROM session_finding WHERE session_id = ?",
        "UPDATE session_treatment SET minutes = 1"
            + " WHERE finding_id IN (SELECT id FROM session_finding WHERE session_id = ?)",
        "DELETE FROM session_treatment"
            + " WHERE finding_id IN (SELECT id FROM session_finding WHERE session_id = ?)",
        "INSERT INTO session_red_flag (session_id, question, answer)"
            + " VALUES (?, 'FEVER_WEIGHT_LOSS', 'YES')",
        "UPDATE session_red_flag SET answer = 'NO' WHERE session_id = ?",
        "DELETE FROM session_red_flag WHERE session_id = ?"
      })
  void signedNoteRejectsChangesByRawSql(String sql) {
    SessionNote signed = storedSigned();

    assertRefused(sql, signed.id());

    SessionNote after = repository.find(signed.id()).orElseThrow();
    assertThat(after).isEqualTo(signed);
    assertThat(NoteHash.intact(after)).isTrue();
  }

  @Test
  void signedNoteRejectsEveryRawSqlChangeOneAfterAnother() {
    SessionNote signed = storedSigned();
    long id = signed.id();
    long findingId =
        db.dsl()
            .fetchOne("SELECT MIN(id) FROM session_finding WHERE session_id = ?", id)
            .get(0, Long.class);

    assertRefused("UPDATE session SET chief_complaint = 'x' WHERE id = ?", id);
    assertRefused("DELETE FROM session WHERE id = ?", id);
    assertRefused("UPDATE session SET status = 'DRAFT' WHERE id = ?", id);
    assertRefused("UPDATE session_finding SET observations = 'x' WHERE id = ?", findingId);
    assertRefused("DELETE FROM session_finding WHERE id = ?", findingId);
    assertRefused(
        "INSERT INTO session_treatment (finding_id, position_in_note, technique)"
            + " VALUES (?, 5, 'OTHER')",
        findingId);
    assertRefused("UPDATE session_treatment SET pressure = 'DEEP' WHERE finding_id = ?", findingId);
    assertRefused("DELETE FROM session_treatment WHERE finding_id = ?", findingId);
    assertRefused(
        "UPDATE session_red_flag SET answer = 'YES' WHERE session_id = ? AND question = ?",
        id,
        RedFlagQuestion.SADDLE_NUMBNESS.name());

    assertThat(repository.find(id)).contains(signed);
    assertThat(repository.summaries(clientId))
        .singleElement()
        .extracting(SessionSummary::status)
        .isEqualTo(NoteStatus.SIGNED);
  }

  @Test
  void repositorySaveDraftOfSignedNoteIsRefused() {
    SessionNote signed = storedSigned();
    SessionNote sneaky =
        signed.withFindings(List.of(lowerBackRight())).withAddenda(List.of()); // drop glutes

    assertThatThrownBy(() -> repository.saveDraft(sneaky))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining(SIGNED_NOTE_REFUSED);

    assertThat(repository.find(signed.id())).contains(signed);
  }

  @Test
  void signingAnAlreadySignedNoteAgainIsRefused() {
    SessionNote signed = storedSigned();

    assertThatThrownBy(() -> repository.sign(signed, NOW.plusDays(1), "0".repeat(64), "anna"))
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining("signed note cannot be changed");

    assertThat(repository.find(signed.id())).contains(signed);
  }

  // --- addenda -------------------------------------------------------------------------------

  @Test
  void addendaAppendInOrderAndNeverChange() {
    SessionNote signed = storedSigned();
    Addendum first =
        new Addendum(null, NOW.plusDays(1), "anna", "Late entry", "Client phoned: pain 2/10.");
    Addendum second =
        new Addendum(null, NOW.plusDays(2), "anna", "Correction", "Stretch was for the left side.");

    long firstId = repository.addAddendum(signed.id(), first, "anna");
    long secondId = repository.addAddendum(signed.id(), second, "anna");

    SessionNote stored = repository.find(signed.id()).orElseThrow();
    assertThat(stored.addenda())
        .containsExactly(
            new Addendum(
                firstId, NOW.plusDays(1), "anna", "Late entry", "Client phoned: pain 2/10."),
            new Addendum(
                secondId, NOW.plusDays(2), "anna", "Correction", "Stretch was for the left side."));
    assertThat(NoteHash.intact(stored)).isTrue();

    assertThatThrownBy(
            () ->
                db.dsl()
                    .execute("UPDATE session_addendum SET text = 'changed' WHERE id = ?", firstId))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("can only be added to");
    assertThatThrownBy(
            () ->
                db.dsl().execute("DELETE FROM session_addendum WHERE session_id = ?", signed.id()))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("can only be added to");
    assertThat(repository.find(signed.id()).orElseThrow().addenda()).isEqualTo(stored.addenda());
  }

  @Test
  void addendumToADraftIsRefused() {
    SessionNote draft = storedDraft();

    assertThatThrownBy(
            () ->
                repository.addAddendum(
                    draft.id(), new Addendum(null, NOW, "anna", "Reason", "Text"), "anna"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Addenda are for signed notes");

    assertThat(count("session_addendum")).isZero();
  }

  // --- audit log -----------------------------------------------------------------------------

  @Test
  void auditLogRecordsCreateSignAndEachAddendum() {
    SessionNote signed = storedSigned();
    repository.addAddendum(
        signed.id(),
        new Addendum(null, NOW.plusDays(1), "anna", "Late entry", "Pain 2/10."),
        "anna");
    repository.addAddendum(
        signed.id(),
        new Addendum(null, NOW.plusDays(2), "anna", "Correction", "Left side."),
        "anna");

    assertThat(audit.about("SESSION", signed.id()))
        .containsExactly(
            new AuditEntry(NOW, "anna", Action.CREATE, "SESSION", signed.id()),
            new AuditEntry(NOW.plusMinutes(5), "anna", Action.SIGN, "SESSION", signed.id()),
            new AuditEntry(NOW.plusDays(1), "anna", Action.ADDENDUM, "SESSION", signed.id()),
            new AuditEntry(NOW.plusDays(2), "anna", Action.ADDENDUM, "SESSION", signed.id()));
    assertThat(audit.about("SESSION", signed.id() + 1)).isEmpty();
    assertThat(audit.about("CLIENT", signed.id())).isEmpty();
  }

  @Test
  void auditLogRejectsUpdateAndDeleteBySql() {
    SessionNote signed = storedSigned();
    List<AuditEntry> before = audit.about("SESSION", signed.id());

    assertThatThrownBy(() -> db.dsl().execute("UPDATE audit_log SET actor = 'someone else'"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("audit log can only be added to");
    assertThatThrownBy(() -> db.dsl().execute("DELETE FROM audit_log"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("audit log can only be added to");

    assertThat(audit.about("SESSION", signed.id())).isEqualTo(before).hasSize(2);
  }

  @Test
  void auditLogHoldsNoClinicalText() {
    SessionNote signed = storedSigned();
    repository.addAddendum(
        signed.id(),
        new Addendum(null, NOW.plusDays(1), "anna", "Late entry", "Numb toes reported later."),
        "anna");

    var rows = db.dsl().fetch("SELECT * FROM audit_log");

    // the client's creation, then the note's creation, signing and addendum
    assertThat(rows).hasSize(4);
    assertThat(rows.fields())
        .extracting(f -> f.getName().toUpperCase(java.util.Locale.ROOT))
        .containsExactly("ID", "AT", "ACTOR", "ACTION", "ENTITY", "ENTITY_ID", "DETAIL");
    String everything = rows.formatCSV();
    assertThat(everything)
        .doesNotContain(CHIEF_COMPLAINT)
        .doesNotContain("Numb toes")
        .doesNotContain("Late entry")
        .doesNotContain("Taut band");
  }

  // --- discarding ----------------------------------------------------------------------------

  @Test
  void draftCanBeDeletedWithItsFindingsAndIsAudited() {
    SessionNote draft = storedDraft();

    repository.deleteDraft(draft.id(), "anna", NOW.plusMinutes(1));

    assertThat(repository.find(draft.id())).isEmpty();
    assertThat(count("session_finding")).isZero();
    assertThat(count("session_treatment")).isZero();
    assertThat(count("session_red_flag")).isZero();
    assertThat(audit.about("SESSION", draft.id()))
        .extracting(AuditEntry::action)
        .containsExactly(Action.CREATE, Action.DISCARD_DRAFT);
  }

  @Test
  void signedNoteCannotBeDeleted() {
    SessionNote signed = storedSigned();

    assertThatThrownBy(() -> repository.deleteDraft(signed.id(), "anna", NOW.plusMinutes(1)))
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining(SIGNED_NOTE_REFUSED);

    assertThat(repository.find(signed.id())).contains(signed);
    assertThat(audit.about("SESSION", signed.id()))
        .extracting(AuditEntry::action)
        .containsExactly(Action.CREATE, Action.SIGN);
  }

  @Test
  void realPracticeCannotBeTurnedIntoADemo() {
    assertThatThrownBy(() -> db.dsl().execute("UPDATE practice SET is_demo = TRUE"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("real practice cannot be turned into a demo");

    assertThat(db.dsl().fetchOne("SELECT is_demo FROM practice WHERE id = 1").get(0, Boolean.class))
        .isFalse();
  }

  // --- lists ---------------------------------------------------------------------------------

  @Test
  void summariesListNewestFirstWithRegionsAndMaxPain() {
    SessionNote older = fullDraft(clientId, START.minusDays(7), NOW.minusDays(7));
    long olderId = repository.createDraft(older, "anna", NOW.minusDays(7));
    repository.sign(
        older.withId(olderId), NOW.minusDays(7), NoteHash.of(older.withId(olderId)), "anna");
    repository.addAddendum(
        olderId, new Addendum(null, NOW, "anna", "Late entry", "Pain 2/10."), "anna");
    RegionFinding neck = RegionFinding.of(BackRegion.NECK, Side.LEFT_GREATER);
    SessionNote newer =
        SessionNote.draft(clientId, START, 30, Set.of(Position.SUPINE), NOW)
            .withFindings(
                List.of(
                    new RegionFinding(
                        BackRegion.NECK,
                        Side.LEFT_GREATER,
                        6,
                        null,
                        null,
                        false,
                        false,
                        null,
                        false,
                        null,
                        null,
                        List.of(),
                        false)));
    long newerId = repository.createDraft(newer, "anna", NOW);

    assertThat(repository.summaries(clientId))
        .containsExactly(
            new SessionSummary(
                newerId, START, 30, NoteStatus.DRAFT, neck.label(), 6, null, 0, false),
            new SessionSummary(
                olderId,
                START.minusDays(7),
                75,
                NoteStatus.SIGNED,
                "Lower back R, Glutes bilateral",
                7,
                3,
                1,
                true));
  }

  @Test
  void summariesOfAClientWithoutNotesAreEmpty() {
    assertThat(repository.summaries(clientId)).isEmpty();
  }

  @Test
  void latestSignedIgnoresNewerDrafts() {
    SessionNote signed = storedSigned();
    repository.createDraft(
        SessionNote.draft(clientId, START.plusDays(1), 30, Set.of(), NOW.plusDays(1)),
        "anna",
        NOW.plusDays(1));

    assertThat(repository.latestSigned(clientId)).contains(signed);
  }

  @Test
  void latestSignedIsEmptyWhenThereAreOnlyDrafts() {
    storedDraft();

    assertThat(repository.latestSigned(clientId)).isEmpty();
  }

  @Test
  void draftIdsListOnlyThisClientsDraftsNewestFirst() {
    storedSigned();
    long older =
        repository.createDraft(
            SessionNote.draft(clientId, START, 30, Set.of(), NOW.plusHours(1)),
            "anna",
            NOW.plusHours(1));
    long newer =
        repository.createDraft(
            SessionNote.draft(clientId, START, 30, Set.of(), NOW.plusHours(2)),
            "anna",
            NOW.plusHours(2));
    long other = SessionFixtures.client(db, CLOCK, "Ben Okafor");
    repository.createDraft(SessionNote.draft(other, START, 30, Set.of(), NOW), "anna", NOW);

    assertThat(repository.draftIds(clientId)).containsExactly(newer, older);
  }

  @Test
  void quickPhrasesHoldTheStarterSet() {
    List<QuickPhrase> phrases = repository.quickPhrases();

    assertThat(phrases).hasSize(13).contains(new QuickPhrase("ht", "hypertonic"));
    assertThat(phrases)
        .extracting(QuickPhrase::abbreviation)
        .contains("tp", "ltp", "rom", "bilat", "fhp", "ut", "ql", "es", "tol", "str", "heat", "gp")
        .isSorted();
  }

  // --- a client's notes, read set-based --------------------------------------------------------

  private static final Signer SIGNER =
      new Signer("Anna Lind", "Massage therapist", "RMT 1234", "Harbour Board");

  /** Stores {@code count} notes for the client: signed ones with signer and addenda, and drafts. */
  private void storeNotes(long client, int count) {
    for (int i = 0; i < count; i++) {
      LocalDateTime start = START.minusDays(7L * i);
      SessionNote draft = fullDraft(client, start, start.plusHours(1));
      if (i % 3 == 2) {
        draft = draft.withFindings(List.of(SessionFixtures.glutesBilateral()));
      }
      long id = repository.createDraft(draft, "anna", start.plusHours(1));
      if (i % 4 == 3) {
        continue; // a draft
      }
      SessionNote stored = draft.withId(id).withSigner(i % 2 == 0 ? SIGNER : null);
      repository.sign(stored, start.plusHours(2), NoteHash.of(stored), "anna");
      for (int a = 0; a < i % 3; a++) {
        repository.addAddendum(
            id,
            Addendum.signed(start.plusDays(1 + a), SIGNER, "Reason " + a, "Text " + i + "." + a),
            "anna");
      }
    }
  }

  @Test
  void aClientsNotesReadTogetherEqualTheNotesReadOneByOne() {
    storeNotes(clientId, 9);
    long other = SessionFixtures.client(db, CLOCK, "Ben Okafor");
    storeNotes(other, 4);

    List<SessionNote> together = repository.notesOf(clientId);

    List<SessionNote> oneByOne =
        db
            .dsl()
            .fetch(
                "SELECT id FROM session WHERE client_id = ? ORDER BY service_start, id", clientId)
            .getValues(0, Long.class)
            .stream()
            .map(id -> repository.find(id).orElseThrow())
            .toList();
    assertThat(together).hasSize(9).isEqualTo(oneByOne);
    // every kind of child row is there, and each note has only its own
    assertThat(together).allSatisfy(n -> assertThat(n.clientId()).isEqualTo(clientId));
    assertThat(together).anySatisfy(n -> assertThat(n.addenda()).hasSize(2));
    assertThat(together).anySatisfy(n -> assertThat(n.signer()).isEqualTo(SIGNER));
    assertThat(together).anySatisfy(n -> assertThat(n.signed()).isFalse());
    assertThat(together)
        .allSatisfy(
            n -> {
              assertThat(n.redFlags()).containsEntry(RedFlagQuestion.NIGHT_PAIN, RedFlagAnswer.YES);
              assertThat(n.findings()).isNotEmpty();
              assertThat(n.findings().get(0).treatments()).isNotEmpty();
            });
    assertThat(together.stream().filter(SessionNote::signed)).allMatch(NoteHash::intact);
  }

  @Test
  void readingAClientsNotesTakesTheSameQueriesForThreeNotesAsForThirty() {
    long few = SessionFixtures.client(db, CLOCK, "Ben Okafor");
    storeNotes(few, 3);
    storeNotes(clientId, 30);

    assertThat(queriesToRead(clientId)).isEqualTo(queriesToRead(few)).isLessThanOrEqualTo(5);
  }

  private int queriesToRead(long client) {
    int[] queries = {0};
    org.jooq.DSLContext counted =
        org.jooq.impl.DSL.using(
            db.dsl()
                .configuration()
                .derive(
                    new org.jooq.impl.DefaultExecuteListenerProvider(
                        new org.jooq.ExecuteListener() {
                          @Override
                          public void executeStart(org.jooq.ExecuteContext ctx) {
                            queries[0]++;
                          }
                        })));
    assertThat(new SessionRepository(counted).notesOf(client)).isNotEmpty();
    return queries[0];
  }
}
