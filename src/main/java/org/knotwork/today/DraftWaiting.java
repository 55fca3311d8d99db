package org.knotwork.today;

import java.time.LocalDateTime;

/** An unsigned note: whose, and the session it records. */
public record DraftWaiting(long sessionId, long clientId, String clientName, LocalDateTime start) {}
