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
import java.util.Set;

/** Recording outcome measures, defining the therapist's own, and reading progress from them. */
public final class OutcomeService {
  /** The longest note kept with a measure. */
  public static final int NOTE_MAX_LENGTH = 500;

  private final OutcomeRepository repository;
  private final Clock clock;
  private final java.util.function.Supplier<String> actor;

  /** For tools and tests: the audit log names "therapist" as the one who recorded. */
  public OutcomeService(OutcomeRepository repository, Clock clock) {
    this(repository, clock, () -> "therapist");
  }

  /**
   * @param actor who is at work, for the audit log entry of every score recorded or deleted
   */
  public OutcomeService(
      OutcomeRepository repository, Clock clock, java.util.function.Supplier<String> actor) {
    this.repository = repository;
    this.clock = clock;
    this.actor = actor;
  }

  /** Every instrument: the built-in ones first, then by name. */
  public List<Instrument> instruments() {
    return repository.instruments();
  }

  /**
   * Records an entered total (NPRS, ODI, RMDQ, NDI or the therapist's own) in the unit the
   * instrument stores; returns it stored.
   */
  public OutcomeEntry recordScore(
      long clientId, String instrumentCode, LocalDate takenOn, double score, String note) {
    return recordScore(clientId, instrumentCode, takenOn, score, null, note);
  }

  /**
   * Records an entered total given in {@code entered}: for the Oswestry and NDI either the raw
   * total out of 50 or the percentage, converted to the unit the instrument stores (ODI as a
   * percentage, NDI as the raw total). For other instruments, and when {@code entered} is null, the
   * score is taken in the instrument's own unit.
   */
  public OutcomeEntry recordScore(
      long clientId,
      String instrumentCode,
      LocalDate takenOn,
      double value,
      ScoreUnit entered,
      String note) {
    Instrument instrument = instrument(instrumentCode);
    if (instrument.kind() == EntryKind.ITEMS) {
      throw new IllegalArgumentException(
          "The " + instrument.code() + " is recorded activity by activity, not as one total.");
    }
    checkDate(takenOn);
    Scoring.rangeProblem(instrument, value, entered)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    double score = instrument.toStored(value, entered);
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
    repository.deleteEntry(
        entryId, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), actor.get());
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

  /**
   * Per instrument the client has at least two entries for: the baseline, the latest score and the
   * change between them. The baseline is the first score of the client's current treatment plan
   * (from the day it starts), or a later score the therapist marked as a new baseline; with
   * neither, the first score ever recorded. {@link Progress#since()} says which.
   */
  public List<Progress> progress(long clientId) {
    Optional<LocalDate> planStart = repository.currentPlanStart(clientId);
    Set<Long> marks = repository.baselineMarks(clientId);
    List<Progress> result = new ArrayList<>();
    for (List<OutcomeEntry> series : byInstrument(clientId).values()) {
      if (series.size() < 2) {
        continue;
      }
      Baseline from = baseline(series, planStart, marks);
      OutcomeEntry first = series.get(from.index());
      OutcomeEntry latest = series.get(series.size() - 1);
      Instrument instrument = first.instrument();
      result.add(
          new Progress(
              instrument,
              first,
              latest,
              first == latest
                  ? Change.ONE_SCORE
                  : Scoring.change(instrument, first.score(), latest.score()),
              from.since()));
    }
    return List.copyOf(result);
  }

  /**
   * The baseline of one instrument's series (oldest first): the latest marked entry if it is not
   * older than the plan's start; else the first entry from the plan's start; else the latest marked
   * entry; else the first entry.
   */
  private static Baseline baseline(
      List<OutcomeEntry> series, Optional<LocalDate> planStart, Set<Long> marks) {
    int marked = -1;
    for (int i = 0; i < series.size(); i++) {
      if (marks.contains(series.get(i).id())) {
        marked = i;
      }
    }
    if (marked >= 0
        && (planStart.isEmpty() || !series.get(marked).takenOn().isBefore(planStart.get()))) {
      return new Baseline(marked, new Since(Since.Kind.MARKED, series.get(marked).takenOn()));
    }
    if (planStart.isPresent()) {
      for (int i = 0; i < series.size(); i++) {
        if (!series.get(i).takenOn().isBefore(planStart.get())) {
          return new Baseline(i, new Since(Since.Kind.PLAN, planStart.get()));
        }
      }
    }
    if (marked >= 0) {
      return new Baseline(marked, new Since(Since.Kind.MARKED, series.get(marked).takenOn()));
    }
    return new Baseline(0, new Since(Since.Kind.FIRST_RECORDED, series.get(0).takenOn()));
  }

  private record Baseline(int index, Since since) {}

  /**
   * Baseline and latest entry of one instrument, and whether the change between them counts.
   *
   * @param first the baseline: see {@link #progress(long)}
   * @param change {@link Change#ONE_SCORE} when the baseline is the latest score
   */
  public record Progress(
      Instrument instrument, OutcomeEntry first, OutcomeEntry latest, Change change, Since since) {}

  /** What progress is measured from, in words for the therapist. */
  public record Since(Kind kind, LocalDate date) {
    private static final java.time.format.DateTimeFormatter DAY =
        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Where the baseline comes from. */
    public enum Kind {
      /** The first score from the start of the client's current treatment plan. */
      PLAN,
      /** A score the therapist marked as a new baseline. */
      MARKED,
      /** The first score ever recorded: there is no plan and no mark. */
      FIRST_RECORDED
    }

    /** "since the plan of 16 May 2026", "since the new baseline of 3 June 2026". */
    public String label() {
      return switch (kind) {
        case PLAN -> "since the plan of " + DAY.format(date);
        case MARKED -> "since the new baseline of " + DAY.format(date);
        case FIRST_RECORDED -> "since first recorded";
      };
    }
  }

  /** The ids of the client's entries marked as a new baseline. */
  public Set<Long> baselineMarks(long clientId) {
    return repository.baselineMarks(clientId);
  }

  /**
   * Marks an entry as a new baseline (later progress is compared with it), or removes the mark. The
   * entry itself is never changed.
   */
  public void markBaseline(long entryId, boolean baseline) {
    repository.markBaseline(
        entryId, baseline, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * The earliest of the active plan's reassessment date and "last entry + reassess days" over the
   * instruments the client has been measured with; empty when there is neither.
   */
  public Optional<LocalDate> nextReassessment(long clientId) {
    return nextReassessment(
        byInstrument(clientId).values().stream()
            .map(series -> series.get(series.size() - 1))
            .map(last -> new LastTaken(last.instrument(), last.takenOn()))
            .toList(),
        repository.activePlanReassessment(clientId));
  }

  /**
   * {@link #nextReassessment(long)} for many clients at once, read set-based (two queries whatever
   * their number); clients without one are left out.
   */
  public Map<Long, LocalDate> nextReassessments(java.util.Collection<Long> clientIds) {
    if (clientIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Instrument> instruments = new LinkedHashMap<>();
    repository.instruments().forEach(i -> instruments.put(i.id(), i));
    Map<Long, List<LastTaken>> lastTaken = new LinkedHashMap<>();
    repository
        .lastTakenPerInstrument(clientIds)
        .forEach(
            (clientId, byInstrument) ->
                byInstrument.forEach(
                    (instrumentId, on) ->
                        lastTaken
                            .computeIfAbsent(clientId, k -> new ArrayList<>())
                            .add(new LastTaken(instruments.get(instrumentId), on))));
    Map<Long, LocalDate> plans = repository.activePlanReassessments(clientIds);
    Map<Long, LocalDate> due = new LinkedHashMap<>();
    for (Long clientId : clientIds) {
      nextReassessment(
              lastTaken.getOrDefault(clientId, List.of()), Optional.ofNullable(plans.get(clientId)))
          .ifPresent(d -> due.put(clientId, d));
    }
    return due;
  }

  /** The day an instrument was last taken for a client. */
  private record LastTaken(Instrument instrument, LocalDate takenOn) {}

  /**
   * The rule: the earliest of each measure's next date (its last entry plus the instrument's
   * interval) and the active plan's reassessment date.
   */
  private static Optional<LocalDate> nextReassessment(
      List<LastTaken> lastTaken, Optional<LocalDate> activePlan) {
    Optional<LocalDate> measuresDue =
        lastTaken.stream()
            .filter(last -> last.instrument() != null)
            .filter(last -> last.instrument().reassessDays() != null)
            .map(last -> last.takenOn().plusDays(last.instrument().reassessDays()))
            .min(LocalDate::compareTo);
    // The active plan's own date counts too, so the overview never contradicts the Plans tab.
    return java.util.stream.Stream.of(measuresDue, activePlan)
        .flatMap(Optional::stream)
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
    long id =
        repository.addEntry(
            entry, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), actor.get());
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
