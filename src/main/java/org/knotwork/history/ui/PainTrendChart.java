package org.knotwork.history.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.knotwork.history.PainPoint;

/**
 * Pain 0–10 over time: before and after treatment for one region (highest side per session), or the
 * overall pain the client reported. Hovering a point shows its session.
 */
final class PainTrendChart extends LineChart<Number, Number> {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);
  private static final int MAX_POINTS_WITH_SYMBOLS = 60;

  PainTrendChart() {
    // Drawn as minus the pain, so that 0 (no pain) is at the top: less pain is an improvement,
    // and every chart in Knotwork draws improvement upwards.
    super(new NumberAxis(), new NumberAxis(-10, 0, 1));
    setId("pain-trend-chart");
    NumberAxis x = (NumberAxis) getXAxis();
    x.setForceZeroInRange(false);
    x.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number epochDay) {
            return DAY.format(LocalDate.ofEpochDay(epochDay.longValue()));
          }

          @Override
          public Number fromString(String s) {
            return 0;
          }
        });
    NumberAxis y = (NumberAxis) getYAxis();
    y.setLabel("Pain (0 = none, at the top)");
    y.setMinorTickVisible(false);
    y.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number v) {
            return Long.toString(Math.round(-v.doubleValue()));
          }

          @Override
          public Number fromString(String s) {
            return -Double.parseDouble(s);
          }
        });
    setAnimated(false);
    setCreateSymbols(true);
    setMinHeight(240);
    setPrefHeight(280);
    setLegendVisible(true);
  }

  void show(List<PainPoint> points, boolean overall) {
    getData().clear();
    if (points.isEmpty()) {
      return;
    }
    Map<Long, PainPoint[]> bySession = new TreeMap<>();
    Map<Long, LocalDate> dates = new TreeMap<>();
    for (PainPoint p : points) {
      dates.put(p.sessionId(), p.at().toLocalDate());
      bySession.merge(
          p.sessionId(),
          new PainPoint[] {p},
          (a, b) -> {
            PainPoint[] m = a.clone();
            m[0] = higher(a[0], b[0]);
            return m;
          });
    }
    XYChart.Series<Number, Number> before = new XYChart.Series<>();
    before.setName(overall ? "Pain reported at the start of the session" : "Before treatment");
    XYChart.Series<Number, Number> after = new XYChart.Series<>();
    after.setName("After treatment");
    points.stream()
        .map(PainPoint::sessionId)
        .distinct()
        .sorted((a, b) -> dates.get(a).compareTo(dates.get(b)))
        .forEach(
            id -> {
              PainPoint p = bySession.get(id)[0];
              long day = p.at().toLocalDate().toEpochDay();
              if (p.before() != null) {
                before.getData().add(point(day, p.before(), p, "before"));
              }
              if (!overall && p.after() != null) {
                after.getData().add(point(day, p.after(), p, "after"));
              }
            });
    // Beyond a few dozen sessions, points would hide the line and cost layout time: draw the line
    // only, and keep hover details for shorter histories.
    setCreateSymbols(before.getData().size() <= MAX_POINTS_WITH_SYMBOLS);
    getData().add(before);
    if (!overall) {
      getData().add(after);
    }
    if (getCreateSymbols()) {
      getData().forEach(s -> s.getData().forEach(d -> install(d)));
    }
  }

  private static PainPoint higher(PainPoint a, PainPoint b) {
    int av = a.before() == null ? -1 : a.before();
    int bv = b.before() == null ? -1 : b.before();
    return new PainPoint(
        a.sessionId(),
        a.at(),
        a.region(),
        a.side(),
        Math.max(av, bv) < 0 ? null : Math.max(av, bv),
        maxNullable(a.after(), b.after()));
  }

  private static Integer maxNullable(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Math.max(a, b);
  }

  private static XYChart.Data<Number, Number> point(
      long day, int value, PainPoint p, String which) {
    XYChart.Data<Number, Number> d = new XYChart.Data<>(day, -value);
    d.setExtraValue(
        DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).format(p.at())
            + ": pain "
            + which
            + " "
            + value
            + "/10");
    return d;
  }

  private static void install(XYChart.Data<Number, Number> d) {
    if (d.getNode() != null) {
      Tooltip.install(d.getNode(), new Tooltip(String.valueOf(d.getExtraValue())));
    }
  }
}
