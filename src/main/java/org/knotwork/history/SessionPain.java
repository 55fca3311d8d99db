package org.knotwork.history;

import java.time.LocalDateTime;

/**
 * The pain numbers of one signed session: the client's own "pain now" (S) and the highest ratings
 * before and after treatment across its findings.
 */
record SessionPain(
    long sessionId,
    LocalDateTime at,
    Integer painNow,
    Integer highestBefore,
    Integer highestAfter) {

  /** The session's overall rating: what the client said, else the worst region before treatment. */
  Integer overall() {
    return painNow != null ? painNow : highestBefore;
  }
}
