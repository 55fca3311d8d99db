package org.knotwork.outcome;

/**
 * One activity the client named on the PSFS and their rating of it, 0 (unable) to 10 (as before).
 */
public record PsfsItem(String activity, int score) {}
