package org.knotwork.handout;

import java.util.List;

/**
 * What a handout figure looks like, independent of where it is drawn: the printed handout (PDF) and
 * the Handouts page paint the same marks.
 *
 * <p>Coordinates are on a {@value #WIDTH} × {@value #HEIGHT} design grid with y pointing up. Marks
 * are painted in order, later ones over earlier ones; lines have round caps and joins. Colours are
 * roles ({@link Tone}) that each painter turns into its own colours (paper, or the screen theme).
 *
 * @param marks what to paint, first to last
 */
public record FigureDrawing(List<Mark> marks) {
  /** Width of the design grid; a figure's aspect ratio is WIDTH : HEIGHT. */
  public static final float WIDTH = 240f;

  public static final float HEIGHT = 160f;

  public FigureDrawing {
    marks = List.copyOf(marks);
  }

  /** The colour role of a mark. */
  public enum Tone {
    /** The person, and the limbs nearest to the reader. */
    INK,
    /** Limbs on the far side of the body, so the pose reads in depth. */
    FAR,
    /** What the handout is about: the strap, arrows, water. */
    ACCENT,
    /** The area being stretched, and soft fills. */
    ACCENT_LIGHT,
    /** Furniture and objects. */
    GREY,
    /** Mats, the ground and light fills. */
    GREY_LIGHT,
    /** The colour of the page: edges that keep crossing limbs apart, and cut-outs. */
    PAPER
  }

  /**
   * One painted path.
   *
   * @param filled true to fill the path (non-zero winding), false to stroke it
   * @param width line width in design units; unused for fills
   * @param dash length of the dashes of a dashed line (gaps are 1.2 times as long); 0 for solid
   * @param path the path, starting with a {@link Move}
   */
  public record Mark(Tone tone, boolean filled, float width, float dash, List<Segment> path) {
    public Mark {
      path = List.copyOf(path);
    }
  }

  /** A piece of a path. */
  public sealed interface Segment permits Move, Line, Curve, Close {}

  /** Starts a new part of the path at (x, y). */
  public record Move(float x, float y) implements Segment {}

  /** A straight line to (x, y). */
  public record Line(float x, float y) implements Segment {}

  /** A cubic Bézier curve with control points (x1, y1), (x2, y2) ending at (x3, y3). */
  public record Curve(float x1, float y1, float x2, float y2, float x3, float y3)
      implements Segment {}

  /** A straight line back to where the current part of the path began. */
  public record Close() implements Segment {}
}
