package org.knotwork.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.outcome.OutcomeFixtures.TODAY;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.db.Database;

class OutcomeRepositoryTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 14, 10, 15);

  private Database db;
  private OutcomeRepository repository;
  private long clientId;

  @BeforeEach
  void openDatabase() {
    db = Database.inMemory();
    repository = new OutcomeRepository(db.dsl());
    clientId = OutcomeFixtures.practiceWithClient(db);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  private Instrument instrument(String code) {
    return repository.instruments().stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void builtInInstrumentsAreSeededWithTheirDirectionAndThreshold() {
    List<Instrument> all = repository.instruments();

    assertThat(all).extracting(Instrument::code).contains("NPRS", "PSFS", "ODI", "RMDQ", "NDI");
    assertThat(all).allSatisfy(i -> assertThat(i.builtIn()).isTrue());
    Instrument psfs = instrument("PSFS");
    assertThat(psfs.higherIsBetter()).isTrue();
    assertThat(psfs.kind()).isEqualTo(EntryKind.ITEMS);
    assertThat(psfs.reassessDays()).isEqualTo(14);
    Instrument odi = instrument("ODI");
    assertThat(odi.higherIsBetter()).isFalse();
    assertThat(odi.max()).isEqualTo(100.0);
    assertThat(odi.meaningfulChange()).isEqualTo(10.0);
    assertThat(odi.unit()).isEqualTo("%");
    assertThat(instrument("NPRS").reassessDays()).isNull();
  }

  @Test
  void builtInInstrumentsComeFirstThenByName() {
    Instrument added =
        repository.addInstrument(
            new Instrument(
                0,
                "AAA",
                "A first by name",
                0,
                10,
                true,
                1,
                7,
                EntryKind.SCORE,
                false,
                null,
                null));

    List<Instrument> all = repository.instruments();

    assertThat(all.get(all.size() - 1)).isEqualTo(added);
    assertThat(added.id()).isPositive();
    List<String> builtInNames =
        all.stream().filter(Instrument::builtIn).map(Instrument::name).toList();
    assertThat(builtInNames).isSorted();
  }

  @Test
  void psfsWithItsActivitiesSurvivesTheRoundTrip() {
    List<PsfsItem> items =
        List.of(
            new PsfsItem("Sitting through a work day", 3),
            new PsfsItem("Lifting my toddler", 4),
            new PsfsItem("Driving for an hour", 4));
    OutcomeEntry entry =
        new OutcomeEntry(null, clientId, instrument("PSFS"), TODAY, 3.7, items, "First visit");

    long id = repository.addEntry(entry, NOW);

    assertThat(repository.entries(clientId)).containsExactly(entry.withId(id));
  }

  @Test
  void entriesComeOldestFirst() {
    Instrument nprs = instrument("NPRS");
    Instrument odi = instrument("ODI");
    repository.importEntries(
        List.of(
            new OutcomeEntry(null, clientId, nprs, TODAY, 3, List.of(), null),
            new OutcomeEntry(null, clientId, odi, TODAY.minusDays(30), 42, List.of(), null),
            new OutcomeEntry(null, clientId, nprs, TODAY.minusDays(30), 7, List.of(), null)),
        NOW);
    long other = OutcomeFixtures.client(db, "Ben Ode");
    repository.addEntry(new OutcomeEntry(null, other, nprs, TODAY, 1, List.of(), null), NOW);

    List<OutcomeEntry> entries = repository.entries(clientId);

    assertThat(entries)
        .extracting(OutcomeEntry::takenOn, OutcomeEntry::score)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TODAY.minusDays(30), 42.0),
            org.assertj.core.groups.Tuple.tuple(TODAY.minusDays(30), 7.0),
            org.assertj.core.groups.Tuple.tuple(TODAY, 3.0));
  }

  @Test
  void decimalScoresKeepTwoDecimals() {
    long id =
        repository.addEntry(
            new OutcomeEntry(null, clientId, instrument("ODI"), TODAY, 35.56, List.of(), null),
            NOW);

    assertThat(repository.entries(clientId).get(0).score()).isEqualTo(35.56);
    assertThat(repository.entries(clientId).get(0).id()).isEqualTo(id);
  }

  @Test
  void deletingAnEntryRemovesItsItemsToo() {
    long id =
        repository.addEntry(
            new OutcomeEntry(
                null,
                clientId,
                instrument("PSFS"),
                TODAY,
                5,
                List.of(new PsfsItem("Gardening", 5)),
                null),
            NOW);

    repository.deleteEntry(id);

    assertThat(repository.entries(clientId)).isEmpty();
    assertThatThrownBy(() -> repository.deleteEntry(id)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void databaseRefusesAnItemRatingOfEleven() {
    OutcomeEntry entry =
        new OutcomeEntry(
            null,
            clientId,
            instrument("PSFS"),
            TODAY,
            5,
            List.of(new PsfsItem("Gardening", 5), new PsfsItem("Running", 11)),
            null);

    assertThatThrownBy(() -> repository.addEntry(entry, NOW))
        .isInstanceOf(DataAccessException.class);
    assertThat(repository.entries(clientId)).as("nothing half-stored").isEmpty();
  }

  @Test
  void databaseRefusesADuplicateInstrumentCode() {
    Instrument copy =
        new Instrument(
            0, "ODI", "Another Oswestry", 0, 100, false, 10, 28, EntryKind.SCORE, false, "%", null);

    assertThatThrownBy(() -> repository.addInstrument(copy))
        .isInstanceOf(DataAccessException.class);
  }
}
