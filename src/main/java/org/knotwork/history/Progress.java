package org.knotwork.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.body.BackRegion;

/** Turns a pain series into the progress of each region. */
final class Progress {
  private Progress() {}

  /**
   * @param signedSeries points of signed sessions, oldest first
   * @return one entry per region with at least one rating before treatment, most recently treated
   *     first
   */
  static List<RegionProgress> byRegion(List<PainPoint> signedSeries) {
    // region -> session -> highest pain before, in series order
    Map<BackRegion, LinkedHashMap<Long, Rating>> ratings = new EnumMap<>(BackRegion.class);
    int order = 0;
    long previousSession = Long.MIN_VALUE;
    for (PainPoint p : signedSeries) {
      if (p.sessionId() != previousSession) {
        order++;
        previousSession = p.sessionId();
      }
      if (p.region() == null || p.before() == null) {
        continue;
      }
      int sessionOrder = order;
      ratings
          .computeIfAbsent(p.region(), r -> new LinkedHashMap<>())
          .merge(
              p.sessionId(),
              new Rating(p.at().toLocalDate(), p.before(), sessionOrder),
              (a, b) -> a.pain() >= b.pain() ? a : b);
    }
    List<Ranked> ranked = new ArrayList<>();
    ratings.forEach(
        (region, perSession) -> {
          List<Rating> list = List.copyOf(perSession.values());
          Rating first = list.get(0);
          Rating latest = list.get(list.size() - 1);
          ranked.add(
              new Ranked(
                  new RegionProgress(
                      region,
                      first.pain(),
                      latest.pain(),
                      first.date(),
                      latest.date(),
                      list.size(),
                      Trend.between(first.pain(), latest.pain())),
                  latest.order()));
        });
    ranked.sort(
        Comparator.comparingInt(Ranked::lastOrder)
            .reversed()
            .thenComparing(r -> r.progress().region()));
    return ranked.stream().map(Ranked::progress).toList();
  }

  private record Rating(LocalDate date, int pain, int order) {}

  private record Ranked(RegionProgress progress, int lastOrder) {}
}
