package org.knotwork.session;

import java.time.LocalDateTime;

/** A session as an appointment that took place: when, for how long, and when it was written up. */
public record Visit(
    long clientId, LocalDateTime serviceStart, int durationMinutes, LocalDateTime writtenAt) {}
