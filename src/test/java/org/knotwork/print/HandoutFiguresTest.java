package org.knotwork.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.handout.HandoutFigure;

class HandoutFiguresTest {
  /** Rounding slack for coordinates written to and read back from the content stream. */
  private static final double TOLERANCE = 0.01;

  static Stream<Arguments> figuresInBoxes() {
    List<Rectangle2D> boxes =
        List.of(
            new Rectangle2D.Float(72, 500, 240, 160),
            new Rectangle2D.Float(50, 300, 420, 90),
            new Rectangle2D.Float(400, 80, 90, 300),
            new Rectangle2D.Float(20, 20, 60, 40));
    return Stream.of(HandoutFigure.values())
        .flatMap(figure -> boxes.stream().map(box -> Arguments.of(figure, box)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("figuresInBoxes")
  void staysInsideItsBoxIncludingHalfTheLineWidth(HandoutFigure figure, Rectangle2D box)
      throws IOException {
    Recorded drawn = drawAndRecord(figure, box);

    assertThat(drawn.painted.getMinX()).isGreaterThanOrEqualTo(box.getMinX() - TOLERANCE);
    assertThat(drawn.painted.getMinY()).isGreaterThanOrEqualTo(box.getMinY() - TOLERANCE);
    assertThat(drawn.painted.getMaxX()).isLessThanOrEqualTo(box.getMaxX() + TOLERANCE);
    assertThat(drawn.painted.getMaxY()).isLessThanOrEqualTo(box.getMaxY() + TOLERANCE);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("figuresInBoxes")
  void keepsItsProportionsCentredInTheBox(HandoutFigure figure, Rectangle2D box)
      throws IOException {
    double scale =
        Math.min(box.getWidth() / HandoutFigures.WIDTH, box.getHeight() / HandoutFigures.HEIGHT);
    double width = HandoutFigures.WIDTH * scale;
    double height = HandoutFigures.HEIGHT * scale;
    Rectangle2D centred =
        new Rectangle2D.Double(
            box.getCenterX() - width / 2, box.getCenterY() - height / 2, width, height);

    Recorded drawn = drawAndRecord(figure, box);

    assertThat(drawn.painted.getMinX()).isGreaterThanOrEqualTo(centred.getMinX() - TOLERANCE);
    assertThat(drawn.painted.getMinY()).isGreaterThanOrEqualTo(centred.getMinY() - TOLERANCE);
    assertThat(drawn.painted.getMaxX()).isLessThanOrEqualTo(centred.getMaxX() + TOLERANCE);
    assertThat(drawn.painted.getMaxY()).isLessThanOrEqualTo(centred.getMaxY() + TOLERANCE);
    // and it uses the space: no figure is a speck in a corner
    assertThat(drawn.painted.getWidth()).isGreaterThan(width * 0.6);
    assertThat(drawn.painted.getHeight()).isGreaterThan(height * 0.5);
  }

  @ParameterizedTest
  @EnumSource(HandoutFigure.class)
  void drawsARealPictureWithFillsAndStrokes(HandoutFigure figure) throws IOException {
    Recorded drawn = drawAndRecord(figure, new Rectangle2D.Float(72, 500, 240, 160));

    assertThat(drawn.pathOperations).isGreaterThanOrEqualTo(25);
    assertThat(drawn.fills).isPositive();
    assertThat(drawn.strokes).isPositive();
    assertThat(drawn.images).isZero();
  }

  @Test
  void everyFigureLooksDifferent() throws IOException {
    Map<HandoutFigure, String> shapes = new EnumMap<>(HandoutFigure.class);
    for (HandoutFigure figure : HandoutFigure.values()) {
      shapes.put(figure, drawAndRecord(figure, new Rectangle2D.Float(72, 500, 240, 160)).shape());
    }

    assertThat(new HashSet<>(shapes.values())).hasSize(HandoutFigure.values().length);
  }

  @ParameterizedTest
  @EnumSource(HandoutFigure.class)
  void leavesTheGraphicsStateAsItFoundIt(HandoutFigure figure) throws IOException {
    Recorded drawn = drawAndRecord(figure, new Rectangle2D.Float(72, 500, 240, 160));

    // the probe line drawn after the figure sees the page's default state
    assertThat(drawn.probeTransform).isEqualTo(new Matrix());
    assertThat(drawn.probeLineWidth).isEqualTo(1f, within(1e-6f));
    assertThat(drawn.probeColour).containsExactly(0f);
    assertThat(drawn.probeClip).isEqualTo(new Rectangle2D.Float(0, 0, 600, 800));
  }

  private static Recorded drawAndRecord(HandoutFigure figure, Rectangle2D box) throws IOException {
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(600, 800));
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        HandoutFigures.draw(
            content,
            figure,
            (float) box.getX(),
            (float) box.getY(),
            (float) box.getWidth(),
            (float) box.getHeight());
        // a probe to see what state the figure left behind
        content.moveTo(1, 1);
        content.lineTo(2, 2);
        content.stroke();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      pdf = out.toByteArray();
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Recorder recorder = new Recorder(document.getPage(0));
      recorder.processPage(document.getPage(0));
      return recorder.result();
    }
  }

  /** What a figure painted, in page coordinates. */
  private record Recorded(
      Rectangle2D painted,
      int pathOperations,
      int fills,
      int strokes,
      int images,
      List<String> points,
      Matrix probeTransform,
      float probeLineWidth,
      float[] probeColour,
      Rectangle2D probeClip) {
    String shape() {
      return String.join(" ", points);
    }
  }

  /**
   * Records every path point (moves, lines, curve end and control points, rectangle corners) as
   * PDFBox hands them over, already transformed by the current transformation matrix into page
   * space. A Bézier curve lies inside the hull of its control points, so checking the points is
   * enough; strokes also grow by half their (transformed) line width.
   */
  private static final class Recorder extends PDFGraphicsStreamEngine {
    private final List<Point2D> path = new ArrayList<>();
    private final List<Rectangle2D> painted = new ArrayList<>();
    private final List<List<String>> points = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    private int pathOperations;
    private int fills;
    private int strokes;
    private int images;
    private Matrix lastStrokeTransform;
    private float lastStrokeWidth;
    private float[] lastStrokeColour;
    private Rectangle2D lastStrokeClip;

    Recorder(PDPage page) {
      super(page);
    }

    /** What was painted before the probe, which is the last stroke. */
    Recorded result() {
      Rectangle2D figure = new Rectangle2D.Double();
      for (int i = 0; i < painted.size() - 1; i++) {
        figure = i == 0 ? painted.get(i) : figure.createUnion(painted.get(i));
      }
      return new Recorded(
          figure,
          pathOperations - 2,
          fills,
          strokes - 1,
          images,
          points.subList(0, points.size() - 1).stream().flatMap(List::stream).toList(),
          lastStrokeTransform,
          lastStrokeWidth,
          lastStrokeColour,
          lastStrokeClip);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      pathOperations++;
      for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
        add(p.getX(), p.getY());
      }
      current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
      pathOperations++;
      add(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      pathOperations++;
      add(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      pathOperations++;
      add(x1, y1);
      add(x2, y2);
      add(x3, y3);
    }

    private void add(double x, double y) {
      path.add(new Point2D.Double(x, y));
      current = new Point2D.Double(x, y);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
      path.clear();
    }

    @Override
    public void clip(int windingRule) {
      // the clip only narrows what is painted; it paints nothing itself
    }

    @Override
    public void strokePath() {
      strokes++;
      Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
      float halfWidth = getGraphicsState().getLineWidth() * ctm.getScalingFactorX() / 2;
      lastStrokeTransform = ctm.clone();
      lastStrokeWidth = getGraphicsState().getLineWidth();
      lastStrokeColour = getGraphicsState().getStrokingColor().getComponents();
      lastStrokeClip = getGraphicsState().getCurrentClippingPath().getBounds2D();
      paint(halfWidth);
    }

    @Override
    public void fillPath(int windingRule) {
      fills++;
      paint(0);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      fills++;
      strokePath();
    }

    @Override
    public void drawImage(PDImage image) {
      images++;
    }

    @Override
    public void shadingFill(COSName shadingName) {}

    private void paint(double grow) {
      Rectangle2D bounds = null;
      List<String> pathPoints = new ArrayList<>();
      for (Point2D p : path) {
        Rectangle2D area =
            new Rectangle2D.Double(p.getX() - grow, p.getY() - grow, 2 * grow, 2 * grow);
        bounds = bounds == null ? area : bounds.createUnion(area);
        pathPoints.add(String.format(Locale.ROOT, "%.1f,%.1f", p.getX(), p.getY()));
      }
      if (bounds != null) {
        painted.add(bounds);
        points.add(pathPoints);
      }
      path.clear();
    }
  }
}
