package org.knotwork.history;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.knotwork.body.BackRegion;

/**
 * One line of a client's timeline.
 *
 * @param sessionId the session the entry belongs to; 0 for an outcome measure or a plan
 * @param refId the record shown: the session for SESSION, RED_FLAG and REFERRAL, the addendum for
 *     ADDENDUM, the outcome entry for MEASURE, the treatment plan for PLAN
 * @param regions the regions of the session (for ADDENDUM, RED_FLAG and REFERRAL those of the
 *     session they belong to; for PLAN its focus regions); empty for a measure
 * @param urgent a tier-1 red flag was answered yes
 * @param draft the session's note is not signed yet
 * @param cancelled an appointment that was called off (kept, and shown struck through)
 */
public record TimelineEntry(
    EntryKind kind,
    LocalDateTime at,
    long sessionId,
    long refId,
    String title,
    String detail,
    Set<BackRegion> regions,
    boolean urgent,
    boolean draft,
    boolean cancelled) {

  public TimelineEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    detail = detail == null ? "" : detail;
    regions =
        regions == null || regions.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(regions));
  }

  /** An entry that is not a cancelled appointment. */
  public TimelineEntry(
      EntryKind kind,
      LocalDateTime at,
      long sessionId,
      long refId,
      String title,
      String detail,
      Set<BackRegion> regions,
      boolean urgent,
      boolean draft) {
    this(kind, at, sessionId, refId, title, detail, regions, urgent, draft, false);
  }
}
