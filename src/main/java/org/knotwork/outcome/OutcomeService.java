package org.knotwork.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Recording outcome measures, defining the therapist's own, and reading progress from them. */
public final class OutcomeService {
  /** The longest note kept with a measure. */
  public static final int NOTE_MAX_LENGTH = 500;

  private final OutcomeRepository repository;
  private final Clock clock;

  public OutcomeService(OutcomeRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Every instrument: the built-in ones first, then by name. */
  public List<Instrument> instruments() {
    return repository.instruments();
  }

  /** Records an entered total (NPRS, ODI, RMDQ, NDI or the therapist's own); returns it stored. */
  public OutcomeEntry recordScore(
      long clientId, String instrumentCode, LocalDate takenOn, double score, String note) {
    Instrument instrument = instrument(instrumentCode);
    if (instrument.kind() == EntryKind.ITEMS) {
      throw new IllegalArgumentException(
          "The " + instrument.code() + " is recorded activity by activity, not as one total.");
    }
    checkDate(takenOn);
    Scoring.rangeProblem(instrument, score)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    return store(
        new OutcomeEntry(null, clientId, instrument, takenOn, score, List.of(), clean(note)));
  }

  /** Records a PSFS: the client's activities and ratings; the score is their mean. */
  public OutcomeEntry recordPsfs(
      long clientId, LocalDate takenOn, List<PsfsItem> items, String note) {
    Instrument instrument = instrument(Instrument.PSFS);
    checkDate(takenOn);
    double score = Scoring.psfs(items);
    List<PsfsItem> stripped =
        items.stream().map(i -> new PsfsItem(i.activity().strip(), i.score())).toList();
    return store(
        new OutcomeEntry(null, clientId, instrument, takenOn, score, stripped, clean(note)));
  }

  /** The client's entries, oldest first. */
  public List<OutcomeEntry> entries(long clientId) {
    return repository.entries(clientId);
  }

  /** Removes an entry made by mistake. */
  public void deleteEntry(long entryId) {
    repository.deleteEntry(entryId);
  }

  /**
   * A therapist-defined instrument recorded as a total: validates name (1–120), code (letters or
   * digits, unique), min below max, threshold 0 &lt; t ≤ max − min, reassess days null or 1–365.
   */
  public Instrument defineInstrument(
      String code,
      String name,
      double min,
      double max,
      boolean higherIsBetter,
      double meaningfulChange,
      Integer reassessDays,
      String unit) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!c.matches("[\\p{L}\\p{N}]{1,20}")) {
      throw new IllegalArgumentException(
          "A code is one word of letters or digits, at most 20, e.g. FABQ.");
    }
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 120) {
      throw new IllegalArgumentException("Give the measure a name of at most 120 characters.");
    }
    if (!fits(min) || !fits(max)) {
      throw new IllegalArgumentException(
          "Scores go from -99,999 to 99,999, with at most two decimals.");
    }
    if (min >= max) {
      throw new IllegalArgumentException("The lowest score must be below the highest.");
    }
    double width = max - min;
    if (!Double.isFinite(meaningfulChange) || meaningfulChange <= 0 || meaningfulChange > width) {
      throw new IllegalArgumentException(
          "The meaningful change is more than 0 and at most "
              + Instrument.number(width)
              + ", the width of the range.");
    }
    if (reassessDays != null && (reassessDays < 1 || reassessDays > 365)) {
      throw new IllegalArgumentException(
          "Reassess after 1 to 365 days, or leave it empty for “when needed”.");
    }
    String u = unit == null || unit.isBlank() ? null : unit.strip();
    if (u != null && u.length() > 20) {
      throw new IllegalArgumentException("A unit is at most 20 characters, e.g. “points”.");
    }
    if (repository.instruments().stream().anyMatch(i -> i.code().equalsIgnoreCase(c))) {
      throw new IllegalArgumentException("“" + c + "” is already in use; pick another code.");
    }
    return repository.addInstrument(
        new Instrument(
            0,
            c,
            n,
            min,
            max,
            higherIsBetter,
            meaningfulChange,
            reassessDays,
            EntryKind.SCORE,
            false,
            u,
            null));
  }

  /** Per instrument the client has at least two entries for: first vs latest, and the change. */
  public List<Progress> progress(long clientId) {
    List<Progress> result = new ArrayList<>();
    for (List<OutcomeEntry> series : byInstrument(clientId).values()) {
      if (series.size() >= 2) {
        OutcomeEntry first = series.get(0);
        OutcomeEntry latest = series.get(series.size() - 1);
        Instrument instrument = first.instrument();
        result.add(
            new Progress(
                instrument,
                first,
                latest,
                Scoring.change(instrument, first.score(), latest.score())));
      }
    }
    return List.copyOf(result);
  }

  /** First and latest entry of one instrument, and whether the change between them counts. */
  public record Progress(
      Instrument instrument, OutcomeEntry first, OutcomeEntry latest, Change change) {}

  /**
   * The earliest "last entry + reassess days" over the instruments the client has been measured
   * with; empty if none of them has a reassessment interval.
   */
  public Optional<LocalDate> nextReassessment(long clientId) {
    return byInstrument(clientId).values().stream()
        .map(series -> series.get(series.size() - 1))
        .filter(last -> last.instrument().reassessDays() != null)
        .map(last -> last.takenOn().plusDays(last.instrument().reassessDays()))
        .min(LocalDate::compareTo);
  }

  /** The client's entries per instrument, in the order of {@link #instruments()}, oldest first. */
  private Map<Long, List<OutcomeEntry>> byInstrument(long clientId) {
    Map<Long, List<OutcomeEntry>> series = new LinkedHashMap<>();
    for (Instrument i : repository.instruments()) {
      series.put(i.id(), new ArrayList<>());
    }
    for (OutcomeEntry e : repository.entries(clientId)) {
      series.computeIfAbsent(e.instrument().id(), id -> new ArrayList<>()).add(e);
    }
    series.values().removeIf(List::isEmpty);
    return series;
  }

  private Instrument instrument(String code) {
    return repository.instruments().stream()
        .filter(i -> i.code().equalsIgnoreCase(code == null ? "" : code.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException("There is no measure with the code “" + code + "”."));
  }

  private void checkDate(LocalDate takenOn) {
    if (takenOn == null) {
      throw new IllegalArgumentException("Give the date the measure was taken.");
    }
    if (takenOn.isAfter(LocalDate.now(clock))) {
      throw new IllegalArgumentException("The date is in the future.");
    }
  }

  private OutcomeEntry store(OutcomeEntry entry) {
    long id = repository.addEntry(entry, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    return entry.withId(id);
  }

  private static String clean(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > NOTE_MAX_LENGTH) {
      throw new IllegalArgumentException(
          "The note is too long (" + NOTE_MAX_LENGTH + " characters at most).");
    }
    return stripped;
  }

  private static boolean fits(double value) {
    return Double.isFinite(value) && Math.abs(value) < 100_000;
  }
}
