package org.knotwork.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * One measure taken for a client: an entered total or, for the PSFS, the rated activities and their
 * mean. {@code id} is null until stored.
 */
public record OutcomeEntry(
    Long id,
    long clientId,
    Instrument instrument,
    LocalDate takenOn,
    double score,
    List<PsfsItem> items,
    String note) {
  public OutcomeEntry {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** The same entry with the id the database gave it. */
  public OutcomeEntry withId(long newId) {
    return new OutcomeEntry(newId, clientId, instrument, takenOn, score, items, note);
  }

  /** The score as the paper form gives it, e.g. "32%", "22/50 (44%)", "7/24". */
  public String formattedScore() {
    return instrument.display(score);
  }
}
