package org.knotwork.history;

import java.time.LocalDate;
import org.knotwork.body.BackRegion;

/**
 * How pain in one region has moved over the client's signed sessions. Pain is the rating before
 * treatment, the highest across sides in a session; only sessions with such a rating count.
 *
 * @param sessions the signed sessions with a rating for this region
 */
public record RegionProgress(
    BackRegion region,
    int firstPain,
    int latestPain,
    LocalDate firstDate,
    LocalDate latestDate,
    int sessions,
    Trend trend) {}
