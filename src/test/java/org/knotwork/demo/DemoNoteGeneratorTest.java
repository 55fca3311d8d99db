package org.knotwork.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.HealthCondition;
import org.knotwork.client.PressurePreference;
import org.knotwork.demo.DemoPractice.DemoClient;
import org.knotwork.session.Addendum;
import org.knotwork.session.NoteHash;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.Position;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SigningRules;
import org.knotwork.session.Treatment;

class DemoNoteGeneratorTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
  private static final long SEED = 17L;

  /** A large practice, generated once: clients with ids 1..n and the notes for each. */
  private static List<DemoClient> clients;

  private static List<List<SessionNote>> notesPerClient;
  private static List<SessionNote> all;

  @BeforeAll
  static void generate() {
    clients = new DemoDataGenerator(SEED, TODAY).clients(3_000, 3);
    DemoNoteGenerator generator = new DemoNoteGenerator(SEED, TODAY);
    notesPerClient = new ArrayList<>();
    all = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      DemoClient demo = clients.get(i);
      List<SessionNote> notes = generator.notes(demo.client(), i + 1L, demo.visits());
      notesPerClient.add(notes);
      all.addAll(notes);
    }
  }

  @Test
  void sameInputGivesEqualNotesAndAnotherSeedDiffers() {
    DemoClient demo = clients.stream().filter(d -> d.visits().size() > 10).findFirst().get();
    DemoNoteGenerator generator = new DemoNoteGenerator(SEED, TODAY);

    List<SessionNote> first = generator.notes(demo.client(), 7L, demo.visits());

    assertThat(generator.notes(demo.client(), 7L, demo.visits())).isEqualTo(first);
    assertThat(new DemoNoteGenerator(SEED, TODAY).notes(demo.client(), 7L, demo.visits()))
        .isEqualTo(first);
    assertThat(new DemoNoteGenerator(SEED + 1, TODAY).notes(demo.client(), 7L, demo.visits()))
        .isNotEqualTo(first);
    List<SessionNote> otherId = generator.notes(demo.client(), 8L, demo.visits());
    assertThat(otherId).allSatisfy(n -> assertThat(n.clientId()).isEqualTo(8L));
    assertThat(otherId)
        .as("the database id does not change the story")
        .extracting(SessionNote::findings)
        .isEqualTo(first.stream().map(SessionNote::findings).toList());
  }

  @Test
  void oneNotePerVisitForTheRightClientAtTheVisitTime() {
    for (int i = 0; i < clients.size(); i++) {
      List<SessionNote> notes = notesPerClient.get(i);
      var visits = clients.get(i).visits();
      assertThat(notes).hasSameSizeAs(visits);
      for (int v = 0; v < visits.size(); v++) {
        SessionNote note = notes.get(v);
        assertThat(note.id()).isNull();
        assertThat(note.clientId()).isEqualTo(i + 1L);
        assertThat(note.serviceStart()).isEqualTo(visits.get(v).start());
        assertThat(note.durationMinutes()).isEqualTo(visits.get(v).minutes());
      }
    }
    assertThat(all).hasSizeGreaterThan(20_000);
  }

  @Test
  void everySignedNoteWasSignableAndIsIntact() {
    for (SessionNote note : all) {
      if (note.status() == NoteStatus.DRAFT) {
        assertThat(note.signedAt()).isNull();
        assertThat(note.contentHash()).isNull();
        assertThat(note.addenda()).isEmpty();
        continue;
      }
      assertThat(SigningRules.problems(unsigned(note))).as(note::toString).isEmpty();
      assertThat(note.contentHash()).isEqualTo(NoteHash.of(unsigned(note)));
      assertThat(NoteHash.intact(note)).isTrue();
      assertThat(note.signedAt()).isEqualTo(note.writtenAt());
      assertThat(note.writtenAt())
          .isAfter(note.serviceStart().plusMinutes(note.durationMinutes()))
          .isBefore(TODAY.atStartOfDay());
    }
  }

  @Test
  void everyNoteAnswersTheWholeScreen() {
    assertThat(all)
        .allMatch(n -> n.redFlags().keySet().containsAll(RedFlagQuestion.everySession()))
        .allMatch(n -> n.redFlags().keySet().stream().noneMatch(RedFlagQuestion::retired));
  }

  @Test
  void mostNotesAreWrittenSoonAfterTheSessionAndAFewLate() {
    for (SessionNote note : all) {
      LocalDateTime end = note.serviceStart().plusMinutes(note.durationMinutes());
      long minutes = ChronoUnit.MINUTES.between(end, note.writtenAt());
      if (note.lateEntry()) {
        LocalDate day = note.serviceStart().toLocalDate();
        assertThat(note.writtenAt().toLocalDate()).isBetween(day.plusDays(2), day.plusDays(4));
      } else {
        assertThat(minutes).isBetween(5L, 30L);
      }
    }
    assertThat(share(all, SessionNote::lateEntry)).isBetween(0.01, 0.03);
  }

  @Test
  void painFallsDuringTreatmentAndOverACourseOfCare() {
    List<RegionFinding> findings = all.stream().flatMap(n -> n.findings().stream()).toList();
    assertThat(findings).allSatisfy(f -> assertThat(f.painBefore()).isBetween(0, 10));
    assertThat(findings).allSatisfy(f -> assertThat(f.painAfter()).isBetween(0, 10));
    assertThat(share(findings, f -> f.painAfter() <= f.painBefore())).isGreaterThan(0.98);
    assertThat(share(findings, f -> f.painBefore() - f.painAfter() >= 1)).isGreaterThan(0.8);
    assertThat(share(findings, f -> f.painBefore() - f.painAfter() <= 3)).isEqualTo(1.0);

    double firstVisits = averagePainAtVisit(0);
    double laterVisits = averagePainAtVisit(9);
    assertThat(firstVisits).isBetween(4.5, 8.0);
    assertThat(laterVisits).isLessThan(firstVisits - 1.5);

    long worseForAWhile =
        notesPerClient.stream()
            .filter(notes -> notes.size() >= 6)
            .filter(notes -> painNow(notes.get(3)) >= painNow(notes.get(0)) + 2)
            .count();
    assertThat(worseForAWhile).as("clients worse for a while").isGreaterThan(10);
  }

  @Test
  void subjectiveMatchesTheFindings() {
    for (SessionNote note : all) {
      var s = note.subjective();
      assertThat(s.chiefComplaint()).isNotBlank();
      assertThat(s.painNow()).isBetween(0, 10);
      if (!note.findings().isEmpty()) {
        assertThat(s.painNow())
            .isEqualTo(
                note.findings().stream().mapToInt(RegionFinding::painBefore).max().orElse(0));
      }
      if (s.painWorst() != null) {
        assertThat(s.painWorst()).isBetween(s.painNow(), 10);
        assertThat(s.painBest()).isBetween(0, s.painNow());
      }
    }
    for (List<SessionNote> notes : notesPerClient) {
      for (int i = 0; i < notes.size(); i++) {
        var s = notes.get(i).subjective();
        if (i == 0) {
          assertThat(s.changesSinceLast()).isNull();
          assertThat(s.clientGoal()).isNotBlank();
          assertThat(s.historyReviewed()).isTrue();
        } else {
          assertThat(s.changesSinceLast()).isNotBlank();
        }
      }
    }
    assertThat(share(all, n -> n.subjective().historyReviewed())).isBetween(0.8, 0.95);
    assertThat(share(all, n -> n.subjective().stressSleepWork() != null)).isBetween(0.1, 0.4);
  }

  @Test
  void findingsAreOnDistinctRegionsWithPlausibleValues() {
    for (int i = 0; i < clients.size(); i++) {
      Client client = clients.get(i).client();
      for (SessionNote note : notesPerClient.get(i)) {
        Set<String> seen = new HashSet<>();
        assertThat(note.findings()).hasSizeLessThanOrEqualTo(4);
        for (RegionFinding f : note.findings()) {
          assertThat(seen.add(f.region() + "/" + f.side())).isTrue();
          assertThat(f.tenderness()).isBetween(0, 4);
          assertThat(f.tone()).isNotNull();
          assertThat(f.treatments()).hasSizeBetween(1, 3);
          assertThat(f.carriedOver()).isFalse();
          if (f.region().writtenConsentByDefault()) {
            assertThat(client.regionConsents()).containsKey(f.region());
          }
        }
      }
    }
    List<RegionFinding> findings = all.stream().flatMap(n -> n.findings().stream()).toList();
    assertThat(share(findings, f -> f.tone() == org.knotwork.session.Tone.HYPERTONIC))
        .isGreaterThan(0.6);
    assertThat(share(findings, f -> f.triggerActive() || f.triggerLatent())).isBetween(0.2, 0.7);
    assertThat(share(findings, RegionFinding::adhesions)).isBetween(0.03, 0.3);
    assertThat(findings.stream().map(RegionFinding::side).distinct()).hasSize(5);
    assertThat(findings.stream().map(RegionFinding::region).distinct())
        .hasSize(BackRegion.values().length);
  }

  @Test
  void treatmentMinutesAddUpToRoughlyTheSession() {
    for (SessionNote note : all) {
      if (note.findings().isEmpty()) {
        continue;
      }
      int total =
          note.findings().stream()
              .flatMap(f -> f.treatments().stream())
              .mapToInt(Treatment::minutes)
              .sum();
      assertThat(total)
          .as(note::toString)
          .isBetween(note.durationMinutes() - 15, note.durationMinutes());
      assertThat(note.findings().stream().flatMap(f -> f.treatments().stream()))
          .allSatisfy(t -> assertThat(t.minutes()).isPositive());
    }
  }

  @Test
  void pressureNeverExceedsThePreferenceAndIsGentleForFragileClients() {
    int careful = 0;
    for (int i = 0; i < clients.size(); i++) {
      Client client = clients.get(i).client();
      PressurePreference preferred =
          client.pressurePreference() == null
              ? PressurePreference.MODERATE
              : client.pressurePreference();
      boolean fragile =
          client.condition(HealthCondition.ANTICOAGULANTS).isPresent()
              || client.condition(HealthCondition.OSTEOPOROSIS).isPresent();
      List<Treatment> treatments =
          notesPerClient.get(i).stream()
              .flatMap(n -> n.findings().stream())
              .flatMap(f -> f.treatments().stream())
              .toList();
      for (Treatment t : treatments) {
        if (t.pressure() != null) {
          assertThat(t.pressure()).isLessThanOrEqualTo(preferred);
        }
        if (fragile) {
          assertThat(t.pressure()).isNotIn(PressurePreference.FIRM, PressurePreference.DEEP);
          assertThat(t.technique().deepWork()).as(t.toString()).isFalse();
        }
      }
      if (fragile && !treatments.isEmpty()) {
        careful++;
      }
    }
    assertThat(careful).as("clients on anticoagulants or with osteoporosis").isGreaterThan(20);
  }

  @Test
  void pregnantClientsLieOnTheirSideDuringThePregnancy() {
    int checked = 0;
    for (int i = 0; i < clients.size(); i++) {
      Client client = clients.get(i).client();
      ConditionEntry pregnancy = client.condition(HealthCondition.PREGNANCY).orElse(null);
      for (SessionNote note : notesPerClient.get(i)) {
        if (note.findings().isEmpty()) {
          continue;
        }
        java.time.LocalDate day = note.serviceStart().toLocalDate();
        boolean during =
            pregnancy != null
                && !day.isBefore(pregnancy.dueDate().minusDays(ConditionEntry.TERM_DAYS))
                && !day.isAfter(pregnancy.dueDate());
        if (during) {
          assertThat(note.positions()).containsExactly(Position.SIDE_LYING);
          checked++;
        } else {
          assertThat(note.positions()).contains(Position.PRONE);
        }
      }
    }
    assertThat(checked).isPositive();
    assertThat(share(all, n -> n.positions().contains(Position.SUPINE))).isBetween(0.05, 0.5);
  }

  @Test
  void redFlagsAreRareAndAlwaysComeWithAdvice() {
    List<SessionNote> urgent = all.stream().filter(n -> !n.urgentFlags().isEmpty()).toList();
    List<SessionNote> refer = all.stream().filter(n -> !n.referFlags().isEmpty()).toList();

    // Emergencies are about one note in 20,000: a few in this practice at most, often none.
    assertThat((double) urgent.size() / all.size()).isLessThan(1.0 / 5_000);
    assertThat(DemoNoteGenerator.URGENT_RATE).isEqualTo(1.0 / 20_000);
    assertThat((double) refer.size() / all.size()).isBetween(1.0 / 300, 1.0 / 80);
    List<SessionNote> stopped =
        all.stream().filter(n -> n.signed() && !n.noTreatmentFlags().isEmpty()).toList();
    assertThat(stopped)
        .isNotEmpty()
        .allMatch(SessionNote::endedWithoutTreatment)
        .allMatch(n -> n.findings().stream().allMatch(f -> f.treatments().isEmpty()));
    for (SessionNote note : all) {
      boolean anyYes = !note.urgentFlags().isEmpty() || !note.referFlags().isEmpty();
      if (anyYes) {
        assertThat(note.redFlagAdvice()).isNotBlank();
      } else {
        assertThat(note.redFlagAdvice()).isNull();
      }
    }
    assertThat(urgent)
        .allSatisfy(
            n -> {
              assertThat(n.findings()).isEmpty();
              assertThat(n.redFlagAdvice()).contains("emergency").contains("did not treat");
              assertThat(n.endedWithoutTreatment()).isTrue();
              assertThat(n.positions()).isEmpty();
            });
  }

  @Test
  void draftsOnlyForTheLatestNoteOfClientsSeenInTheLastThreeDays() {
    int clientsWithDraft = 0;
    for (int i = 0; i < clients.size(); i++) {
      List<SessionNote> notes = notesPerClient.get(i);
      for (int n = 0; n < notes.size(); n++) {
        SessionNote note = notes.get(n);
        if (note.status() == NoteStatus.DRAFT) {
          assertThat(n).isEqualTo(notes.size() - 1);
          assertThat(note.serviceStart().toLocalDate())
              .isAfterOrEqualTo(TODAY.minusDays(DemoNoteGenerator.DRAFT_WITHIN_DAYS));
          assertThat(clients.get(i).client().isArchived()).isFalse();
          clientsWithDraft++;
        }
      }
    }
    assertThat((double) clientsWithDraft / clients.size()).isBetween(0.02, 0.08);
  }

  @Test
  void aFewSignedNotesHaveOneAddendumWrittenDaysLater() {
    List<SessionNote> signed = all.stream().filter(SessionNote::signed).toList();
    List<SessionNote> amended = signed.stream().filter(n -> !n.addenda().isEmpty()).toList();

    assertThat((double) amended.size() / signed.size()).isBetween(0.02, 0.04);
    for (SessionNote note : amended) {
      assertThat(note.addenda()).hasSize(1);
      Addendum a = note.addenda().get(0);
      assertThat(a.id()).isNull();
      assertThat(a.author()).isEqualTo(DemoPractice.THERAPIST.name());
      assertThat(a.signer()).isEqualTo(DemoPractice.THERAPIST.asSigner());
      assertThat(a.reason()).isNotBlank();
      assertThat(a.text()).isNotBlank();
      assertThat(a.writtenAt())
          .isAfter(note.signedAt().plusHours(12))
          .isBefore(TODAY.atStartOfDay());
      assertThat(NoteHash.intact(note)).isTrue();
    }
  }

  @Test
  void theWordingIsVaried() {
    assertThat(distinct(n -> List.of(n.subjective().chiefComplaint()))).hasSizeGreaterThan(25);
    assertThat(distinct(n -> n.findings().stream().map(RegionFinding::romNotes).toList()))
        .hasSizeGreaterThan(30);
    assertThat(distinct(n -> splitHomeCare(n.plan().homeCare()))).hasSizeGreaterThan(20);
    assertThat(distinct(n -> List.of(String.valueOf(n.response())))).hasSizeGreaterThan(40);
    assertThat(distinct(n -> List.of(String.valueOf(n.plan().frequency())))).hasSizeGreaterThan(5);
    assertThat(share(all, n -> n.plan().referral() != null)).isBetween(0.005, 0.05);
    assertThat(share(all, n -> n.adverseReactions() != null)).isBetween(0.01, 0.05);
    assertThat(all.stream().flatMap(n -> n.findings().stream()).map(RegionFinding::side))
        .contains(Side.LEFT_GREATER, Side.RIGHT_GREATER, Side.BILATERAL);
  }

  @Test
  void clientsWithoutVisitsGetNoNotes() {
    Client client = clients.get(0).client();
    assertThat(new DemoNoteGenerator(SEED, TODAY).notes(client, 1L, List.of())).isEmpty();
  }

  /** The note as it was just before signing. */
  private static SessionNote unsigned(SessionNote n) {
    return new SessionNote(
        n.id(),
        n.clientId(),
        n.serviceStart(),
        n.durationMinutes(),
        n.positions(),
        n.writtenAt(),
        n.subjective(),
        n.redFlags(),
        n.redFlagAdvice(),
        n.findings(),
        n.response(),
        n.adverseReactions(),
        n.plan(),
        NoteStatus.DRAFT,
        null,
        null,
        List.of(),
        n.signer(), // the signer is signed too
        n.endedWithoutTreatment());
  }

  private static double averagePainAtVisit(int index) {
    return notesPerClient.stream()
        .filter(notes -> notes.size() > index)
        .mapToInt(notes -> painNow(notes.get(index)))
        .average()
        .orElseThrow();
  }

  private static int painNow(SessionNote note) {
    return note.subjective().painNow();
  }

  private static List<String> splitHomeCare(String homeCare) {
    return homeCare == null ? List.of() : List.of(homeCare.split("; "));
  }

  private static Set<String> distinct(java.util.function.Function<SessionNote, List<String>> f) {
    Set<String> values = new HashSet<>();
    for (SessionNote note : all) {
      for (String v : f.apply(note)) {
        if (v != null) {
          values.add(v);
        }
      }
    }
    return values;
  }

  private static <T> double share(List<T> items, Predicate<T> test) {
    return (double) items.stream().filter(test).count() / items.size();
  }

  @Test
  void noHotStonesWhereTheHealthHistoryAdvisesAgainstThem() {
    int checked = 0;
    for (int i = 0; i < clients.size(); i++) {
      Client client = clients.get(i).client();
      boolean noStones =
          java.util.stream.Stream.of(
                  HealthCondition.PREGNANCY,
                  HealthCondition.NEUROPATHY,
                  HealthCondition.DIABETES,
                  HealthCondition.VARICOSE_VEINS,
                  HealthCondition.SKIN_CONDITION)
              .anyMatch(c -> client.condition(c).isPresent());
      if (!noStones) {
        continue;
      }
      for (SessionNote note : notesPerClient.get(i)) {
        checked++;
        assertThat(note.findings())
            .flatMap(org.knotwork.session.RegionFinding::treatments)
            .extracting(org.knotwork.session.Treatment::technique)
            .doesNotContain(org.knotwork.session.Technique.HOT_STONES);
      }
    }
    assertThat(checked).isPositive();
  }
}
