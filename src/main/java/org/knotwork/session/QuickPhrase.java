package org.knotwork.session;

/** A snippet the therapist types as ";abbreviation" to insert {@code text}. */
public record QuickPhrase(String abbreviation, String text) {}
