package org.knotwork.history;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.knotwork.body.BackRegion;

/**
 * Which timeline entries to show.
 *
 * <p>A region filter keeps sessions that treated one of the regions, with their addenda, red flags
 * and referrals; outcome measures and appointments are not tied to a region and always stay (unless
 * {@code kinds} leaves them out). Both date bounds are inclusive; a reversed range shows nothing.
 *
 * @param regions empty = every region
 * @param kinds empty = every kind
 * @param from null = no lower bound
 * @param to null = no upper bound
 */
public record TimelineFilter(
    Set<BackRegion> regions, Set<EntryKind> kinds, LocalDate from, LocalDate to) {

  public static final TimelineFilter ALL = new TimelineFilter(Set.of(), Set.of(), null, null);

  public TimelineFilter {
    regions =
        regions == null || regions.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(regions));
    kinds =
        kinds == null || kinds.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
  }

  /** Whether the entry passes every part of the filter. */
  public boolean accepts(TimelineEntry entry) {
    if (!kinds.isEmpty() && !kinds.contains(entry.kind())) {
      return false;
    }
    if (!regions.isEmpty()
        && entry.kind() != EntryKind.MEASURE
        && entry.kind() != EntryKind.APPOINTMENT
        && entry.regions().stream().noneMatch(regions::contains)) {
      return false;
    }
    LocalDate day = entry.at().toLocalDate();
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
