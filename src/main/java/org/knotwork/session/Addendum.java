package org.knotwork.session;

import java.time.LocalDateTime;

/** A dated correction or late addition to a signed note, with its reason. Never changed. */
public record Addendum(
    Long id, LocalDateTime writtenAt, String author, String reason, String text) {}
