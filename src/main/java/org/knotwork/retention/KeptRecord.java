package org.knotwork.retention;

import java.time.LocalDate;

/**
 * One client's record as the retention review sees it.
 *
 * @param lastVisit null when the client was never seen
 * @param keptUntil the last day the record must be kept under the practice's policy
 */
public record KeptRecord(
    long clientId,
    String fullName,
    LocalDate dateOfBirth,
    LocalDate lastVisit,
    boolean archived,
    LocalDate keptUntil) {

  /** True once the retention period has ended: the record is due for review. */
  public boolean due(LocalDate today) {
    return today.isAfter(keptUntil);
  }
}
