package org.knotwork.outcome;

/**
 * The unit a total is entered in, for questionnaires whose forms give both a raw total and a
 * percentage (Oswestry, Neck Disability Index). Every instrument stores its scores in one unit,
 * {@link Instrument#storedUnit()}; a score entered in the other is converted before it is stored.
 */
public enum ScoreUnit {
  /** The sum of the section scores, e.g. 22 of 50. */
  RAW,
  /** The sum as a share of the most it could be, e.g. 44%. */
  PERCENT
}
