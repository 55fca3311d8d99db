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

  /**
   * "32%", "4.5/10", "12 points": the score with at most two decimals and the unit, if any; a
   * percent sign or a "/n" scale goes straight after the number.
   */
  public String format(double score) {
    return withUnit(number(score), unit);
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
  static String number(double value) {
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
