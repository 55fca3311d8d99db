package org.knotwork.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.knotwork.body.BackRegion;
import org.knotwork.client.Client;
import org.knotwork.client.WorkPosture;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.outcome.PsfsItem;
import org.knotwork.outcome.Scoring;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;

/**
 * Outcome measures for a demo client that agree with their notes: the pain rating is the pain the
 * note records, and function (PSFS) and disability (Oswestry, Roland-Morris, Neck Disability Index)
 * follow that pain, so a client whose pain falls is seen to function better. Seeded like the notes,
 * from the generator's seed and who the client is.
 */
final class DemoMeasureGenerator {
  /** A pain rating on the first visit and on every this many visits after it. */
  static final int NPRS_EVERY_VISITS = 4;

  /** A client with at least this many visits is a regular and repeats the PSFS. */
  static final int REGULAR_VISITS = 3;

  /** Days between Oswestry, Roland-Morris or Neck Disability Index forms, about four weeks. */
  static final int DISABILITY_EVERY_DAYS = 28;

  /** How much harder than the client's main activity the others are, in PSFS points. */
  private static final int[] ACTIVITY_OFFSETS = {0, 1, 2, 1};

  private static final List<String> LOWER_BACK_ACTIVITIES =
      List.of(
          "Putting on socks and shoes",
          "Getting out of bed in the morning",
          "Carrying the shopping home",
          "Sleeping through the night",
          "Bending to load the dishwasher",
          "Walking for half an hour");
  private static final List<String> NECK_ACTIVITIES =
      List.of(
          "Turning my head to reverse the car",
          "Reading for an hour",
          "Looking up at a high shelf",
          "Sleeping through the night",
          "Working at the laptop");
  private static final List<String> OTHER_ACTIVITIES =
      List.of(
          "Carrying the shopping home",
          "Sleeping through the night",
          "Reaching up to a high shelf",
          "Hoovering the house",
          "Hanging out the washing");

  private final long seed;
  private final Map<String, Instrument> instruments;

  /**
   * @param instruments the stored instruments; the built-in ones are used
   */
  DemoMeasureGenerator(long seed, List<Instrument> instruments) {
    this.seed = seed;
    this.instruments = new LinkedHashMap<>();
    for (Instrument i : instruments) {
      this.instruments.put(i.code(), i);
    }
    for (String code :
        List.of(
            Instrument.NPRS, Instrument.PSFS, Instrument.ODI, Instrument.RMDQ, Instrument.NDI)) {
      if (!this.instruments.containsKey(code)) {
        throw new IllegalStateException("The built-in measure " + code + " is missing.");
      }
    }
  }

  /** The client's measures, oldest first, taken on the days of their notes. */
  List<OutcomeEntry> entries(Client client, long clientId, List<SessionNote> notes) {
    if (notes.isEmpty()) {
      return List.of();
    }
    String who = client.fullName() + "|" + client.dateOfBirth() + "|" + notes.get(0).serviceStart();
    Random r = new Random(mix(seed, who.hashCode()));
    BackRegion main = mainRegion(notes);
    Instrument disability = null;
    if (main == BackRegion.LOWER_BACK) {
      disability = instruments.get(r.nextBoolean() ? Instrument.ODI : Instrument.RMDQ);
    } else if (main == BackRegion.NECK) {
      disability = instruments.get(Instrument.NDI);
    }
    List<String> activities =
        activities(r, client, main, notes.get(0).serviceStart().toLocalDate());
    boolean regular = notes.size() >= REGULAR_VISITS;
    int psfsEvery = 14 + r.nextInt(15);
    int disabilityEvery = DISABILITY_EVERY_DAYS - 2 + r.nextInt(5);

    List<OutcomeEntry> entries = new ArrayList<>();
    LocalDate lastPsfs = null;
    LocalDate lastDisability = null;
    for (int i = 0; i < notes.size(); i++) {
      SessionNote note = notes.get(i);
      Integer pain = pain(note);
      if (pain == null) {
        continue;
      }
      LocalDate day = note.serviceStart().toLocalDate();
      if (i % NPRS_EVERY_VISITS == 0) {
        entries.add(entry(clientId, Instrument.NPRS, day, pain, List.of()));
      }
      if (lastPsfs == null || (regular && ChronoUnit.DAYS.between(lastPsfs, day) >= psfsEvery)) {
        List<PsfsItem> items = new ArrayList<>();
        for (int a = 0; a < activities.size(); a++) {
          double rating = 10 - pain - ACTIVITY_OFFSETS[a] + r.nextDouble() - 0.5;
          items.add(new PsfsItem(activities.get(a), clamp((int) Math.round(rating), 10)));
        }
        entries.add(entry(clientId, Instrument.PSFS, day, Scoring.psfs(items), items));
        lastPsfs = day;
      }
      if (disability != null
          && (lastDisability == null
              || ChronoUnit.DAYS.between(lastDisability, day) >= disabilityEvery)) {
        entries.add(entry(clientId, disability.code(), day, disability(r, disability, pain), null));
        lastDisability = day;
      }
    }
    return List.copyOf(entries);
  }

  /** The pain the note records: the client's rating, else the highest before treatment. */
  static Integer pain(SessionNote note) {
    if (note.subjective() != null && note.subjective().painNow() != null) {
      return note.subjective().painNow();
    }
    return note.findings().stream()
        .map(RegionFinding::painBefore)
        .filter(Objects::nonNull)
        .max(Integer::compare)
        .orElse(null);
  }

  /** The region most often worked on first; null if no note has findings. */
  static BackRegion mainRegion(List<SessionNote> notes) {
    Map<BackRegion, Integer> counts = new LinkedHashMap<>();
    for (SessionNote n : notes) {
      if (!n.findings().isEmpty()) {
        counts.merge(n.findings().get(0).region(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** A form total for this pain: Oswestry in even percentages, the others as raw totals. */
  private static double disability(Random r, Instrument instrument, int pain) {
    double noise = r.nextGaussian();
    return switch (instrument.code()) {
      case Instrument.ODI -> 2 * clamp((int) Math.round(pain * 3.6 + noise * 1.5), 50);
      case Instrument.RMDQ -> clamp((int) Math.round(pain * 2.0 + noise * 1.2), 24);
      default -> clamp((int) Math.round(pain * 3.2 + noise * 1.5), 50);
    };
  }

  /** Two to four activities the client finds hard, in their words; the same at every PSFS. */
  private static List<String> activities(
      Random r, Client client, BackRegion main, LocalDate firstVisit) {
    List<String> pool = new ArrayList<>();
    if (client.workPosture() != null) {
      pool.add(work(client.workPosture()));
    }
    if (client.activities() != null) {
      for (String a : client.activities().split(",")) {
        if (!a.isBlank()) {
          pool.add(a.strip());
        }
      }
    }
    boolean older = client.ageOn(firstVisit).map(age -> age >= 55).orElse(false);
    List<String> general =
        new ArrayList<>(
            main == BackRegion.LOWER_BACK
                ? LOWER_BACK_ACTIVITIES
                : main == BackRegion.NECK ? NECK_ACTIVITIES : OTHER_ACTIVITIES);
    general.add(older ? "Lifting my grandchild" : "Lifting my toddler");
    int wanted = 2 + r.nextInt(3);
    List<String> chosen = new ArrayList<>();
    while (chosen.size() < wanted && !pool.isEmpty()) {
      chosen.add(pool.remove(r.nextInt(pool.size())));
    }
    while (chosen.size() < wanted) {
      String a = general.remove(r.nextInt(general.size()));
      if (chosen.stream()
          .noneMatch(c -> c.toLowerCase(Locale.ROOT).equals(a.toLowerCase(Locale.ROOT)))) {
        chosen.add(a);
      }
    }
    return List.copyOf(chosen);
  }

  private static String work(WorkPosture posture) {
    return switch (posture) {
      case DESK -> "Sitting through a work day";
      case DRIVING -> "Driving for an hour";
      case STANDING -> "Standing through a shift";
      case MANUAL -> "Lifting at work";
    };
  }

  private OutcomeEntry entry(
      long clientId, String code, LocalDate day, double score, List<PsfsItem> items) {
    return new OutcomeEntry(null, clientId, instruments.get(code), day, score, items, null);
  }

  private static int clamp(int value, int max) {
    return Math.max(0, Math.min(max, value));
  }

  /** A well-spread seed for one client, apart from the one their notes use. */
  private static long mix(long seed, long key) {
    long z = seed + 0x9E3779B97F4A7C15L * (key + 7919);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
