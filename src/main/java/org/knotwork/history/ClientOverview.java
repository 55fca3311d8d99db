package org.knotwork.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a therapist wants to see first on opening a client.
 *
 * @param lastVisit the latest signed session on or before today (a draft is no visit); null if none
 * @param daysSinceLastVisit null if there has been no visit
 * @param regions most recently treated first
 * @param lastRedFlag the latest session (signed or draft) with a red-flag question answered yes
 */
public record ClientOverview(
    LocalDate lastVisit,
    Long daysSinceLastVisit,
    int signedSessions,
    int drafts,
    List<RegionProgress> regions,
    Optional<LocalDate> lastRedFlag) {

  public ClientOverview {
    regions = regions == null ? List.of() : List.copyOf(regions);
    lastRedFlag = lastRedFlag == null ? Optional.empty() : lastRedFlag;
  }
}
