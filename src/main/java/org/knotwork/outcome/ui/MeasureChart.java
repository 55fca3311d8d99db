package org.knotwork.outcome.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeEntry;

/**
 * One instrument over time, drawn so that better is always up: for measures where a lower score is
 * better (Oswestry, Roland-Morris, NDI, pain) the axis runs from the worst score at the bottom to
 * the best at the top, and its labels still show the real scores.
 */
final class MeasureChart extends LineChart<Number, Number> {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

  MeasureChart() {
    super(new NumberAxis(), new NumberAxis());
    setId("measure-chart");
    setAnimated(false);
    setLegendVisible(false);
    setMinHeight(220);
    setPrefHeight(260);
    NumberAxis x = (NumberAxis) getXAxis();
    x.setForceZeroInRange(false);
    x.setTickLabelFormatter(converter(v -> DAY.format(LocalDate.ofEpochDay(v.longValue()))));
  }

  /**
   * A whole step that divides the range into three to six parts (24 → 4, 50 → 10, 10 → 2), so a
   * count such as Roland-Morris never gets ticks like 4.8; a fifth of the range when none does.
   */
  static double tickUnit(double range) {
    for (double step : new double[] {1, 2, 4, 5, 10, 20, 25, 50, 100}) {
      double parts = range / step;
      if (parts <= 6 && parts >= 3 && Math.abs(parts - Math.rint(parts)) < 1e-9) {
        return step;
      }
    }
    return range / 5;
  }

  void show(Instrument instrument, List<OutcomeEntry> entries) {
    getData().clear();
    if (instrument == null) {
      return;
    }
    boolean flip = !instrument.higherIsBetter();
    NumberAxis y = (NumberAxis) getYAxis();
    y.setAutoRanging(false);
    y.setLowerBound(flip ? -instrument.max() : instrument.min());
    y.setUpperBound(flip ? -instrument.min() : instrument.max());
    y.setTickUnit(tickUnit(instrument.max() - instrument.min()));
    y.setTickLabelFormatter(converter(v -> trim(flip ? -v.doubleValue() : v.doubleValue())));
    y.setLabel(instrument.axisLabel());
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    for (OutcomeEntry e : entries) {
      XYChart.Data<Number, Number> d =
          new XYChart.Data<>(e.takenOn().toEpochDay(), flip ? -e.score() : e.score());
      d.setExtraValue(DAY.format(e.takenOn()) + ": " + instrument.display(e.score()));
      series.getData().add(d);
    }
    getData().add(series);
    series
        .getData()
        .forEach(
            d -> {
              if (d.getNode() != null) {
                Tooltip.install(d.getNode(), new Tooltip(String.valueOf(d.getExtraValue())));
              }
            });
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.UK, "%.1f", v);
  }

  private static StringConverter<Number> converter(java.util.function.Function<Number, String> f) {
    return new StringConverter<>() {
      @Override
      public String toString(Number n) {
        return f.apply(n);
      }

      @Override
      public Number fromString(String s) {
        return 0;
      }
    };
  }
}
