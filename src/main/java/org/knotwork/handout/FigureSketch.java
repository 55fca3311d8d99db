package org.knotwork.handout;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.handout.FigureDrawing.Close;
import org.knotwork.handout.FigureDrawing.Curve;
import org.knotwork.handout.FigureDrawing.Line;
import org.knotwork.handout.FigureDrawing.Mark;
import org.knotwork.handout.FigureDrawing.Move;
import org.knotwork.handout.FigureDrawing.Segment;
import org.knotwork.handout.FigureDrawing.Tone;

/**
 * Records the shapes the handout figures are made of (rounded limbs, discs, rounded boxes, arcs,
 * arrows) in the figures' design units, as the marks of a {@link FigureDrawing}. Every shape names
 * the colour and line width it needs, so figures never depend on what was drawn before.
 */
final class FigureSketch {
  /** Line widths in design units. */
  static final float LIMB = 9f;

  static final float TORSO = 15f;
  static final float HEAD = 10.5f;

  /** Bézier handle length for a quarter circle of radius 1. */
  private static final float KAPPA = 0.5523f;

  private final List<Mark> marks = new ArrayList<>();
  private final List<Segment> path = new ArrayList<>();
  private float dx;
  private float dy;

  FigureDrawing drawing() {
    return new FigureDrawing(marks);
  }

  /** A round-capped polyline through the points (x0, y0, x1, y1, ...). */
  void limb(Tone color, float width, float... points) {
    polyline(points);
    stroke(color, width, 0);
  }

  /**
   * A limb with a thin edge in the paper's colour, so that it stays readable where it crosses the
   * body or another limb of the same colour. The first point is the joint it grows from.
   */
  void outlined(Tone color, float width, float... points) {
    float[] edge = points.clone();
    float ex = points[2] - points[0];
    float ey = points[3] - points[1];
    float length = (float) Math.hypot(ex, ey);
    if (length > width) {
      // leave the joint the limb grows from without an edge, so it stays attached to the body
      edge[0] += ex / length * width;
      edge[1] += ey / length * width;
    }
    limb(Tone.PAPER, width + 4, edge);
    limb(color, width, points);
  }

  /** A round-capped cubic Bézier from (x0, y0) to (x3, y3). */
  void curve(
      Tone color,
      float width,
      float x0,
      float y0,
      float x1,
      float y1,
      float x2,
      float y2,
      float x3,
      float y3) {
    moveTo(x0, y0);
    curveTo(x1, y1, x2, y2, x3, y3);
    stroke(color, width, 0);
  }

  /** Moves everything drawn after this by (x, y) design units. */
  void shift(float x, float y) {
    dx += x;
    dy += y;
  }

  /**
   * A closed path, filled and then outlined (either may be null). The first segment is the start
   * point {x, y}; each further one is {x, y} for a line or {x1, y1, x2, y2, x3, y3} for a curve.
   */
  void path(Tone fill, Tone line, float width, float[][] segments) {
    for (Tone color : new Tone[] {fill, line}) {
      if (color == null) {
        continue;
      }
      moveTo(segments[0][0], segments[0][1]);
      for (int i = 1; i < segments.length; i++) {
        float[] s = segments[i];
        if (s.length == 2) {
          lineTo(s[0], s[1]);
        } else {
          curveTo(s[0], s[1], s[2], s[3], s[4], s[5]);
        }
      }
      closePath();
      if (color == fill) {
        fill(fill);
      } else {
        stroke(line, width, 0);
      }
    }
  }

  /** A dashed straight line. */
  void dashed(Tone color, float width, float dash, float x0, float y0, float x1, float y1) {
    polyline(x0, y0, x1, y1);
    stroke(color, width, dash);
  }

  void disc(Tone color, float cx, float cy, float r) {
    ellipsePath(cx, cy, r, r);
    fill(color);
  }

  void ring(Tone color, float width, float cx, float cy, float r) {
    ellipsePath(cx, cy, r, r);
    stroke(color, width, 0);
  }

  void ellipse(Tone color, float cx, float cy, float rx, float ry) {
    ellipsePath(cx, cy, rx, ry);
    fill(color);
  }

  /** A rounded box, filled, then outlined if {@code line} is not null. */
  void box(Tone fill, Tone line, float width, float x, float y, float w, float h, float r) {
    if (fill != null) {
      roundRectPath(x, y, w, h, r);
      fill(fill);
    }
    if (line != null) {
      roundRectPath(x, y, w, h, r);
      stroke(line, width, 0);
    }
  }

  /** A filled polygon through the points, outlined if {@code line} is not null. */
  void polygon(Tone fill, Tone line, float width, float... points) {
    for (Tone color : new Tone[] {fill, line}) {
      if (color == null) {
        continue;
      }
      polyline(points);
      closePath();
      if (color == fill) {
        fill(fill);
      } else {
        stroke(line, width, 0);
      }
    }
  }

  /** An arc of a circle, counter-clockwise from {@code fromDegrees} to {@code toDegrees}. */
  void arc(
      Tone color, float width, float cx, float cy, float r, float fromDegrees, float toDegrees) {
    arcPath(cx, cy, r, fromDegrees, toDegrees, true);
    stroke(color, width, 0);
  }

  /** A filled arrow head with its tip at (x, y), pointing in {@code degrees}. */
  void arrowHead(Tone color, float x, float y, float degrees, float size) {
    double a = Math.toRadians(degrees);
    double back = Math.toRadians(degrees + 180);
    float bx = x + (float) Math.cos(back) * size;
    float by = y + (float) Math.sin(back) * size;
    float px = (float) -Math.sin(a) * size * 0.6f;
    float py = (float) Math.cos(a) * size * 0.6f;
    polygon(color, color, 1.5f, x, y, bx + px, by + py, bx - px, by - py);
  }

  /** A straight arrow from (x0, y0) to the tip (x1, y1). */
  void arrow(Tone color, float width, float x0, float y0, float x1, float y1) {
    double angle = Math.atan2(y1 - y0, x1 - x0);
    float head = width * 3.2f;
    float sx = x1 - (float) Math.cos(angle) * head * 0.8f;
    float sy = y1 - (float) Math.sin(angle) * head * 0.8f;
    limb(color, width, x0, y0, sx, sy);
    arrowHead(color, x1, y1, (float) Math.toDegrees(angle), head);
  }

  /** A wavy horizontal line of {@code waves} crests from x0 to x1 around y. */
  void wave(Tone color, float width, float x0, float x1, float y, float amplitude, int waves) {
    wavePath(x0, x1, y, amplitude, waves, true);
    stroke(color, width, 0);
  }

  /** Fills a band of water between a wavy top line at y and a gently wavy bottom edge. */
  void water(Tone color, float x0, float x1, float y, float amplitude, int waves, float bottom) {
    wavePath(x0, x1, y, amplitude, waves, true);
    lineTo(x1, bottom);
    wavePath(x1, x0, bottom, amplitude * 0.6f, waves, false);
    closePath();
    fill(color);
  }

  /** Fills a path built from arcs by the caller (for crescents and similar shapes). */
  void fillArcs(Tone color, float[][] arcs) {
    boolean first = true;
    for (float[] arc : arcs) {
      arcPath(arc[0], arc[1], arc[2], arc[3], arc[4], first);
      first = false;
    }
    closePath();
    fill(color);
  }

  private void wavePath(float x0, float x1, float y, float amplitude, int waves, boolean move) {
    float step = (x1 - x0) / waves;
    if (move) {
      moveTo(x0, y);
    } else {
      lineTo(x0, y);
    }
    float up = amplitude * 1.3f * Math.signum(step);
    for (int i = 0; i < waves; i++) {
      float a = x0 + i * step;
      curveTo(a + step * 0.25f, y + up, a + step * 0.25f, y + up, a + step / 2, y);
      curveTo(a + step * 0.75f, y - up, a + step * 0.75f, y - up, a + step, y);
    }
  }

  private void ellipsePath(float cx, float cy, float rx, float ry) {
    float kx = rx * KAPPA;
    float ky = ry * KAPPA;
    moveTo(cx + rx, cy);
    curveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
    curveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
    curveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
    curveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
    closePath();
  }

  private void roundRectPath(float x, float y, float w, float h, float r) {
    float k = r * KAPPA;
    moveTo(x + r, y);
    lineTo(x + w - r, y);
    curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
    lineTo(x + w, y + h - r);
    curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
    lineTo(x + r, y + h);
    curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
    lineTo(x, y + r);
    curveTo(x, y + r - k, x + r - k, y, x + r, y);
    closePath();
  }

  /** Appends an arc in pieces of at most 90 degrees, each one cubic Bézier. */
  private void arcPath(
      float cx, float cy, float r, float fromDegrees, float toDegrees, boolean move) {
    int pieces = (int) Math.ceil(Math.abs(toDegrees - fromDegrees) / 90f);
    double step = Math.toRadians((toDegrees - fromDegrees) / pieces);
    double a = Math.toRadians(fromDegrees);
    double handle = 4.0 / 3.0 * Math.tan(step / 4) * r;
    if (move) {
      moveTo(cx + (float) (r * Math.cos(a)), cy + (float) (r * Math.sin(a)));
    } else {
      lineTo(cx + (float) (r * Math.cos(a)), cy + (float) (r * Math.sin(a)));
    }
    for (int i = 0; i < pieces; i++) {
      double b = a + step;
      curveTo(
          cx + (float) (r * Math.cos(a) - handle * Math.sin(a)),
          cy + (float) (r * Math.sin(a) + handle * Math.cos(a)),
          cx + (float) (r * Math.cos(b) + handle * Math.sin(b)),
          cy + (float) (r * Math.sin(b) - handle * Math.cos(b)),
          cx + (float) (r * Math.cos(b)),
          cy + (float) (r * Math.sin(b)));
      a = b;
    }
  }

  // --- the path being built, and painting it ---

  private void polyline(float... points) {
    moveTo(points[0], points[1]);
    for (int i = 2; i < points.length; i += 2) {
      lineTo(points[i], points[i + 1]);
    }
  }

  private void moveTo(float x, float y) {
    path.add(new Move(x + dx, y + dy));
  }

  private void lineTo(float x, float y) {
    path.add(new Line(x + dx, y + dy));
  }

  private void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    path.add(new Curve(x1 + dx, y1 + dy, x2 + dx, y2 + dy, x3 + dx, y3 + dy));
  }

  private void closePath() {
    path.add(new Close());
  }

  private void stroke(Tone color, float width, float dash) {
    marks.add(new Mark(color, false, width, dash, path));
    path.clear();
  }

  private void fill(Tone color) {
    marks.add(new Mark(color, true, 0, 0, path));
    path.clear();
  }
}
