package org.knotwork.history;

import java.time.LocalDateTime;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;

/**
 * A pain rating (0–10) before and after treatment in one session.
 *
 * @param region null for a session's overall rating
 * @param side null for a session's overall rating
 * @param before null if not recorded
 * @param after null if not recorded
 */
public record PainPoint(
    long sessionId,
    LocalDateTime at,
    BackRegion region,
    Side side,
    Integer before,
    Integer after) {}
