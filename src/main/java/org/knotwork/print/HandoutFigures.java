package org.knotwork.print;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.knotwork.handout.FigureDrawing;
import org.knotwork.handout.FigureDrawing.Close;
import org.knotwork.handout.FigureDrawing.Curve;
import org.knotwork.handout.FigureDrawing.Line;
import org.knotwork.handout.FigureDrawing.Mark;
import org.knotwork.handout.FigureDrawing.Move;
import org.knotwork.handout.FigureDrawing.Segment;
import org.knotwork.handout.HandoutFigure;

/**
 * Paints the figure of a handout ({@link HandoutFigure#drawing()}) as vector shapes into a box on
 * the page (PDF coordinates: x, y is the box's lower-left corner). The drawing keeps its
 * proportions, is centred in the box and never leaves it.
 */
public final class HandoutFigures {
  /** Width of the design grid; the figures' aspect ratio is WIDTH : HEIGHT. */
  static final float WIDTH = FigureDrawing.WIDTH;

  static final float HEIGHT = FigureDrawing.HEIGHT;

  /** The person, and the limbs nearest to the reader. */
  static final Color INK = new Color(0x4d5a66);

  /** Limbs on the far side of the body, so the pose reads in depth. */
  static final Color FAR = new Color(0xa7b0b8);

  static final Color ACCENT = new Color(0x2a7f8f);
  static final Color ACCENT_LIGHT = new Color(0xd3e8ec);
  static final Color GREY = new Color(0x8e979f);
  static final Color GREY_LIGHT = new Color(0xe1e5e8);
  static final Color PAPER = Color.WHITE;

  private HandoutFigures() {}

  public static void draw(
      PDPageContentStream content,
      HandoutFigure figure,
      float x,
      float y,
      float width,
      float height)
      throws IOException {
    float scale = Math.min(width / WIDTH, height / HEIGHT);
    if (!(scale > 0)) {
      return;
    }
    content.saveGraphicsState();
    content.addRect(x, y, width, height);
    content.clip();
    content.transform(
        new Matrix(
            scale,
            0,
            0,
            scale,
            x + (width - WIDTH * scale) / 2,
            y + (height - HEIGHT * scale) / 2));
    content.setLineCapStyle(1);
    content.setLineJoinStyle(1);
    for (Mark mark : figure.drawing().marks()) {
      paint(content, mark);
    }
    content.restoreGraphicsState();
  }

  private static void paint(PDPageContentStream content, Mark mark) throws IOException {
    boolean dashed = mark.dash() > 0;
    if (dashed) {
      content.saveGraphicsState();
      content.setLineDashPattern(new float[] {mark.dash(), mark.dash() * 1.2f}, 0);
    }
    if (mark.filled()) {
      content.setNonStrokingColor(colour(mark.tone()));
    } else {
      content.setStrokingColor(colour(mark.tone()));
      content.setLineWidth(mark.width());
    }
    for (Segment s : mark.path()) {
      if (s instanceof Move m) {
        content.moveTo(m.x(), m.y());
      } else if (s instanceof Line l) {
        content.lineTo(l.x(), l.y());
      } else if (s instanceof Curve c) {
        content.curveTo(c.x1(), c.y1(), c.x2(), c.y2(), c.x3(), c.y3());
      } else if (s instanceof Close) {
        content.closePath();
      }
    }
    if (mark.filled()) {
      content.fill();
    } else {
      content.stroke();
    }
    if (dashed) {
      content.restoreGraphicsState();
    }
  }

  private static Color colour(FigureDrawing.Tone tone) {
    return switch (tone) {
      case INK -> INK;
      case FAR -> FAR;
      case ACCENT -> ACCENT;
      case ACCENT_LIGHT -> ACCENT_LIGHT;
      case GREY -> GREY;
      case GREY_LIGHT -> GREY_LIGHT;
      case PAPER -> PAPER;
    };
  }
}
