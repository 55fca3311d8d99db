package org.knotwork.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** How scores are computed, checked and compared. Pure functions; no database. */
public final class Scoring {
  /** The PSFS takes up to 5 activities (some forms stop at 3). */
  public static final int PSFS_MAX_ITEMS = 5;

  /** The longest activity name the records keep. */
  public static final int ACTIVITY_MAX_LENGTH = 200;

  /** Slack for comparing decimal scores, far below the two decimals stored. */
  private static final double EPSILON = 1e-9;

  private Scoring() {}

  /**
   * PSFS: mean of 1–5 activity ratings, each 0–10; rounded to 1 decimal. Throws
   * IllegalArgumentException in words for 0 or more than 5 items, a rating outside 0–10, or a blank
   * activity.
   */
  public static double psfs(List<PsfsItem> items) {
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException(
          "Name at least one activity the client finds hard, and rate it from 0 to 10.");
    }
    if (items.size() > PSFS_MAX_ITEMS) {
      throw new IllegalArgumentException(
          "The PSFS takes at most " + PSFS_MAX_ITEMS + " activities; remove one.");
    }
    int sum = 0;
    for (PsfsItem item : items) {
      if (item == null || item.activity() == null || item.activity().isBlank()) {
        throw new IllegalArgumentException("Name every activity you rate.");
      }
      if (item.activity().strip().length() > ACTIVITY_MAX_LENGTH) {
        throw new IllegalArgumentException(
            "An activity is at most " + ACTIVITY_MAX_LENGTH + " characters; shorten it.");
      }
      if (item.score() < 0 || item.score() > 10) {
        throw new IllegalArgumentException(
            "Rate “"
                + item.activity().strip()
                + "” from 0 (unable to do it) to 10 (as before the problem).");
      }
      sum += item.score();
    }
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(items.size()), 1, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /**
   * Direction-aware change between two scores of one instrument, using its meaningful-change
   * threshold (a change of at least the threshold counts; smaller is UNCHANGED).
   */
  public static Change change(Instrument instrument, double first, double latest) {
    double delta = latest - first;
    double gain = instrument.higherIsBetter() ? delta : -delta;
    double threshold = instrument.meaningfulChange() - EPSILON;
    if (gain >= threshold) {
      return Change.IMPROVED;
    }
    if (-gain >= threshold) {
      return Change.WORSE;
    }
    return Change.UNCHANGED;
  }

  /**
   * Checks an entered total against the instrument's range; message in words, e.g. "An Oswestry
   * score is between 0 and 100%." The pain rating (NPRS) and the Roland-Morris count take whole
   * numbers only.
   */
  public static Optional<String> rangeProblem(Instrument instrument, double score) {
    String unit = instrument.unit();
    String suffix = "";
    if (unit != null && !unit.isBlank() && !unit.startsWith("/")) {
      suffix = unit.startsWith("%") ? unit : " " + unit;
    }
    return rangeProblem(instrument, score, instrument.min(), instrument.max(), suffix);
  }

  /**
   * Checks a total entered in {@code entered} (raw points or percent, for Oswestry and NDI) against
   * the range in that unit: "A Neck Disability Index score is between 0 and 100%."
   */
  public static Optional<String> rangeProblem(
      Instrument instrument, double value, ScoreUnit entered) {
    if (!instrument.takesRawOrPercent() || entered == null) {
      return rangeProblem(instrument, value);
    }
    return rangeProblem(
        instrument,
        value,
        instrument.inUnit(instrument.min(), entered),
        instrument.inUnit(instrument.max(), entered),
        entered == ScoreUnit.PERCENT ? "%" : " points");
  }

  private static Optional<String> rangeProblem(
      Instrument instrument, double score, double min, double max, String suffix) {
    String noun = instrument.scoreNoun();
    String article = startsWithVowel(noun) ? "An " : "A ";
    String range = Instrument.number(min) + " and " + Instrument.number(max) + suffix;
    if (!Double.isFinite(score) || score < min - EPSILON || score > max + EPSILON) {
      return Optional.of(article + noun + " is between " + range + ".");
    }
    if (instrument.wholeNumbersOnly() && score != Math.rint(score)) {
      return Optional.of(article + noun + " is a whole number between " + range + ".");
    }
    return Optional.empty();
  }

  /** For charts: 0 = worst, 1 = best, whatever the direction, so an improvement always rises. */
  public static double normalised(Instrument instrument, double score) {
    double share = (score - instrument.min()) / (instrument.max() - instrument.min());
    share = Math.max(0, Math.min(1, share));
    return instrument.higherIsBetter() ? share : 1 - share;
  }

  private static boolean startsWithVowel(String word) {
    return !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0;
  }
}
