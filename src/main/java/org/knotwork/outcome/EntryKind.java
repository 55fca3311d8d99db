package org.knotwork.outcome;

/** How an instrument is recorded: one entered total, or rated items (PSFS activities). */
public enum EntryKind {
  SCORE,
  ITEMS
}
