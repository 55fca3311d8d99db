package org.knotwork.print;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws the shapes the handout figures are made of (rounded limbs, discs, rounded boxes, arcs,
 * arrows) in the figures' own design units. Every method sets the colour and line width it needs,
 * so figures never depend on what was drawn before.
 */
final class FigurePen {
  /** The person, and the limbs nearest to the reader. */
  static final Color INK = new Color(0x4d5a66);

  /** Limbs on the far side of the body, so the pose reads in depth. */
  static final Color FAR = new Color(0xa7b0b8);

  static final Color ACCENT = new Color(0x2a7f8f);
  static final Color ACCENT_LIGHT = new Color(0xd3e8ec);
  static final Color GREY = new Color(0x8e979f);
  static final Color GREY_LIGHT = new Color(0xe1e5e8);
  static final Color WHITE = Color.WHITE;

  /** Line widths in design units. */
  static final float LIMB = 9f;

  static final float TORSO = 15f;
  static final float HEAD = 10.5f;

  /** Bézier handle length for a quarter circle of radius 1. */
  private static final float KAPPA = 0.5523f;

  private final PDPageContentStream content;

  FigurePen(PDPageContentStream content) {
    this.content = content;
  }

  /** A round-capped polyline through the points (x0, y0, x1, y1, ...). */
  void limb(Color color, float width, float... points) throws IOException {
    stroking(color, width);
    content.moveTo(points[0], points[1]);
    for (int i = 2; i < points.length; i += 2) {
      content.lineTo(points[i], points[i + 1]);
    }
    content.stroke();
  }

  /**
   * A limb with a thin white edge, so that it stays readable where it crosses the body or another
   * limb of the same colour. The first point is the joint it grows from.
   */
  void outlined(Color color, float width, float... points) throws IOException {
    float[] edge = points.clone();
    float dx = points[2] - points[0];
    float dy = points[3] - points[1];
    float length = (float) Math.hypot(dx, dy);
    if (length > width) {
      // leave the joint the limb grows from without an edge, so it stays attached to the body
      edge[0] += dx / length * width;
      edge[1] += dy / length * width;
    }
    limb(WHITE, width + 4, edge);
    limb(color, width, points);
  }

  /** A round-capped cubic Bézier from (x0, y0) to (x3, y3). */
  void curve(
      Color color,
      float width,
      float x0,
      float y0,
      float x1,
      float y1,
      float x2,
      float y2,
      float x3,
      float y3)
      throws IOException {
    stroking(color, width);
    content.moveTo(x0, y0);
    content.curveTo(x1, y1, x2, y2, x3, y3);
    content.stroke();
  }

  /** Moves everything drawn after this by (dx, dy) design units. */
  void shift(float dx, float dy) throws IOException {
    content.transform(Matrix.getTranslateInstance(dx, dy));
  }

  /**
   * A closed path, filled and then outlined (either may be null). The first segment is the start
   * point {x, y}; each further one is {x, y} for a line or {x1, y1, x2, y2, x3, y3} for a curve.
   */
  void path(Color fill, Color line, float width, float[][] segments) throws IOException {
    for (Color color : new Color[] {fill, line}) {
      if (color == null) {
        continue;
      }
      content.moveTo(segments[0][0], segments[0][1]);
      for (int i = 1; i < segments.length; i++) {
        float[] s = segments[i];
        if (s.length == 2) {
          content.lineTo(s[0], s[1]);
        } else {
          content.curveTo(s[0], s[1], s[2], s[3], s[4], s[5]);
        }
      }
      content.closePath();
      if (color == fill) {
        filling(fill);
        content.fill();
      } else {
        stroking(line, width);
        content.stroke();
      }
    }
  }

  /** A dashed straight line. */
  void dashed(Color color, float width, float dash, float x0, float y0, float x1, float y1)
      throws IOException {
    content.saveGraphicsState();
    content.setLineDashPattern(new float[] {dash, dash * 1.2f}, 0);
    limb(color, width, x0, y0, x1, y1);
    content.restoreGraphicsState();
  }

  void disc(Color color, float cx, float cy, float r) throws IOException {
    ellipsePath(cx, cy, r, r);
    filling(color);
    content.fill();
  }

  void ring(Color color, float width, float cx, float cy, float r) throws IOException {
    ellipsePath(cx, cy, r, r);
    stroking(color, width);
    content.stroke();
  }

  void ellipse(Color color, float cx, float cy, float rx, float ry) throws IOException {
    ellipsePath(cx, cy, rx, ry);
    filling(color);
    content.fill();
  }

  /** A rounded box, filled, then outlined if {@code line} is not null. */
  void box(Color fill, Color line, float width, float x, float y, float w, float h, float r)
      throws IOException {
    if (fill != null) {
      roundRectPath(x, y, w, h, r);
      filling(fill);
      content.fill();
    }
    if (line != null) {
      roundRectPath(x, y, w, h, r);
      stroking(line, width);
      content.stroke();
    }
  }

  /** A filled polygon through the points, outlined if {@code line} is not null. */
  void polygon(Color fill, Color line, float width, float... points) throws IOException {
    for (Color color : new Color[] {fill, line}) {
      if (color == null) {
        continue;
      }
      content.moveTo(points[0], points[1]);
      for (int i = 2; i < points.length; i += 2) {
        content.lineTo(points[i], points[i + 1]);
      }
      content.closePath();
      if (color == fill) {
        filling(fill);
        content.fill();
      } else {
        stroking(line, width);
        content.stroke();
      }
    }
  }

  /** An arc of a circle, counter-clockwise from {@code fromDegrees} to {@code toDegrees}. */
  void arc(
      Color color, float width, float cx, float cy, float r, float fromDegrees, float toDegrees)
      throws IOException {
    stroking(color, width);
    arcPath(cx, cy, r, fromDegrees, toDegrees, true);
    content.stroke();
  }

  /** A filled arrow head with its tip at (x, y), pointing in {@code degrees}. */
  void arrowHead(Color color, float x, float y, float degrees, float size) throws IOException {
    double a = Math.toRadians(degrees);
    double back = Math.toRadians(degrees + 180);
    float bx = x + (float) Math.cos(back) * size;
    float by = y + (float) Math.sin(back) * size;
    float px = (float) -Math.sin(a) * size * 0.6f;
    float py = (float) Math.cos(a) * size * 0.6f;
    stroking(color, 1.5f);
    polygon(color, color, 1.5f, x, y, bx + px, by + py, bx - px, by - py);
  }

  /** A straight arrow from (x0, y0) to the tip (x1, y1). */
  void arrow(Color color, float width, float x0, float y0, float x1, float y1) throws IOException {
    double angle = Math.atan2(y1 - y0, x1 - x0);
    float head = width * 3.2f;
    float sx = x1 - (float) Math.cos(angle) * head * 0.8f;
    float sy = y1 - (float) Math.sin(angle) * head * 0.8f;
    limb(color, width, x0, y0, sx, sy);
    arrowHead(color, x1, y1, (float) Math.toDegrees(angle), head);
  }

  /** A wavy horizontal line of {@code waves} crests from x0 to x1 around y. */
  void wave(Color color, float width, float x0, float x1, float y, float amplitude, int waves)
      throws IOException {
    stroking(color, width);
    wavePath(x0, x1, y, amplitude, waves, true);
    content.stroke();
  }

  /** Fills a band of water between a wavy top line at y and a gently wavy bottom edge. */
  void water(Color color, float x0, float x1, float y, float amplitude, int waves, float bottom)
      throws IOException {
    wavePath(x0, x1, y, amplitude, waves, true);
    content.lineTo(x1, bottom);
    wavePath(x1, x0, bottom, amplitude * 0.6f, waves, false);
    content.closePath();
    filling(color);
    content.fill();
  }

  private void wavePath(float x0, float x1, float y, float amplitude, int waves, boolean move)
      throws IOException {
    float step = (x1 - x0) / waves;
    if (move) {
      content.moveTo(x0, y);
    } else {
      content.lineTo(x0, y);
    }
    float up = amplitude * 1.3f * Math.signum(step);
    for (int i = 0; i < waves; i++) {
      float a = x0 + i * step;
      content.curveTo(a + step * 0.25f, y + up, a + step * 0.25f, y + up, a + step / 2, y);
      content.curveTo(a + step * 0.75f, y - up, a + step * 0.75f, y - up, a + step, y);
    }
  }

  private void stroking(Color color, float width) throws IOException {
    content.setStrokingColor(color);
    content.setLineWidth(width);
  }

  private void filling(Color color) throws IOException {
    content.setNonStrokingColor(color);
  }

  private void ellipsePath(float cx, float cy, float rx, float ry) throws IOException {
    float kx = rx * KAPPA;
    float ky = ry * KAPPA;
    content.moveTo(cx + rx, cy);
    content.curveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
    content.curveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
    content.curveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
    content.curveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
    content.closePath();
  }

  private void roundRectPath(float x, float y, float w, float h, float r) throws IOException {
    float k = r * KAPPA;
    content.moveTo(x + r, y);
    content.lineTo(x + w - r, y);
    content.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
    content.lineTo(x + w, y + h - r);
    content.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
    content.lineTo(x + r, y + h);
    content.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
    content.lineTo(x, y + r);
    content.curveTo(x, y + r - k, x + r - k, y, x + r, y);
    content.closePath();
  }

  /** Appends an arc in pieces of at most 90 degrees, each one cubic Bézier. */
  void arcPath(float cx, float cy, float r, float fromDegrees, float toDegrees, boolean move)
      throws IOException {
    int pieces = (int) Math.ceil(Math.abs(toDegrees - fromDegrees) / 90f);
    double step = Math.toRadians((toDegrees - fromDegrees) / pieces);
    double a = Math.toRadians(fromDegrees);
    double handle = 4.0 / 3.0 * Math.tan(step / 4) * r;
    if (move) {
      content.moveTo(cx + (float) (r * Math.cos(a)), cy + (float) (r * Math.sin(a)));
    } else {
      content.lineTo(cx + (float) (r * Math.cos(a)), cy + (float) (r * Math.sin(a)));
    }
    for (int i = 0; i < pieces; i++) {
      double b = a + step;
      content.curveTo(
          cx + (float) (r * Math.cos(a) - handle * Math.sin(a)),
          cy + (float) (r * Math.sin(a) + handle * Math.cos(a)),
          cx + (float) (r * Math.cos(b) + handle * Math.sin(b)),
          cy + (float) (r * Math.sin(b) - handle * Math.cos(b)),
          cx + (float) (r * Math.cos(b)),
          cy + (float) (r * Math.sin(b)));
      a = b;
    }
  }

  /** Fills a path built from arcs by the caller (for crescents and similar shapes). */
  void fillArcs(Color color, float[][] arcs) throws IOException {
    boolean first = true;
    for (float[] arc : arcs) {
      arcPath(arc[0], arc[1], arc[2], arc[3], arc[4], first);
      first = false;
    }
    content.closePath();
    filling(color);
    content.fill();
  }
}
