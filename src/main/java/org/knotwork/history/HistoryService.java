package org.knotwork.history;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.knotwork.body.BackRegion;

/** A client's history for the screens: timeline with filters, pain trends and the overview. */
public final class HistoryService {
  private final HistoryRepository repository;
  private final Clock clock;

  public HistoryService(HistoryRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** The client's timeline, newest first, with the filter applied (null = everything). */
  public List<TimelineEntry> timeline(long clientId, TimelineFilter filter) {
    List<TimelineEntry> all = repository.timeline(clientId);
    if (filter == null || filter.equals(TimelineFilter.ALL)) {
      return all;
    }
    return all.stream().filter(filter::accepts).toList();
  }

  /** Pain before/after per finding of signed sessions, oldest first; null region = every region. */
  public List<PainPoint> painSeries(long clientId, BackRegion regionOrNullForAll) {
    List<PainPoint> all = repository.painSeries(clientId);
    if (regionOrNullForAll == null) {
      return all;
    }
    return all.stream().filter(p -> p.region() == regionOrNullForAll).toList();
  }

  /** The overview as of today on the service's clock. */
  public ClientOverview overview(long clientId) {
    return repository.overview(clientId, LocalDate.now(clock));
  }

  /**
   * Overall NPRS per signed session: the note's subjective painNow (or, if null, its highest
   * painBefore); oldest first; sessions with neither are skipped. {@code after} is the highest pain
   * after treatment across the session's regions (null if none was recorded).
   */
  public List<PainPoint> overallPain(long clientId) {
    return repository.sessionPain(clientId).stream()
        .filter(s -> s.overall() != null)
        .map(s -> new PainPoint(s.sessionId(), s.at(), null, null, s.overall(), s.highestAfter()))
        .toList();
  }
}
