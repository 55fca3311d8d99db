package org.knotwork.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An outcome measure: its range, which direction is better, the change that counts as meaningful
 * and how often to reassess. Licensed questionnaires are recorded as totals scored on paper.
 *
 * @param reassessDays days after the last entry the measure is due again; null for "when needed"
 * @param unit shown after a score: "%", "/10", "/24"; null for none
 */
public record Instrument(
    long id,
    String code,
    String name,
    double min,
    double max,
    boolean higherIsBetter,
    double meaningfulChange,
    Integer reassessDays,
    EntryKind kind,
    boolean builtIn,
    String unit,
    String sourceNote) {
  public static final String NPRS = "NPRS";
  public static final String PSFS = "PSFS";
  public static final String ODI = "ODI";
  public static final String RMDQ = "RMDQ";
  public static final String NDI = "NDI";

  /** Ten sections scored 0–5: the raw total of an Oswestry or NDI form is out of 50. */
  public static final int SECTION_TOTAL = 50;

  /**
   * "32%", "4.5/10", "12 points": the score with at most two decimals and the unit, if any; a
   * percent sign or a "/n" scale goes straight after the number. For ranges and thresholds; a
   * recorded score is written with {@link #display(double)}.
   */
  public String format(double score) {
    return withUnit(number(score), unit);
  }

  /**
   * A recorded score as the client's paper form gives it, so it cannot be misread: the Neck
   * Disability Index as its raw total and percentage, "22/50 (44%)"; the Oswestry index as a
   * percentage, "44%"; every other measure as {@link #format(double)} does.
   */
  public String display(double score) {
    return display(code, unit, score);
  }

  /** {@link #display(double)} for a score known only by its instrument's code and unit. */
  public static String display(String code, String unit, double score) {
    String shown = withUnit(number(score), unit);
    if (NDI.equals(code) && "/50".equals(unit == null ? null : unit.strip())) {
      return shown + " (" + number(score * 100 / SECTION_TOTAL) + "%)";
    }
    return shown;
  }

  /**
   * A goal's score on a measure known by its code, as a recorded score of a built-in measure is
   * shown ("22/50 (44%)", "32%", "7/24"); for the therapist's own measures, the number alone.
   */
  public static String displayForCode(String code, double score) {
    String unit =
        switch (code == null ? "" : code) {
          case NPRS, PSFS -> "/10";
          case ODI -> "%";
          case RMDQ -> "/24";
          case NDI -> "/50";
          default -> null;
        };
    return display(code, unit, score);
  }

  /** The unit in words, for beside a score field: "percent", "out of 24"; empty for none. */
  public String unitWords() {
    String u = unit == null ? "" : unit.strip();
    if (u.startsWith("%")) {
      return "percent";
    }
    return u.startsWith("/") ? "out of " + u.substring(1) : u;
  }

  /**
   * Whether the form gives both a raw total out of 50 and a percentage (Oswestry, NDI), so the
   * therapist says which one they enter.
   */
  public boolean takesRawOrPercent() {
    return builtIn && (ODI.equals(code) || NDI.equals(code));
  }

  /** The unit scores are stored and charted in: a percentage for "%" instruments, else raw. */
  public ScoreUnit storedUnit() {
    return unit != null && unit.strip().startsWith("%") ? ScoreUnit.PERCENT : ScoreUnit.RAW;
  }

  /** A score entered in {@code entered} as it is stored: 30% of the NDI is stored as 15 (/50). */
  public double toStored(double value, ScoreUnit entered) {
    if (!takesRawOrPercent() || entered == null || entered == storedUnit()) {
      return value;
    }
    return entered == ScoreUnit.PERCENT ? value * SECTION_TOTAL / 100 : value * 100 / SECTION_TOTAL;
  }

  /** The lowest or highest score in the unit a score is entered in. */
  public double inUnit(double stored, ScoreUnit wanted) {
    if (!takesRawOrPercent() || wanted == null || wanted == storedUnit()) {
      return stored;
    }
    return wanted == ScoreUnit.PERCENT
        ? stored * 100 / SECTION_TOTAL
        : stored * SECTION_TOTAL / 100;
  }

  /** The words for an entry unit next to the score field: "points out of 50", "percent (%)". */
  public static String unitLabel(ScoreUnit entered) {
    return entered == ScoreUnit.PERCENT ? "percent (%)" : "points out of " + SECTION_TOTAL;
  }

  /** Whether a score is a count or a whole-number rating (pain 0–10, Roland-Morris 0–24). */
  public boolean wholeNumbersOnly() {
    return NPRS.equals(code) || RMDQ.equals(code);
  }

  /** What the numbers on a chart's score axis are, e.g. "Points out of 50", "Percent, 0–100%". */
  public String axisLabel() {
    if (builtIn) {
      switch (code) {
        case NPRS:
          return "Pain, 0–10";
        case PSFS:
          return "Average rating, 0–10";
        case ODI:
          return "Percent, 0–100%";
        case RMDQ:
          return "Statements, out of 24";
        case NDI:
          return "Points out of 50";
        default:
          break;
      }
    }
    String u = unit == null ? "" : unit.strip();
    String range = number(min) + "–" + number(max);
    return u.isEmpty()
        ? "Score, " + range
        : u.startsWith("/")
            ? "Score, " + range + " (out of " + u.substring(1) + ")"
            : "Score, " + range + " (" + u + ")";
  }

  /**
   * The range of scores as a person reads it: "0–50" on a form out of 50, "0–100%", "1–5 points";
   * never a score written as a fraction at both ends ("0/50–50/50").
   */
  public String rangeText() {
    String u = unit == null ? "" : unit.strip();
    String span = number(min) + "–" + number(max);
    if (u.isEmpty() || u.startsWith("/")) {
      return span;
    }
    return u.startsWith("%") ? span + "%" : span + " " + u;
  }

  /** A change in score: "5 points" on a form out of 50, "10%", "2 points" on a 0–10 scale. */
  public String changeText(double change) {
    String u = unit == null ? "" : unit.strip();
    if (u.startsWith("%")) {
      return number(change) + "%";
    }
    if (u.isEmpty() || u.startsWith("/")) {
      return number(change) + (change == 1 ? " point" : " points");
    }
    return number(change) + " " + u;
  }

  /** A number written with a unit: "32%", "4.5/10", "12 points", or the number alone. */
  public static String withUnit(String number, String unit) {
    if (unit == null || unit.isBlank()) {
      return number;
    }
    String u = unit.strip();
    return u.startsWith("/") || u.startsWith("%") ? number + u : number + " " + u;
  }

  /** The same instrument with the id the database gave it. */
  public Instrument withId(long newId) {
    return new Instrument(
        newId,
        code,
        name,
        min,
        max,
        higherIsBetter,
        meaningfulChange,
        reassessDays,
        kind,
        builtIn,
        unit,
        sourceNote);
  }

  /** What one score of this instrument is called in a sentence: "Oswestry score", "pain rating". */
  public String scoreNoun() {
    return switch (code) {
      case NPRS -> "pain rating";
      case PSFS -> "PSFS score";
      case ODI -> "Oswestry score";
      case RMDQ -> "Roland-Morris score";
      case NDI -> "Neck Disability Index score";
      default -> name.replaceFirst("\\s*\\([^)]*\\)\\s*$", "") + " score";
    };
  }

  /** A number as the therapist writes it: "32", "4.5", "35.56"; never "32.0". */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.scale() < 0) {
      d = d.setScale(0, RoundingMode.UNNECESSARY);
    }
    return d.toPlainString().toLowerCase(Locale.ROOT);
  }
}
