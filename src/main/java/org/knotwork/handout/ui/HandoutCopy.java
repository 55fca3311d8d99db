package org.knotwork.handout.ui;

/**
 * A handout to print: its library reference and the client it is prepared for.
 *
 * @param clientId null to print it with an empty name line
 */
public record HandoutCopy(String ref, Long clientId) {}
