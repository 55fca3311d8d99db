package org.knotwork.session.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
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
import org.knotwork.body.BodyOutline;
import org.knotwork.body.BodyOutline.Caption;
import org.knotwork.body.BodyOutline.Kind;
import org.knotwork.body.BodyOutline.Point;
import org.knotwork.body.BodyOutline.Shape;
import org.knotwork.body.BodyOutline.View;
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
  private static final double WIDTH = BodyOutline.WIDTH;

  private static final double HEIGHT = BodyOutline.HEIGHT;

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
    for (Shape shape : BodyOutline.shapes()) {
      View view = shape.view();
      String kind = shape.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
      if (shape.kind() == Kind.WHOLE) {
        above.getChildren().add(outline("chart-outline", place(shape.path(), false, view)));
      } else if (shape.kind() != Kind.REGION) {
        behind.getChildren().add(outline("chart-" + kind, place(shape.path(), false, view)));
        behind.getChildren().add(outline("chart-" + kind, place(shape.path(), true, view)));
      } else {
        for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
          boolean mirrored = BodyOutline.mirrored(view, side);
          Half half =
              half(
                  new RegionHalf(shape.region(), side),
                  place(shape.path(), mirrored, view),
                  BodyOutline.place(shape.labelPoint(), mirrored, view));
          regions.getChildren().add(half.shape());
          above.getChildren().add(half.pain());
        }
      }
    }
    for (Caption caption : BodyOutline.captions()) {
      String style = caption.sideMark() ? "chart-side-mark" : "chart-view-title";
      above.getChildren().add(text(caption.x(), caption.y(), style, caption.text()));
    }
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

  private Half half(RegionHalf key, String path, Point painSpot) {
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
          // Ctrl+Enter is the note's Sign shortcut: a plain Enter or Space chooses the half.
          boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isControlDown();
          if (plain && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE)) {
            e.consume();
            onRegionChosen.accept(key.region(), key.side());
          }
        });
    shape.focusedProperty().addListener((o, was, is) -> follow(focusRing, shape, is));
    shape.hoverProperty().addListener((o, was, is) -> follow(hoverRing, shape, is));
    Half half = new Half(shape, text(painSpot.x(), painSpot.y(), "chart-pain", ""), new Tooltip());
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

  /** Moves a path into the drawing: mirrored across the midline, into its view. */
  private static String place(String path, boolean mirrored, View view) {
    return BodyOutline.place(path, mirrored, view);
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
