package org.knotwork.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body figure shared by the on-screen chart and the printed plan: a back view with a small
 * front view of the hips, where each region is split into the client's left and right half.
 *
 * <p>Every shape is written once, for the viewer's left of its view, with x measured from the
 * midline; it is drawn again mirrored unless its kind is {@link Kind#WHOLE}. In the back view the
 * viewer's left is the client's left; in the front view the viewer's left is the client's right
 * ({@link #mirrored}). {@link #place} moves a shape into the drawing, which is {@link #WIDTH} ×
 * {@link #HEIGHT} units with y growing downwards.
 */
public final class BodyOutline {
  /** The drawing's own size. */
  public static final double WIDTH = 300;

  public static final double HEIGHT = 412;
  public static final double BACK_X = 114;
  public static final double FRONT_X = 252;
  public static final double FRONT_Y = 268;
  public static final double FRONT_TOP = 200;
  public static final double FRONT_SCALE = 0.66;

  /** What a shape is for. */
  public enum Kind {
    /** A part of the body outline drawn behind the regions (ears, arms). */
    OUTLINE,
    /** A line fading out upwards (where the front view is cut off). */
    FADE_UP,
    /** A line fading out downwards (legs running off the figure). */
    FADE_DOWN,
    /** One half of a {@link BackRegion}. */
    REGION,
    /** Drawn once, above the regions, not mirrored (the head). */
    WHOLE
  }

  /** Which of the two views a shape belongs to. */
  public enum View {
    BACK,
    FRONT
  }

  /** A point in the figure's coordinates. */
  public record Point(double x, double y) {}

  /**
   * One shape as written: on the viewer's left of its view, x measured from the midline.
   *
   * @param region the region for {@link Kind#REGION}; null otherwise
   * @param labelPoint where a region's value is written; null for other kinds
   * @param path SVG-like path text using M, L, C and Z with absolute "x,y" pairs
   */
  public record Shape(Kind kind, View view, BackRegion region, Point labelPoint, String path) {
    public Shape {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(view, "view");
      Objects.requireNonNull(path, "path");
    }

    /** Whether the shape is drawn a second time, mirrored across the midline. */
    public boolean drawnTwice() {
      return kind != Kind.WHOLE;
    }
  }

  /** A caption in the figure, centred on (x, y): a view's title or an "L"/"R" side mark. */
  public record Caption(View view, boolean sideMark, double x, double y, String text) {}

  /** Path commands understood by {@link #parse}. */
  public enum Command {
    MOVE,
    LINE,
    CURVE,
    CLOSE
  }

  /** One path command with its points (1 for move and line, 3 for a curve, none to close). */
  public record Segment(Command command, List<Point> points) {
    public Segment {
      points = List.copyOf(points);
    }
  }

  /**
   * One shape a line: kind, view, [label point for regions,] path. Lines indented further continue
   * the one above. Regions are listed in keyboard order.
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
  private static final Pattern TOKEN = Pattern.compile("[MLCZ]|-?[\\d.]+,-?[\\d.]+");

  private static final List<Shape> SHAPES = read(GEOMETRY);

  private static final List<Caption> CAPTIONS =
      List.of(
          new Caption(View.BACK, false, BACK_X, 4, "Back"),
          new Caption(View.BACK, true, BACK_X - 50, 46, "L"),
          new Caption(View.BACK, true, BACK_X + 50, 46, "R"),
          new Caption(View.FRONT, false, FRONT_X, FRONT_Y - 42, "Front"),
          new Caption(View.FRONT, true, FRONT_X - 18, FRONT_Y - 24, "R"),
          new Caption(View.FRONT, true, FRONT_X + 18, FRONT_Y - 24, "L"));

  private BodyOutline() {}

  /** Every shape in drawing order: outlines and fades, then the regions, then whole shapes. */
  public static List<Shape> shapes() {
    return SHAPES;
  }

  /** The view titles and side marks, already placed in the drawing. */
  public static List<Caption> captions() {
    return CAPTIONS;
  }

  /**
   * Whether the client's {@code side} (LEFT or RIGHT) of a region is the mirrored copy: the right
   * half in the back view, the left half in the front view.
   */
  public static boolean mirrored(View view, Side side) {
    if (side != Side.LEFT && side != Side.RIGHT) {
      throw new IllegalArgumentException("A region half is LEFT or RIGHT, not " + side);
    }
    return (side == Side.RIGHT) != (view == View.FRONT);
  }

  /** Moves a point from its shape's coordinates into the drawing. */
  public static Point place(Point p, boolean mirrored, View view) {
    double x = p.x() * (mirrored ? -1 : 1);
    double y = p.y();
    if (view == View.FRONT) {
      x *= FRONT_SCALE;
      y = FRONT_Y + (y - FRONT_TOP) * FRONT_SCALE;
    }
    return new Point((view == View.FRONT ? FRONT_X : BACK_X) + x, y);
  }

  /** Moves every "x,y" pair of a path into the drawing, keeping the commands as written. */
  public static String place(String path, boolean mirrored, View view) {
    Matcher m = PAIR.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Point p =
          place(
              new Point(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))),
              mirrored,
              view);
      m.appendReplacement(out, String.format(Locale.ROOT, "%.1f,%.1f", p.x(), p.y()));
    }
    return m.appendTail(out).toString();
  }

  /** A shape's path placed in the drawing, as segments. */
  public static List<Segment> segments(Shape shape, boolean mirrored) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : parse(shape.path())) {
      out.add(
          new Segment(
              s.command(),
              s.points().stream().map(p -> place(p, mirrored, shape.view())).toList()));
    }
    return out;
  }

  /**
   * Parses path text with absolute M, L, C and Z commands and "x,y" pairs. Further pairs after a
   * command repeat it (after M they are lines, as in SVG).
   */
  public static List<Segment> parse(String path) {
    List<Segment> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(path);
    Command command = null;
    List<Point> points = new ArrayList<>();
    while (m.find()) {
      String token = m.group();
      switch (token) {
        case "M" -> command = Command.MOVE;
        case "L" -> command = Command.LINE;
        case "C" -> command = Command.CURVE;
        case "Z" -> {
          if (!points.isEmpty()) {
            throw new IllegalArgumentException("Incomplete curve before Z in: " + path);
          }
          out.add(new Segment(Command.CLOSE, List.of()));
          command = null;
        }
        default -> {
          if (command == null) {
            throw new IllegalArgumentException("Coordinates without a command in: " + path);
          }
          int comma = token.indexOf(',');
          points.add(
              new Point(
                  Double.parseDouble(token.substring(0, comma)),
                  Double.parseDouble(token.substring(comma + 1))));
          int needed = command == Command.CURVE ? 3 : 1;
          if (points.size() == needed) {
            out.add(new Segment(command, points));
            points = new ArrayList<>();
            if (command == Command.MOVE) {
              command = Command.LINE;
            }
          }
        }
      }
    }
    if (!points.isEmpty()) {
      throw new IllegalArgumentException("Incomplete command at the end of: " + path);
    }
    return List.copyOf(out);
  }

  private static List<Shape> read(String geometry) {
    List<Shape> shapes = new ArrayList<>();
    for (String line : geometry.replace("\n    ", " ").strip().split("\n")) {
      String[] f = line.split(" ", 3);
      View view = View.valueOf(f[1].toUpperCase(Locale.ROOT));
      if (Character.isLowerCase(f[0].charAt(0))) {
        Kind kind = Kind.valueOf(f[0].toUpperCase(Locale.ROOT).replace('-', '_'));
        shapes.add(new Shape(kind, view, null, null, f[2]));
      } else {
        String[] spotAndPath = f[2].split(" ", 2);
        String[] spot = spotAndPath[0].split(",");
        shapes.add(
            new Shape(
                Kind.REGION,
                view,
                BackRegion.valueOf(f[0]),
                new Point(Double.parseDouble(spot[0]), Double.parseDouble(spot[1])),
                spotAndPath[1]));
      }
    }
    return List.copyOf(shapes);
  }
}
