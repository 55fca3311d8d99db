package org.knotwork.retention;

import java.time.LocalDate;

/**
 * How long a client's record is kept: {@code years} after the last visit and, for someone seen as a
 * minor, at least {@code years} after the birthday on which they turned {@code adultAge}. The rules
 * differ by country and professional body (ten years and 18 in Ontario; seven years and 18 for UK
 * insurers), so the therapist sets both.
 */
public record RetentionPolicy(int years, int adultAge) {
  public static final int MIN_YEARS = 1;
  public static final int MAX_YEARS = 50;
  public static final int MIN_ADULT_AGE = 16;
  public static final int MAX_ADULT_AGE = 25;

  /** Ten years after the last visit; minors until ten years after their 18th birthday. */
  public static final RetentionPolicy DEFAULT = new RetentionPolicy(10, 18);

  public RetentionPolicy {
    if (years < MIN_YEARS || years > MAX_YEARS) {
      throw new IllegalArgumentException(
          "Records are kept between " + MIN_YEARS + " and " + MAX_YEARS + " years.");
    }
    if (adultAge < MIN_ADULT_AGE || adultAge > MAX_ADULT_AGE) {
      throw new IllegalArgumentException(
          "The age of majority lies between " + MIN_ADULT_AGE + " and " + MAX_ADULT_AGE + ".");
    }
  }

  /**
   * The last day the record must be kept.
   *
   * @param lastEntry the day of the last visit, or the day the record was made when there was none
   * @param dateOfBirth null when not known (then only the last visit counts)
   */
  public LocalDate keptUntil(LocalDate lastEntry, LocalDate dateOfBirth) {
    LocalDate afterLastVisit = lastEntry.plusYears(years);
    if (dateOfBirth == null) {
      return afterLastVisit;
    }
    LocalDate afterComingOfAge = dateOfBirth.plusYears(adultAge).plusYears(years);
    return afterComingOfAge.isAfter(afterLastVisit) ? afterComingOfAge : afterLastVisit;
  }

  /** The policy in words, for the settings and the deletion question. */
  public String describe() {
    return years
        + (years == 1 ? " year" : " years")
        + " after the last visit; for clients seen before they turned "
        + adultAge
        + ", at least "
        + years
        + (years == 1 ? " year" : " years")
        + " after that birthday";
  }
}
