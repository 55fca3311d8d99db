package org.knotwork.print;

import java.awt.Color;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.knotwork.body.BackRegion;
import org.knotwork.body.BodyOutline;
import org.knotwork.body.BodyOutline.Caption;
import org.knotwork.body.BodyOutline.Kind;
import org.knotwork.body.BodyOutline.Point;
import org.knotwork.body.BodyOutline.Segment;
import org.knotwork.body.BodyOutline.Shape;
import org.knotwork.body.Side;
import org.knotwork.plan.FocusArea;

/**
 * The plan's body diagram as vector shapes: the same figure as the on-screen chart ({@link
 * BodyOutline}), with the plan's focus regions tinted on the client's side(s) and a legend below.
 */
final class BodyDiagram {
  static final Color LINE = new Color(0x9a, 0xa1, 0xa9);
  static final Color PAPER = Color.WHITE;
  static final Color REGION = new Color(0xf3, 0xf4, 0xf6);
  static final Color FOCUS = new Color(0xa9, 0xcb, 0xe6);
  static final Color GREATER = new Color(0x4f, 0x8c, 0xbf);
  private static final Color CAPTION = new Color(0x57, 0x60, 0x6a);

  /** Room above the drawing for the view titles, in drawing units. */
  private static final float TOP_ROOM = 8;

  private static final float LEGEND_LINE = 12;
  private static final float LEGEND_GAP = 8;

  private BodyDiagram() {}

  /** The height the diagram with its legend takes at {@code width}. */
  static float height(float width, List<FocusArea> focus) {
    return figureHeight(width) + LEGEND_GAP + legendLines(focus) * LEGEND_LINE;
  }

  private static float figureHeight(float width) {
    return (float) ((BodyOutline.HEIGHT + TOP_ROOM) * width / BodyOutline.WIDTH);
  }

  private static int legendLines(List<FocusArea> focus) {
    return hasGreaterSide(focus) ? 3 : 2;
  }

  private static boolean hasGreaterSide(List<FocusArea> focus) {
    return focus.stream()
        .anyMatch(f -> f.side() == Side.LEFT_GREATER || f.side() == Side.RIGHT_GREATER);
  }

  /** Draws the diagram with its top-left corner at (x, top). */
  static void draw(
      PDPageContentStream c, PdfFonts fonts, List<FocusArea> focus, float x, float top, float width)
      throws IOException {
    float s = (float) (width / BodyOutline.WIDTH);
    Map<BackRegion, int[]> shade = shading(focus);
    c.saveGraphicsState();
    c.setLineJoinStyle(1);
    c.setLineCapStyle(1);
    c.setLineWidth(0.75f);
    // Behind: arms, ears and the fading leg lines.
    for (Shape shape : BodyOutline.shapes()) {
      if (shape.kind() == Kind.OUTLINE) {
        for (boolean mirrored : new boolean[] {false, true}) {
          path(c, BodyOutline.segments(shape, mirrored), x, top, s);
          c.setNonStrokingColor(PAPER);
          c.setStrokingColor(LINE);
          c.fillAndStroke();
        }
      } else if (shape.kind() == Kind.FADE_DOWN || shape.kind() == Kind.FADE_UP) {
        for (boolean mirrored : new boolean[] {false, true}) {
          fade(c, BodyOutline.segments(shape, mirrored), shape.kind() == Kind.FADE_UP, x, top, s);
        }
      }
    }
    for (Shape shape : BodyOutline.shapes()) {
      if (shape.kind() != Kind.REGION) {
        continue;
      }
      int[] level = shade.getOrDefault(shape.region(), new int[2]);
      for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
        int l = level[side == Side.LEFT ? 0 : 1];
        path(c, BodyOutline.segments(shape, BodyOutline.mirrored(shape.view(), side)), x, top, s);
        c.setNonStrokingColor(l == 2 ? GREATER : l == 1 ? FOCUS : REGION);
        c.setStrokingColor(LINE);
        c.fillAndStroke();
      }
    }
    for (Shape shape : BodyOutline.shapes()) {
      if (shape.kind() == Kind.WHOLE) {
        path(c, BodyOutline.segments(shape, false), x, top, s);
        c.setNonStrokingColor(PAPER);
        c.setStrokingColor(LINE);
        c.fillAndStroke();
      }
    }
    c.restoreGraphicsState();
    PageFlow.Style title = new PageFlow.Style(fonts.regular, 7.5f, 9, CAPTION);
    PageFlow.Style mark = new PageFlow.Style(fonts.bold, 8, 9, CAPTION);
    for (Caption caption : BodyOutline.captions()) {
      PageFlow.Style st = caption.sideMark() ? mark : title;
      float baseline = centred(caption, st, top, s);
      if (!caption.sideMark()) {
        // At print sizes the view's title would touch its side marks: keep it clear above them.
        for (Caption other : BodyOutline.captions()) {
          if (other.sideMark() && other.view() == caption.view()) {
            float markTop = centred(other, mark, top, s) + mark.font().face().ascent * mark.size();
            baseline = Math.max(baseline, markTop + st.font().face().descent * st.size() + 1.5f);
          }
        }
      }
      baseline = Math.min(baseline, top - st.font().face().ascent * st.size());
      float w = st.font().width(caption.text(), st.size());
      PageFlow.text(c, st, x + (float) caption.x() * s - w / 2, baseline, caption.text());
    }
    legend(c, fonts, focus, x, top - figureHeight(width) - LEGEND_GAP, width);
  }

  /** The baseline that centres a caption's capitals on its point. */
  private static float centred(Caption caption, PageFlow.Style st, float top, float s) {
    float cy = top - ((float) caption.y() + TOP_ROOM) * s;
    return cy - st.font().face().ascent * st.size() * 0.35f;
  }

  private static void legend(
      PDPageContentStream c, PdfFonts fonts, List<FocusArea> focus, float x, float top, float w)
      throws IOException {
    PageFlow.Style st = new PageFlow.Style(fonts.regular, 7.5f, LEGEND_LINE, CAPTION);
    float line = top;
    swatch(c, st, x, line, FOCUS, "Treatment focus");
    line -= LEGEND_LINE;
    if (hasGreaterSide(focus)) {
      swatch(c, st, x, line, GREATER, "More affected side");
      line -= LEGEND_LINE;
    }
    List<String> note = PageFlow.wrap("L, R: client's left, right", st, w);
    PageFlow.text(c, st, x, line - st.baseline(), note.get(0));
  }

  private static void swatch(
      PDPageContentStream c, PageFlow.Style st, float x, float top, Color fill, String text)
      throws IOException {
    float box = 7;
    float baseline = top - st.baseline();
    c.setNonStrokingColor(fill);
    c.setStrokingColor(LINE);
    c.setLineWidth(0.5f);
    c.addRect(x + 0.25f, baseline - 0.5f, box, box);
    c.fillAndStroke();
    PageFlow.text(c, st, x + box + 5, baseline, st.font().printable(text));
  }

  /** Per region, the shade of the client's left [0] and right [1] half: 0 none, 1 tint, 2 more. */
  static Map<BackRegion, int[]> shading(List<FocusArea> focus) {
    Map<BackRegion, int[]> shade = new EnumMap<>(BackRegion.class);
    for (FocusArea f : focus) {
      int[] level = shade.computeIfAbsent(f.region(), r -> new int[2]);
      int left;
      int right;
      switch (f.side()) {
        case LEFT -> {
          left = 1;
          right = 0;
        }
        case RIGHT -> {
          left = 0;
          right = 1;
        }
        case BILATERAL -> {
          left = 1;
          right = 1;
        }
        case LEFT_GREATER -> {
          left = 2;
          right = 1;
        }
        case RIGHT_GREATER -> {
          left = 1;
          right = 2;
        }
        default -> throw new IllegalStateException("Unknown side " + f.side());
      }
      level[0] = Math.max(level[0], left);
      level[1] = Math.max(level[1], right);
    }
    return shade;
  }

  private static void path(
      PDPageContentStream c, List<Segment> segments, float x, float top, float s)
      throws IOException {
    for (Segment seg : segments) {
      List<Point> p = seg.points();
      switch (seg.command()) {
        case MOVE -> c.moveTo(px(p.get(0), x, s), py(p.get(0), top, s));
        case LINE -> c.lineTo(px(p.get(0), x, s), py(p.get(0), top, s));
        case CURVE ->
            c.curveTo(
                px(p.get(0), x, s),
                py(p.get(0), top, s),
                px(p.get(1), x, s),
                py(p.get(1), top, s),
                px(p.get(2), x, s),
                py(p.get(2), top, s));
        case CLOSE -> c.closePath();
      }
    }
  }

  /**
   * Strokes an open path in short pieces that fade from the line colour to the paper: downwards for
   * legs running off the figure, upwards where the front view is cut off.
   */
  private static void fade(
      PDPageContentStream c, List<Segment> segments, boolean up, float x, float top, float s)
      throws IOException {
    List<Point> points = new java.util.ArrayList<>();
    Point last = null;
    for (Segment seg : segments) {
      List<Point> p = seg.points();
      switch (seg.command()) {
        case MOVE, LINE -> {
          points.add(p.get(0));
          last = p.get(0);
        }
        case CURVE -> {
          for (int i = 1; i <= 8; i++) {
            double t = i / 8.0;
            double u = 1 - t;
            points.add(
                new Point(
                    u * u * u * last.x()
                        + 3 * u * u * t * p.get(0).x()
                        + 3 * u * t * t * p.get(1).x()
                        + t * t * t * p.get(2).x(),
                    u * u * u * last.y()
                        + 3 * u * u * t * p.get(0).y()
                        + 3 * u * t * t * p.get(1).y()
                        + t * t * t * p.get(2).y()));
          }
          last = p.get(2);
        }
        case CLOSE -> {}
      }
    }
    double y0 = points.get(0).y();
    double y1 = points.get(points.size() - 1).y();
    for (int i = 1; i < points.size(); i++) {
      double mid = ((points.get(i - 1).y() + points.get(i).y()) / 2 - y0) / (y1 - y0);
      double strength = up ? mid : 1 - mid;
      float k = (float) Math.max(0, Math.min(1, strength / 0.75));
      c.setStrokingColor(mix(LINE, PAPER, k));
      c.moveTo(px(points.get(i - 1), x, s), py(points.get(i - 1), top, s));
      c.lineTo(px(points.get(i), x, s), py(points.get(i), top, s));
      c.stroke();
    }
  }

  /** {@code k} of {@code a}, the rest {@code b}. */
  private static Color mix(Color a, Color b, float k) {
    return new Color(
        Math.round(a.getRed() * k + b.getRed() * (1 - k)),
        Math.round(a.getGreen() * k + b.getGreen() * (1 - k)),
        Math.round(a.getBlue() * k + b.getBlue() * (1 - k)));
  }

  private static float px(Point p, float x, float s) {
    return x + (float) p.x() * s;
  }

  private static float py(Point p, float top, float s) {
    return top - ((float) p.y() + TOP_ROOM) * s;
  }
}
