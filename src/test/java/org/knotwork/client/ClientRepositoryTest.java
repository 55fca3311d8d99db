package org.knotwork.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.knotwork.db.generated.Tables.CLIENT;
import static org.knotwork.db.generated.Tables.CLIENT_CONDITION;
import static org.knotwork.db.generated.Tables.PRACTICE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.body.BackRegion;
import org.knotwork.db.Database;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.Visit;

class ClientRepositoryTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 14, 10, 15, 30);

  private Database db;
  private ClientRepository repository;
  private SessionRepository sessions;

  @BeforeEach
  void openDatabase() {
    db = Database.inMemory();
    repository = new ClientRepository(db.dsl());
    sessions = new SessionRepository(db.dsl());
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  // --- storing and reading -------------------------------------------------------------------

  @Test
  void insertedClientIsFoundWithEveryField() {
    Client client = completeClient();

    long id = repository.insert(client, NOW);

    assertThat(repository.find(id)).contains(client.toBuilder().id(id).build());
  }

  @Test
  void findOfMissingIdIsEmpty() {
    assertThat(repository.find(4711)).isEmpty();
  }

  @Test
  void updateReplacesFieldsConditionsAndConsents() {
    long id = repository.insert(completeClient(), NOW);
    Client changed =
        completeClient().toBuilder()
            .id(id)
            .phone("07700 900123")
            .conditions(
                List.of(
                    new ConditionEntry(HealthCondition.DISC_PROBLEMS, "L4/L5, left", null, null)))
            .regionConsents(Map.of(BackRegion.HIP_FLEXORS, LocalDate.of(2025, 3, 1)))
            .build();

    repository.update(changed, NOW.plusDays(1));

    Client stored = repository.find(id).orElseThrow();
    assertThat(stored).isEqualTo(changed);
    assertThat(stored.conditions())
        .containsExactly(
            new ConditionEntry(HealthCondition.DISC_PROBLEMS, "L4/L5, left", null, null));
    assertThat(stored.regionConsents()).containsOnlyKeys(BackRegion.HIP_FLEXORS);
  }

  @Test
  void updateCanRemoveAllConditionsAndConsents() {
    long id = repository.insert(completeClient(), NOW);

    repository.update(
        completeClient().toBuilder().id(id).conditions(List.of()).regionConsents(Map.of()).build(),
        NOW);

    Client stored = repository.find(id).orElseThrow();
    assertThat(stored.conditions()).isEmpty();
    assertThat(stored.regionConsents()).isEmpty();
  }

  @Test
  void updateOfMissingClientThrowsClientNotFound() {
    Client ghost = completeClient().toBuilder().id(4711L).build();

    assertThatThrownBy(() -> repository.update(ghost, NOW))
        .isInstanceOf(ClientNotFoundException.class);
  }

  // --- search --------------------------------------------------------------------------------

  @Test
  void searchIgnoresCaseAndAccents() {
    insertNamed("Zoë Martin");
    insertNamed("Łukasz Nowak");
    insertNamed("Nguyễn Văn An");
    insertNamed("Peter Smith");

    assertThat(namesFound("zoe")).containsExactly("Zoë Martin");
    assertThat(namesFound("ZOË")).containsExactly("Zoë Martin");
    assertThat(namesFound("lukasz")).containsExactly("Łukasz Nowak");
    assertThat(namesFound("nguyen")).containsExactly("Nguyễn Văn An");
    assertThat(namesFound("van")).containsExactly("Nguyễn Văn An");
  }

  @Test
  void searchFindsByPreferredName() {
    repository.insert(
        Client.builder().fullName("Elizabeth Taylor").preferredName("Betty").build(), NOW);
    insertNamed("Peter Smith");

    assertThat(namesFound("betty")).containsExactly("Elizabeth Taylor");
  }

  @Test
  void searchFindsByPhoneDigitsTypedWithOrWithoutSpaces() {
    repository.insert(
        Client.builder().fullName("Spaced Phone").phone("+44 20 7946 0018").build(), NOW);
    repository.insert(Client.builder().fullName("Compact Phone").phone("07700900123").build(), NOW);
    insertNamed("No Phone");

    assertThat(namesFound("2079460018")).containsExactly("Spaced Phone");
    assertThat(namesFound("20 7946 0018")).containsExactly("Spaced Phone");
    assertThat(namesFound("7946-0018")).containsExactly("Spaced Phone");
    assertThat(namesFound("07700 900 123")).containsExactly("Compact Phone");
    assertThat(namesFound("07700900123")).containsExactly("Compact Phone");
  }

  @Test
  void searchFindsByEmail() {
    repository.insert(
        Client.builder().fullName("Anna Berg").email("anna.berg@example.org").build(), NOW);
    insertNamed("Peter Smith");

    assertThat(namesFound("anna.berg@example.org")).containsExactly("Anna Berg");
    assertThat(namesFound("EXAMPLE.ORG")).containsExactly("Anna Berg");
  }

  @Test
  void percentAndUnderscoreInAQueryMatchOnlyThemselves() {
    repository.insert(
        Client.builder().fullName("Anna Lind").email("anna_berg@example.org").build(), NOW);
    repository.insert(
        Client.builder().fullName("Kaj Holm").email("ka.berg@example.org").build(), NOW);

    assertThat(namesFound("a_berg")).containsExactly("Anna Lind");
    assertThat(namesFound("100%")).isEmpty();
    assertThat(namesFound("an%berg")).isEmpty();
  }

  @Test
  void multiWordQueryRequiresEveryWord() {
    insertNamed("Anna Berg");
    insertNamed("Anna Kowalska");
    insertNamed("Lars Berg");

    assertThat(namesFound("anna berg")).containsExactly("Anna Berg");
    assertThat(namesFound("berg anna")).containsExactly("Anna Berg");
    assertThat(namesFound("anna nobody")).isEmpty();
  }

  @Test
  void searchListsTheMostRecentFirstByLastVisitOrWhenAddedThenByName() {
    long bert = insertNamed("Bert");
    long dora = insertNamed("Dora");
    repository.insert(Client.builder().fullName("Ben").build(), LocalDateTime.of(2025, 3, 3, 8, 0));
    long carla = insertNamed("Carla");
    long zed = insertNamed("Zed");
    repository.insert(
        Client.builder().fullName("Anna").build(), LocalDateTime.of(2024, 12, 1, 8, 0));
    Visit.insertAll(
        sessions,
        List.of(
            visit(bert, LocalDateTime.of(2024, 6, 1, 9, 0)),
            visit(bert, LocalDateTime.of(2025, 1, 10, 9, 0)),
            visit(dora, LocalDateTime.of(2025, 3, 1, 10, 0)),
            visit(carla, LocalDateTime.of(2025, 3, 1, 10, 0)),
            visit(zed, LocalDateTime.of(2019, 1, 1, 9, 0)),
            visit(zed, LocalDateTime.of(2025, 3, 5, 16, 0))));

    List<ClientSummary> found = repository.search(List.of(), false);

    assertThat(found)
        .extracting(ClientSummary::fullName)
        .as("a client not seen yet sorts by when they were added")
        .containsExactly("Zed", "Ben", "Carla", "Dora", "Bert", "Anna");
    assertThat(found)
        .extracting(ClientSummary::lastVisit)
        .containsExactly(
            LocalDate.of(2025, 3, 5),
            null,
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 1, 10),
            null);
  }

  @Test
  void aLimitedSearchListsTheFirstMatchesAndCountsThemAll() {
    for (String name : List.of("Anna Berg", "Anna Lind", "Anna Holm", "Ben Okafor")) {
      insertNamed(name);
    }

    ClientMatches two = repository.search(List.of("anna"), false, 2);
    assertThat(two.listed())
        .extracting(ClientSummary::fullName)
        .containsExactly("Anna Berg", "Anna Holm");
    assertThat(two.total()).isEqualTo(3);
    assertThat(two.hasMore()).isTrue();

    ClientMatches all = repository.search(List.of("anna"), false, 3);
    assertThat(all.listed()).hasSize(3);
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.hasMore()).isFalse();
  }

  @Test
  void searchSortsNamesIgnoringCaseAndAccents() {
    insertNamed("Zoë Martin");
    insertNamed("Łukasz Nowak");
    insertNamed("adam Lower");
    insertNamed("Émile Dubois");
    insertNamed("Bert Olsen");

    assertThat(namesFound(""))
        .containsExactly("adam Lower", "Bert Olsen", "Émile Dubois", "Łukasz Nowak", "Zoë Martin");
  }

  @Test
  void archivedClientsAreHiddenUnlessIncluded() {
    insertNamed("Active Client");
    long archived = insertNamed("Archived Client");
    repository.setArchived(archived, NOW, NOW);

    assertThat(repository.search(List.of(), false))
        .extracting(ClientSummary::fullName)
        .containsExactly("Active Client");
    assertThat(repository.search(List.of(), true))
        .extracting(ClientSummary::fullName, ClientSummary::archived)
        .containsExactly(tuple("Active Client", false), tuple("Archived Client", true));
    assertThat(repository.find(archived).orElseThrow().archivedAt()).isEqualTo(NOW);
  }

  @Test
  void setArchivedOnMissingIdThrowsClientNotFound() {
    assertThatThrownBy(() -> repository.setArchived(4711, NOW, NOW))
        .isInstanceOf(ClientNotFoundException.class)
        .hasMessageContaining("4711");
  }

  // --- constraints enforced by the database itself ---------------------------------------------

  @Test
  void rowWithEveryCheckedColumnValidIsAccepted() {
    Map<Field<?>, Object> valid = new LinkedHashMap<>();
    valid.put(CLIENT.DATE_OF_BIRTH, NOW.toLocalDate().minusYears(120));
    valid.put(CLIENT.EMAIL, "anna.berg@example.org");
    valid.put(CLIENT.PHONE, "+44 (20) 7946-0018");
    valid.put(CLIENT.EMERGENCY_PHONE, "07700 900123");
    valid.put(CLIENT.WORK_POSTURE, "DESK");
    valid.put(CLIENT.PRESSURE_PREFERENCE, "FIRM");

    assertThat(insertClientRow(valid)).isEqualTo(1);
    assertThat(insertClientRow(Map.of(CLIENT.DATE_OF_BIRTH, NOW.toLocalDate()))).isEqualTo(1);
  }

  @Test
  void databaseRejectsBlankFullName() {
    assertConstraintViolation(
        () -> insertClientRow(Map.of(CLIENT.FULL_NAME, "   ")), "CLIENT_NAME_NOT_BLANK");
  }

  @Test
  void databaseRejectsDateOfBirthAfterUpdatedAt() {
    assertConstraintViolation(
        () -> insertClientRow(Map.of(CLIENT.DATE_OF_BIRTH, NOW.toLocalDate().plusDays(1))),
        "CLIENT_DOB_NOT_FUTURE");
  }

  @Test
  void databaseRejectsAgeOver120() {
    assertConstraintViolation(
        () ->
            insertClientRow(
                Map.of(CLIENT.DATE_OF_BIRTH, NOW.toLocalDate().minusYears(120).minusDays(1))),
        "CLIENT_DOB_AGE_AT_MOST_120");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "anna.example.org",
        "anna@example",
        "anna berg@example.org",
        "anna@example.o",
        "anna@@example.org"
      })
  void databaseRejectsMalformedEmail(String email) {
    assertConstraintViolation(
        () -> insertClientRow(Map.of(CLIENT.EMAIL, email)), "CLIENT_EMAIL_PLAUSIBLE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"020 7946 CALL", "phone me", "12 34", "+1 2345", "1234567890123456"})
  void databaseRejectsPhoneWithLettersOrWrongDigitCount(String phone) {
    assertConstraintViolation(
        () -> insertClientRow(Map.of(CLIENT.PHONE, phone)), "CLIENT_PHONE_PLAUSIBLE");
  }

  @Test
  void databaseRejectsImplausibleEmergencyPhone() {
    assertConstraintViolation(
        () -> insertClientRow(Map.of(CLIENT.EMERGENCY_PHONE, "ask reception")),
        "CLIENT_EMERGENCY_PHONE_PLAUSIBLE");
  }

  @Test
  void databaseRejectsUnknownWorkPosture() {
    assertConstraintViolation(
        // the column as stored text: the generated field only takes a WorkPosture
        () ->
            insertClientRow(
                Map.of(
                    org.jooq.impl.DSL.field(
                        org.jooq.impl.DSL.name(CLIENT.WORK_POSTURE.getName()), String.class),
                    "SITTING")),
        "CLIENT_WORK_POSTURE");
  }

  @Test
  void databaseAcceptsPregnancyWeeksWithinRange() {
    long id = insertNamed("Expecting Client");

    assertThat(insertConditionRow(id, HealthCondition.PREGNANCY, 42)).isEqualTo(1);
  }

  @Test
  void databaseRejectsPregnancyWeeksOnAnotherCondition() {
    long id = insertNamed("Anna Berg");

    assertConstraintViolation(
        () -> insertConditionRow(id, HealthCondition.ANTICOAGULANTS, 12), "CLIENT_CONDITION_WEEKS");
  }

  @Test
  void databaseRejectsPregnancyWeeksOver42() {
    long id = insertNamed("Anna Berg");

    assertConstraintViolation(
        () -> insertConditionRow(id, HealthCondition.PREGNANCY, 50), "CLIENT_CONDITION_WEEKS");
  }

  @Test
  void databaseRejectsConditionOfMissingClient() {
    assertConstraintViolation(
        () -> insertConditionRow(4711L, HealthCondition.OSTEOPOROSIS, null),
        "CLIENT_CONDITION_CLIENT");
  }

  @Test
  void databaseRejectsSecondPracticeRow() {
    assertConstraintViolation(
        () ->
            db.dsl()
                .insertInto(PRACTICE)
                .set(PRACTICE.ID, 2)
                .set(PRACTICE.NAME, "Second practice")
                .set(PRACTICE.CREATED_AT, NOW)
                .execute(),
        "PRACTICE_SINGLE_ROW");
  }

  // --- helpers -------------------------------------------------------------------------------

  private static Client completeClient() {
    return Client.builder()
        .fullName("Zoë Ødegaard")
        .preferredName("Zo")
        .dateOfBirth(LocalDate.of(1984, 2, 29))
        .pronouns("she/her")
        .phone("+44 20 7946 0018")
        .email("zoe.odegaard@example.org")
        .address("12 Quay Street\nBristol BS1 4XE")
        .emergencyContact(new EmergencyContact("Lars Ødegaard", "Partner", "+44 7700 900456"))
        .physician("Dr. Okafor, Harbourside Surgery")
        .occupation("Software developer")
        .workPosture(WorkPosture.DESK)
        .activities("Climbing, cycling")
        .medications("Warfarin 5 mg")
        .allergies(new Allergies(false, true, true, "Lavender"))
        .pressurePreference(PressurePreference.MODERATE)
        .generalConsentOn(LocalDate.of(2025, 1, 6))
        .regionConsents(
            Map.of(
                BackRegion.GLUTES,
                LocalDate.of(2025, 1, 6),
                BackRegion.NECK,
                LocalDate.of(2025, 2, 3)))
        .conditions(
            List.of(
                new ConditionEntry(
                    HealthCondition.PREGNANCY, "Second pregnancy", null, LocalDate.of(2025, 6, 20)),
                new ConditionEntry(
                    HealthCondition.ANTICOAGULANTS, "Warfarin", LocalDate.of(2023, 5, 1), null)))
        .notes("Prefers a warm room.")
        .build();
  }

  private long insertNamed(String fullName) {
    return repository.insert(Client.builder().fullName(fullName).build(), NOW);
  }

  private List<String> namesFound(String query) {
    return repository.search(SearchText.terms(query), false).stream()
        .map(ClientSummary::fullName)
        .toList();
  }

  private static Visit visit(long clientId, LocalDateTime start) {
    return new Visit(clientId, start, 60, start.plusMinutes(70));
  }

  /** Inserts a minimal valid client row with some columns replaced, straight through SQL. */
  private int insertClientRow(Map<Field<?>, Object> overrides) {
    Map<Field<?>, Object> row = new LinkedHashMap<>();
    row.put(CLIENT.FULL_NAME, "Test Client");
    row.put(CLIENT.SEARCH_TEXT, "test client");
    row.put(CLIENT.CREATED_AT, NOW);
    row.put(CLIENT.UPDATED_AT, NOW);
    row.putAll(overrides);
    return db.dsl().insertInto(CLIENT).set(row).execute();
  }

  private int insertConditionRow(long clientId, HealthCondition code, Integer weeks) {
    return db.dsl()
        .insertInto(CLIENT_CONDITION)
        .set(CLIENT_CONDITION.CLIENT_ID, clientId)
        .set(CLIENT_CONDITION.CONDITION_CODE, code)
        .set(CLIENT_CONDITION.WEEKS, weeks)
        .execute();
  }

  private static void assertConstraintViolation(Runnable statement, String constraint) {
    assertThatThrownBy(statement::run)
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining(constraint)
        .satisfies(
            e ->
                assertThat(((DataAccessException) e).sqlStateClass())
                    .isEqualTo(SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION));
  }
}
