package org.knotwork.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BackRegion;
import org.knotwork.db.Database;
import org.knotwork.demo.DemoPractice.DemoClient;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.outcome.PsfsItem;
import org.knotwork.outcome.Scoring;
import org.knotwork.session.SessionNote;

class DemoMeasureGeneratorTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
  private static final long SEED = DemoPractice.DEFAULT_SEED;
  private static final int CLIENTS = 80;

  private Database db;
  private List<Instrument> instruments;

  /** One generated client with their notes and measures. */
  private record Measured(DemoClient demo, List<SessionNote> notes, List<OutcomeEntry> entries) {}

  @BeforeEach
  void readInstruments() {
    db = Database.inMemory();
    instruments = new OutcomeRepository(db.dsl()).instruments();
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  private List<Measured> practice() {
    List<DemoClient> clients = new DemoDataGenerator(SEED, TODAY).clients(CLIENTS, 3);
    DemoNoteGenerator writer = new DemoNoteGenerator(SEED, TODAY);
    DemoMeasureGenerator measurer = new DemoMeasureGenerator(SEED, instruments);
    List<Measured> result = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      DemoClient demo = clients.get(i);
      List<SessionNote> notes = writer.notes(demo.client(), i + 1, demo.visits());
      result.add(new Measured(demo, notes, measurer.entries(demo.client(), i + 1, notes)));
    }
    return result;
  }

  private static List<OutcomeEntry> of(Measured m, String code) {
    return m.entries().stream().filter(e -> e.instrument().code().equals(code)).toList();
  }

  private static Map<LocalDate, SessionNote> byDay(Measured m) {
    return m.notes().stream()
        .collect(
            Collectors.toMap(
                n -> n.serviceStart().toLocalDate(), Function.identity(), (a, b) -> a));
  }

  @Test
  void theSameSeedGivesTheSameMeasures() {
    assertThat(practice()).isEqualTo(practice());
  }

  @Test
  void everyMeasureIsWithinItsRangeAndNotInTheFuture() {
    List<OutcomeEntry> all = practice().stream().flatMap(m -> m.entries().stream()).toList();

    assertThat(all).isNotEmpty();
    assertThat(all)
        .allSatisfy(
            e -> {
              assertThat(Scoring.rangeProblem(e.instrument(), e.score())).as("%s", e).isEmpty();
              assertThat(e.takenOn()).isBeforeOrEqualTo(TODAY);
            });
  }

  @Test
  void painRatingIsTakenAtTheFirstVisitAndEveryFourthFromTheNote() {
    for (Measured m : practice()) {
      if (m.notes().isEmpty()) {
        assertThat(m.entries()).isEmpty();
        continue;
      }
      List<OutcomeEntry> nprs = of(m, Instrument.NPRS);
      LocalDate first = m.notes().get(0).serviceStart().toLocalDate();
      assertThat(nprs).isNotEmpty();
      assertThat(nprs.get(0).takenOn()).isEqualTo(first);
      assertThat(nprs).hasSize((m.notes().size() + 3) / 4);
      Map<LocalDate, SessionNote> notes = byDay(m);
      assertThat(nprs)
          .allSatisfy(
              e ->
                  assertThat(e.score())
                      .isEqualTo(DemoMeasureGenerator.pain(notes.get(e.takenOn())).doubleValue()));
    }
  }

  @Test
  void psfsUsesTheClientsOwnTwoToFourActivitiesEveryTime() {
    int regularsWithRepeats = 0;
    for (Measured m : practice()) {
      List<OutcomeEntry> psfs = of(m, Instrument.PSFS);
      if (m.notes().isEmpty()) {
        continue;
      }
      assertThat(psfs.get(0).takenOn()).isEqualTo(m.notes().get(0).serviceStart().toLocalDate());
      List<String> activities = psfs.get(0).items().stream().map(PsfsItem::activity).toList();
      assertThat(activities).hasSizeBetween(2, 4).doesNotHaveDuplicates();
      assertThat(psfs)
          .allSatisfy(
              e ->
                  assertThat(e.items().stream().map(PsfsItem::activity).toList())
                      .isEqualTo(activities));
      String own = m.demo().client().activities();
      if (own != null && activities.size() >= 3) {
        assertThat(activities).anyMatch(own::contains);
      }
      if (psfs.size() > 1) {
        regularsWithRepeats++;
        for (int i = 1; i < psfs.size(); i++) {
          assertThat(psfs.get(i).takenOn())
              .isAfterOrEqualTo(psfs.get(i - 1).takenOn().plusDays(14));
        }
      }
    }
    assertThat(regularsWithRepeats).isGreaterThan(CLIENTS / 4);
  }

  @Test
  void psfsRisesWhenPainFalls() {
    int improvements = 0;
    for (Measured m : practice()) {
      Map<LocalDate, SessionNote> notes = byDay(m);
      List<OutcomeEntry> psfs = of(m, Instrument.PSFS);
      for (int i = 0; i < psfs.size(); i++) {
        for (int j = i + 1; j < psfs.size(); j++) {
          int before = DemoMeasureGenerator.pain(notes.get(psfs.get(i).takenOn()));
          int after = DemoMeasureGenerator.pain(notes.get(psfs.get(j).takenOn()));
          if (before - after >= 2) {
            improvements++;
            assertThat(psfs.get(j).score())
                .as("pain %d → %d", before, after)
                .isGreaterThan(psfs.get(i).score());
          } else if (after - before >= 2) {
            assertThat(psfs.get(j).score())
                .as("pain %d → %d", before, after)
                .isLessThan(psfs.get(i).score());
          }
        }
      }
    }
    assertThat(improvements).isGreaterThan(10);
  }

  @Test
  void lowerBackClientsGetOswestryOrRolandMorrisAndNeckClientsTheNdi() {
    int lowerBack = 0;
    int neck = 0;
    for (Measured m : practice()) {
      BackRegion main = DemoMeasureGenerator.mainRegion(m.notes());
      List<String> disability =
          m.entries().stream()
              .map(e -> e.instrument().code())
              .filter(c -> List.of(Instrument.ODI, Instrument.RMDQ, Instrument.NDI).contains(c))
              .distinct()
              .toList();
      if (main == BackRegion.LOWER_BACK) {
        lowerBack++;
        assertThat(disability).singleElement().isIn(Instrument.ODI, Instrument.RMDQ);
      } else if (main == BackRegion.NECK) {
        neck++;
        assertThat(disability).containsExactly(Instrument.NDI);
      } else {
        assertThat(disability).isEmpty();
      }
      List<OutcomeEntry> forms =
          m.entries().stream().filter(e -> disability.contains(e.instrument().code())).toList();
      for (int i = 1; i < forms.size(); i++) {
        assertThat(forms.get(i).takenOn())
            .isAfterOrEqualTo(forms.get(i - 1).takenOn().plusDays(26));
      }
    }
    assertThat(lowerBack).isPositive();
    assertThat(neck).isPositive();
  }

  @Test
  void disabilityFollowsPainForAnImprovingClient() {
    int checked = 0;
    for (Measured m : practice()) {
      Map<LocalDate, SessionNote> notes = byDay(m);
      List<OutcomeEntry> forms =
          m.entries().stream()
              .filter(
                  e ->
                      List.of(Instrument.ODI, Instrument.RMDQ, Instrument.NDI)
                          .contains(e.instrument().code()))
              .toList();
      if (forms.size() < 2) {
        continue;
      }
      OutcomeEntry first = forms.get(0);
      OutcomeEntry last = forms.get(forms.size() - 1);
      int before = DemoMeasureGenerator.pain(notes.get(first.takenOn()));
      int after = DemoMeasureGenerator.pain(notes.get(last.takenOn()));
      if (before - after >= 4) {
        checked++;
        assertThat(Scoring.normalised(last.instrument(), last.score()))
            .as("pain %d → %d", before, after)
            .isGreaterThan(Scoring.normalised(first.instrument(), first.score()));
      }
    }
    assertThat(checked).isPositive();
  }
}
