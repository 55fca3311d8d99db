package org.knotwork.session.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;

/**
 * A body chart seen from the back, with a small front view of the hips, where each region is split
 * into the client's left and right half. Halves are chosen by click or keyboard and shaded by pain.
 */
public final class BodyChart extends Region {
  /** One half of a region; {@code side} is {@link Side#LEFT} or {@link Side#RIGHT} only. */
  public record RegionHalf(BackRegion region, Side side) {
    public RegionHalf {
      Objects.requireNonNull(region, "region");
      if (side != Side.LEFT && side != Side.RIGHT) {
        throw new IllegalArgumentException("A region half is LEFT or RIGHT, not " + side);
      }
    }
  }

  /** Yellow → orange → brown (after ColorBrewer YlOrBr); lightness falls at every step. */
  private static final String[] PAIN_COLOURS = {
    "#fff7bc", "#fee99e", "#fed777", "#fec04b", "#fea231", "#f5841e", "#e66910", "#cf5004",
    "#ad3e03", "#8a3005", "#662506"
  };

  /** The drawing's own size; it is scaled to fit, with the legend below it at text size. */
  private static final double WIDTH = 300;

  private static final double HEIGHT = 412;
  private static final double BACK_X = 114;
  private static final double FRONT_X = 252;
  private static final double FRONT_Y = 268;
  private static final double FRONT_TOP = 200;
  private static final double FRONT_SCALE = 0.66;

  /**
   * One shape a line: kind, view, [label point for regions,] path on the viewer's left of the view
   * with x measured from the midline; drawn again mirrored unless the kind is "whole". Lines
   * indented further continue the one above. In the front view the viewer's left is the client's
   * right. Regions are listed in keyboard order.
   */
  private static final String GEOMETRY =
      """
      outline back M -21,38 C -27,35 -29,44 -27,50 C -26,55 -23,57 -20,55 Z
      outline back M -60,112 C -70,116 -74,124 -74,134 C -75,160 -77,185 -80,208
          C -83,232 -85,252 -86,268 C -89,280 -90,296 -87,308 C -85,314 -79,314 -78,306
          C -77,296 -76,282 -75,270 C -71,250 -67,228 -64,208 C -62,188 -59,166 -56,146 Z
      fade-down back M -42,372 C -44,384 -47,396 -47,412
      fade-down back M -8,372 C -10,384 -12,396 -12,412
      fade-up front M -38,190 C -39,204 -40,218 -44,232
      fade-down front M -49,316 C -48,340 -45,358 -43,380
      fade-down front M -6,322 C -7,340 -8,358 -9,380
      NECK back -8,86 M 0,70 L -15,70 C -15,80 -16,89 -22,96 L 0,98 Z
      SHOULDERS back -42,111 M 0,98 L -22,96 C -33,101 -46,102 -57,106
          C -68,110 -74,118 -74,132 C -58,124 -28,119 0,119 Z
      UPPER_BACK back -28,142 M 0,119 C -28,119 -58,124 -74,132 C -66,138 -60,142 -56,146
          C -54,152 -53,158 -52,164 L 0,164 Z
      MID_BACK back -24,186 M 0,164 L -52,164 C -50,180 -46,194 -42,206 L 0,206 Z
      LOWER_BACK back -20,220 M 0,206 L -42,206 C -41,212 -42,218 -45,224
          C -32,226 -14,236 0,246 Z
      GLUTES back -27,265 M 0,246 C -14,236 -32,226 -45,224 C -49,236 -52,252 -52,268
          L -51,283 C -40,292 -22,298 -2,292 Z
      HAMSTRINGS back -25,332 M -2,292 C -22,298 -40,292 -51,283 C -50,310 -46,345 -42,372
          C -32,376 -18,376 -8,372 C -6,345 -4,318 -2,292 Z
      HIP_FLEXORS front -27,292 M -44,232 C -30,246 -16,266 -3,286 C -4,300 -5,312 -6,322
          C -22,326 -38,324 -49,316 C -51,292 -50,262 -44,232 Z
      whole back M 0,14 C 15,14 23,27 23,45 C 23,63 14,78 0,78 C -14,78 -23,63 -23,45
          C -23,27 -15,14 0,14 Z
      """;

  private static final Pattern PAIR = Pattern.compile("(-?[\\d.]+),(-?[\\d.]+)");

  private record Half(SVGPath shape, Text pain, Tooltip tip) {}

  private final Map<RegionHalf, Half> halves = new LinkedHashMap<>();
  private final SVGPath hoverRing = outline("chart-hover-ring", "");
  private final SVGPath selectedRing = outline("chart-selected-ring", "");
  private final SVGPath focusRing = outline("chart-focus-ring", "");
  private final Group figure = new Group();
  private final Scale fit = new Scale(1, 1, 0, 0);
  private final VBox legend = legend();
  private BiConsumer<BackRegion, Side> onRegionChosen = (region, side) -> {};

  public BodyChart() {
    getStyleClass().add("body-chart");
    getStylesheets().add(BodyChart.class.getResource("body-chart.css").toExternalForm());
    Group behind = new Group();
    Group regions = new Group();
    Group above = new Group();
    for (String line : GEOMETRY.replace("\n    ", " ").strip().split("\n")) {
      String[] f = line.split(" ", 3);
      boolean front = f[1].equals("front");
      if (f[0].equals("whole")) {
        above.getChildren().add(outline("chart-outline", place(f[2], false, front)));
      } else if (Character.isLowerCase(f[0].charAt(0))) {
        behind.getChildren().add(outline("chart-" + f[0], place(f[2], false, front)));
        behind.getChildren().add(outline("chart-" + f[0], place(f[2], true, front)));
      } else {
        String[] spotAndPath = f[2].split(" ", 2);
        for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
          boolean mirrored = (side == Side.RIGHT) != front;
          Half half =
              half(
                  new RegionHalf(BackRegion.valueOf(f[0]), side),
                  place(spotAndPath[1], mirrored, front),
                  place(spotAndPath[0], mirrored, front));
          regions.getChildren().add(half.shape());
          above.getChildren().add(half.pain());
        }
      }
    }
    above
        .getChildren()
        .addAll(
            text(BACK_X, 4, "chart-view-title", "Back"),
            text(BACK_X - 50, 46, "chart-side-mark", "L"),
            text(BACK_X + 50, 46, "chart-side-mark", "R"),
            text(FRONT_X, FRONT_Y - 42, "chart-view-title", "Front"),
            text(FRONT_X - 18, FRONT_Y - 24, "chart-side-mark", "R"),
            text(FRONT_X + 18, FRONT_Y - 24, "chart-side-mark", "L"));
    Rectangle box = new Rectangle(WIDTH, HEIGHT, Color.TRANSPARENT);
    box.setMouseTransparent(true);
    figure.getChildren().addAll(box, behind, regions, above, hoverRing, selectedRing, focusRing);
    figure.getTransforms().add(fit);
    getChildren().addAll(figure, legend);
    setPain(Map.of());
  }

  /** Called with (region, Side.LEFT or Side.RIGHT) when a half is clicked or chosen by keyboard. */
  public void setOnRegionChosen(BiConsumer<BackRegion, Side> handler) {
    onRegionChosen = handler == null ? (region, side) -> {} : handler;
  }

  /** Pain 0–10 to shade each region half; halves not in the map are unshaded (neutral outline). */
  public void setPain(Map<RegionHalf, Integer> painByHalf) {
    Map<RegionHalf, Integer> pain = painByHalf == null ? Map.of() : painByHalf;
    halves.forEach(
        (key, half) -> {
          Integer value = pain.get(key);
          int p = value == null ? -1 : Math.max(0, Math.min(10, value));
          half.shape().setStyle(p < 0 ? "" : "-fx-fill: " + PAIN_COLOURS[p] + ";");
          half.pain().setText(p < 0 ? "" : Integer.toString(p));
          half.pain().setStyle("-fx-fill: " + (p >= 7 ? "white" : "#24292f") + ";");
          half.pain().setVisible(p >= 0);
          half.shape().setAccessibleHelp(p < 0 ? "No pain recorded" : "Pain " + p + " of 10");
          half.tip().setText(describe(key) + (p < 0 ? "" : " — pain " + p + " of 10"));
        });
  }

  /** Marks the half being edited (thicker accent outline). null = none. */
  public void setSelected(RegionHalf half) {
    selectedRing.setContent(half == null ? "" : halves.get(half).shape().getContent());
  }

  /** The sequential pain colour used everywhere in the app (also for legends and charts). */
  public static Color painColor(int pain) {
    return Color.web(PAIN_COLOURS[Math.max(0, Math.min(10, pain))]);
  }

  @Override
  protected double computePrefWidth(double height) {
    return WIDTH + snappedLeftInset() + snappedRightInset();
  }

  @Override
  protected double computePrefHeight(double width) {
    return HEIGHT + legend.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
  }

  @Override
  protected void layoutChildren() {
    double x = snappedLeftInset();
    double w = getWidth() - x - snappedRightInset();
    double legendHeight = legend.prefHeight(-1);
    double h = getHeight() - snappedTopInset() - snappedBottomInset() - legendHeight;
    double scale = Math.max(0.1, Math.min(w / WIDTH, h / HEIGHT));
    fit.setX(scale);
    fit.setY(scale);
    double top = snappedTopInset() + Math.max(0, h - HEIGHT * scale) / 2;
    figure.relocate(x + (w - WIDTH * scale) / 2, top);
    double legendWidth = Math.min(w, legend.prefWidth(-1));
    legend.resizeRelocate(
        x + (w - legendWidth) / 2, top + HEIGHT * scale, legendWidth, legendHeight);
  }

  private Half half(RegionHalf key, String path, String painSpot) {
    SVGPath shape = outline("chart-half", path);
    shape.setMouseTransparent(false);
    String region = key.region().name().toLowerCase(Locale.ROOT).replace('_', '-');
    shape.setId("chart-" + region + "-" + key.side().name().toLowerCase(Locale.ROOT));
    shape.setFocusTraversable(true);
    shape.setAccessibleRole(AccessibleRole.BUTTON);
    shape.setAccessibleText(describe(key));
    shape.setOnMouseClicked(
        e -> {
          shape.requestFocus();
          onRegionChosen.accept(key.region(), key.side());
        });
    shape.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            e.consume();
            onRegionChosen.accept(key.region(), key.side());
          }
        });
    shape.focusedProperty().addListener((o, was, is) -> follow(focusRing, shape, is));
    shape.hoverProperty().addListener((o, was, is) -> follow(hoverRing, shape, is));
    String[] spot = painSpot.split(",");
    Half half =
        new Half(
            shape,
            text(Double.parseDouble(spot[0]), Double.parseDouble(spot[1]), "chart-pain", ""),
            new Tooltip());
    Tooltip.install(shape, half.tip());
    halves.put(key, half);
    return half;
  }

  /** Shows {@code ring} over {@code shape}, on top of its neighbours, or hides it from there. */
  private static void follow(SVGPath ring, SVGPath shape, boolean on) {
    if (on) {
      ring.setContent(shape.getContent());
    }
    ring.setVisible(on || ring.isVisible() && !ring.getContent().equals(shape.getContent()));
  }

  private static String describe(RegionHalf half) {
    return half.region().label() + ", " + (half.side() == Side.LEFT ? "left" : "right");
  }

  /** Moves a path (or "x,y" point) into the drawing: mirrored across the midline, into its view. */
  private static String place(String path, boolean mirrored, boolean front) {
    Matcher m = PAIR.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      double x = Double.parseDouble(m.group(1)) * (mirrored ? -1 : 1);
      double y = Double.parseDouble(m.group(2));
      if (front) {
        x *= FRONT_SCALE;
        y = FRONT_Y + (y - FRONT_TOP) * FRONT_SCALE;
      }
      m.appendReplacement(
          out, String.format(Locale.ROOT, "%.1f,%.1f", (front ? FRONT_X : BACK_X) + x, y));
    }
    return m.appendTail(out).toString();
  }

  private static SVGPath outline(String styleClass, String path) {
    SVGPath shape = new SVGPath();
    shape.setContent(path);
    shape.getStyleClass().add(styleClass);
    shape.setMouseTransparent(true);
    return shape;
  }

  /** A small text centred on (x, y). */
  private static Text text(double x, double y, String styleClass, String content) {
    Text text = new Text(content);
    text.getStyleClass().setAll(styleClass);
    text.setTextOrigin(VPos.CENTER);
    text.setMouseTransparent(true);
    text.setY(y);
    text.layoutBoundsProperty().addListener((o, old, b) -> text.setX(x - b.getWidth() / 2));
    text.setX(x - text.getLayoutBounds().getWidth() / 2);
    return text;
  }

  private static VBox legend() {
    Label title = new Label("Pain before treatment");
    title.getStyleClass().add("chart-legend-title");
    List<Stop> stops = new ArrayList<>();
    for (int p = 0; p <= 10; p++) {
      stops.add(new Stop(p / 10.0, painColor(p)));
    }
    Rectangle bar = new Rectangle(150, 10);
    bar.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
    bar.getStyleClass().add("chart-legend-bar");
    StackPane ticks = new StackPane(tick("0", Pos.CENTER_LEFT), tick("5", Pos.CENTER));
    ticks.getChildren().add(tick("10", Pos.CENTER_RIGHT));
    ticks.setMaxWidth(150);
    Rectangle none = new Rectangle(12, 10);
    none.getStyleClass().add("chart-legend-none");
    Label noneText = new Label("Not recorded", none);
    noneText.getStyleClass().add("chart-legend-tick");
    HBox row = new HBox(16, new VBox(2, bar, ticks), noneText);
    VBox legend = new VBox(4, title, row);
    legend.getStyleClass().add("chart-legend");
    legend.setId("chart-legend");
    return legend;
  }

  private static Label tick(String text, Pos position) {
    Label tick = new Label(text);
    tick.getStyleClass().add("chart-legend-tick");
    StackPane.setAlignment(tick, position);
    return tick;
  }
}
