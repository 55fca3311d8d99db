package org.knotwork.session;

import java.time.LocalDateTime;

/**
 * One line of a client's note list.
 *
 * @param regions the regions examined, e.g. "Lower back R, Glutes bilateral"
 * @param painBefore highest pain before treatment across the regions, null if none recorded
 * @param painAfter highest pain after treatment across the regions, null if none recorded
 */
public record SessionSummary(
    long id,
    LocalDateTime serviceStart,
    int durationMinutes,
    NoteStatus status,
    String regions,
    Integer painBefore,
    Integer painAfter,
    int addenda,
    boolean redFlag) {}
