package org.knotwork.handout.ui;

import java.util.Locale;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Scale;
import org.knotwork.handout.FigureDrawing;
import org.knotwork.handout.FigureDrawing.Close;
import org.knotwork.handout.FigureDrawing.Curve;
import org.knotwork.handout.FigureDrawing.Line;
import org.knotwork.handout.FigureDrawing.Mark;
import org.knotwork.handout.FigureDrawing.Move;
import org.knotwork.handout.FigureDrawing.Segment;
import org.knotwork.handout.HandoutFigure;

/**
 * A handout's drawing on screen: the same shapes the printed handout shows ({@link
 * HandoutFigure#drawing()}), in the theme's colours (handout-figure.css gives each colour role its
 * colour, so the drawing reads in the light and the dark theme).
 */
final class HandoutFigureView extends Region {
  /** Screen pixels per design unit. */
  static final double SCALE = 1.25;

  private static final double PADDING = 8;

  HandoutFigureView(HandoutFigure figure) {
    getStyleClass().add("handout-figure");
    getStylesheets()
        .add(HandoutFigureView.class.getResource("handout-figure.css").toExternalForm());
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    setAccessibleText("Drawing: " + figure.label());
    Group marks = new Group();
    for (Mark mark : figure.drawing().marks()) {
      marks.getChildren().add(path(mark));
    }
    marks.getTransforms().add(new Scale(SCALE, SCALE));
    marks.setManaged(false);
    marks.setLayoutX(PADDING);
    marks.setLayoutY(PADDING);
    getChildren().add(marks);
    double width = FigureDrawing.WIDTH * SCALE + 2 * PADDING;
    double height = FigureDrawing.HEIGHT * SCALE + 2 * PADDING;
    setMinSize(width, height);
    setPrefSize(width, height);
    setMaxSize(width, height);
  }

  /** One mark as a path on the design grid, turned so that y points down as on screen. */
  private static Path path(Mark mark) {
    Path path = new Path();
    for (Segment s : mark.path()) {
      if (s instanceof Move m) {
        path.getElements().add(new MoveTo(m.x(), down(m.y())));
      } else if (s instanceof Line l) {
        path.getElements().add(new LineTo(l.x(), down(l.y())));
      } else if (s instanceof Curve c) {
        path.getElements()
            .add(
                new CubicCurveTo(c.x1(), down(c.y1()), c.x2(), down(c.y2()), c.x3(), down(c.y3())));
      } else if (s instanceof Close) {
        path.getElements().add(new ClosePath());
      }
    }
    path.getStyleClass()
        .addAll(
            "figure-mark",
            mark.filled() ? "figure-area" : "figure-line",
            "figure-" + mark.tone().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (mark.filled()) {
      path.setStroke(null);
    } else {
      path.setFill(null);
      path.setStrokeWidth(mark.width());
      path.setStrokeLineCap(StrokeLineCap.ROUND);
      path.setStrokeLineJoin(StrokeLineJoin.ROUND);
      if (mark.dash() > 0) {
        path.getStrokeDashArray().addAll((double) mark.dash(), mark.dash() * 1.2);
      }
    }
    return path;
  }

  private static double down(float y) {
    return FigureDrawing.HEIGHT - y;
  }
}
