package org.knotwork.handout;

import static org.knotwork.handout.FigureDrawing.Tone.ACCENT;
import static org.knotwork.handout.FigureDrawing.Tone.ACCENT_LIGHT;
import static org.knotwork.handout.FigureDrawing.Tone.FAR;
import static org.knotwork.handout.FigureDrawing.Tone.GREY;
import static org.knotwork.handout.FigureDrawing.Tone.GREY_LIGHT;
import static org.knotwork.handout.FigureDrawing.Tone.INK;
import static org.knotwork.handout.FigureDrawing.Tone.PAPER;
import static org.knotwork.handout.FigureSketch.HEAD;
import static org.knotwork.handout.FigureSketch.LIMB;
import static org.knotwork.handout.FigureSketch.TORSO;

import java.util.EnumMap;
import java.util.Map;

/**
 * The drawings of the handout figures, on the {@value FigureDrawing#WIDTH} × {@value
 * FigureDrawing#HEIGHT} design grid (y up).
 *
 * <p>People are friendly rounded stick figures seen from the side: the far arm and leg in a light
 * grey, the near ones in the ink colour, and the area being stretched in a light accent.
 */
final class FigureDrawings {
  private static final Map<HandoutFigure, FigureDrawing> DRAWINGS =
      new EnumMap<>(HandoutFigure.class);

  private FigureDrawings() {}

  static synchronized FigureDrawing of(HandoutFigure figure) {
    return DRAWINGS.computeIfAbsent(figure, FigureDrawings::sketch);
  }

  private static FigureDrawing sketch(HandoutFigure figure) {
    FigureSketch pen = new FigureSketch();
    switch (figure) {
      case HAMSTRING_STRETCH -> hamstring(pen);
      case HIP_FLEXOR_STRETCH -> hipFlexor(pen);
      case GLUTE_PIRIFORMIS_STRETCH -> figureFour(pen);
      case UPPER_BACK_STRETCH -> upperBack(pen);
      case DESK_POSTURE -> desk(pen);
      case LIFTING -> lifting(pen);
      case HEAT_COLD -> heatCold(pen);
      case AFTER_MASSAGE -> afterMassage(pen);
      case STAYING_ACTIVE -> stayingActive(pen);
      case BREATHING -> breathing(pen);
      case SEE_A_DOCTOR -> seeADoctor(pen);
    }
    return pen.drawing();
  }

  /** Lying on the back, one leg raised straight with a strap round the foot. */
  private static void hamstring(FigureSketch pen) {
    mat(pen);
    pen.limb(ACCENT_LIGHT, 24, 114, 50, 107, 84);
    // far leg: knee bent, foot flat on the mat
    pen.limb(FAR, LIMB, 116, 41, 150, 74, 176, 38, 189, 38);
    lyingBody(pen);
    // near leg raised towards the ceiling, sole up
    pen.limb(INK, LIMB, 116, 41, 106, 88, 96, 132, 84, 130);
    // strap from both hands over the sole
    pen.limb(ACCENT, 3.5f, 74, 96, 80, 137, 92, 140, 77, 96);
    pen.outlined(INK, LIMB, 56, 42, 62, 70, 76, 92);
  }

  /** Half kneeling, the back knee on a cushion, body upright. */
  private static void hipFlexor(FigureSketch pen) {
    ground(pen);
    pen.box(ACCENT_LIGHT, ACCENT, 2, 60, 23, 38, 8, 4);
    pen.limb(ACCENT_LIGHT, 24, 110, 74, 98, 58);
    // far leg in front: shin upright, foot flat
    pen.limb(FAR, LIMB, 112, 78, 150, 76, 150, 30, 165, 28);
    pen.limb(FAR, LIMB, 114, 122, 130, 102, 120, 86);
    pen.limb(INK, TORSO, 112, 78, 114, 126);
    pen.disc(INK, 116, 141, HEAD);
    // near leg kneeling behind
    pen.limb(INK, LIMB, 112, 78, 80, 36, 44, 30, 33, 28);
    pen.outlined(INK, LIMB, 114, 122, 98, 102, 108, 86);
  }

  /** Lying on the back with one ankle crossed over the other knee ("figure 4"). */
  private static void figureFour(FigureSketch pen) {
    pen.shift(0, 18);
    mat(pen);
    pen.disc(ACCENT_LIGHT, 122, 50, 17);
    pen.limb(FAR, LIMB, 116, 41, 152, 84, 176, 38, 189, 38);
    lyingBody(pen);
    pen.limb(INK, LIMB, 54, 42, 72, 38, 92, 38);
    // near leg: knee dropped out, ankle resting on the far knee
    pen.outlined(INK, LIMB, 116, 41, 127, 78, 162, 90, 168, 98);
  }

  /** Two seated stretches: head tipped to one side, and arms reaching forward with a round back. */
  private static void upperBack(FigureSketch pen) {
    // left: seen from the front, ear towards the shoulder
    stool(pen, 34, 90);
    pen.disc(ACCENT_LIGHT, 72, 114, 11);
    pen.limb(INK, LIMB, 54, 64, 50, 24, 43, 22);
    pen.limb(INK, LIMB, 70, 64, 74, 24, 81, 22);
    pen.limb(INK, 22, 62, 70, 62, 106);
    pen.limb(INK, LIMB, 48, 110, 76, 110);
    pen.limb(INK, LIMB, 62, 110, 56, 122);
    pen.disc(INK, 54, 128, HEAD);
    pen.limb(INK, LIMB, 48, 110, 32, 128, 46, 142);
    pen.limb(INK, LIMB, 76, 110, 84, 88, 82, 72);
    // right: seen from the side, reaching forward
    stool(pen, 138, 194);
    pen.disc(ACCENT_LIGHT, 152, 104, 15);
    pen.limb(FAR, LIMB, 168, 118, 212, 117);
    pen.limb(INK, LIMB, 158, 68, 196, 68, 198, 28, 211, 26);
    pen.curve(INK, TORSO, 158, 68, 144, 92, 150, 118, 170, 114);
    pen.limb(INK, LIMB, 168, 114, 178, 100);
    pen.disc(INK, 182, 95, HEAD);
    pen.outlined(INK, LIMB, 166, 116, 214, 112);
  }

  /** Sitting back in a chair at a desk, elbows at a right angle, screen top at eye level. */
  private static void desk(FigureSketch pen) {
    ground(pen);
    // chair
    pen.limb(GREY, 7, 62, 64, 58, 118);
    pen.limb(GREY, 7, 60, 62, 108, 62);
    pen.limb(GREY, 5, 84, 62, 84, 32);
    pen.limb(GREY, 5, 66, 30, 102, 30);
    pen.disc(GREY, 67, 25, 4);
    pen.disc(GREY, 101, 25, 4);
    // desk, keyboard and screen
    pen.box(GREY_LIGHT, GREY, 2, 110, 80, 122, 6, 2);
    pen.limb(GREY, 5, 222, 80, 222, 23);
    pen.limb(INK, 3, 116, 88, 146, 88);
    pen.limb(GREY, 4, 188, 87, 206, 87);
    pen.limb(GREY, 4, 199, 87, 199, 106);
    pen.box(GREY_LIGHT, GREY, 2, 194, 104, 10, 44, 3);
    pen.limb(ACCENT, 3, 193, 108, 193, 144);
    pen.dashed(ACCENT, 2, 4, 104, 142, 186, 142);
    // person
    pen.limb(INK, TORSO, 82, 72, 86, 124);
    pen.disc(INK, 90, 139, HEAD);
    pen.limb(INK, LIMB, 82, 72, 124, 72, 126, 28, 139, 25);
    pen.outlined(INK, LIMB, 87, 118, 88, 92, 122, 92);
  }

  /** Squatting with a straight back, the box held close between the knees, an arrow up. */
  private static void lifting(FigureSketch pen) {
    ground(pen);
    pen.limb(FAR, LIMB, 84, 62, 126, 62, 110, 30, 124, 25);
    pen.limb(FAR, LIMB, 102, 104, 118, 80, 140, 58);
    pen.box(ACCENT_LIGHT, ACCENT, 3, 136, 23, 40, 38, 3);
    pen.limb(ACCENT, 3, 156, 23, 156, 61);
    pen.limb(INK, TORSO, 84, 62, 102, 108);
    pen.disc(INK, 110, 123, HEAD);
    pen.outlined(INK, LIMB, 84, 62, 128, 58, 108, 30, 122, 25);
    pen.outlined(INK, LIMB, 102, 104, 116, 78, 140, 54);
    pen.arrow(ACCENT, 5, 206, 40, 206, 118);
  }

  /** A hot-water bottle in a ribbed cover giving off warmth, and an ice pack wrapped in a cloth. */
  private static void heatCold(FigureSketch pen) {
    // hot-water bottle
    pen.box(ACCENT_LIGHT, ACCENT, 3, 30, 22, 56, 78, 16);
    for (float rib = 36; rib < 92; rib += 11) {
      pen.limb(ACCENT, 2.5f, 42, rib, 74, rib);
    }
    pen.box(ACCENT_LIGHT, ACCENT, 3, 49, 100, 18, 12, 2);
    pen.box(ACCENT, null, 0, 45, 112, 26, 9, 3);
    for (float wave = 38; wave <= 78; wave += 20) {
      pen.curve(GREY, 3, wave, 128, wave - 7, 134, wave + 7, 140, wave, 146);
    }
    // ice pack in a cloth, with a snowflake
    bundle(pen, 175);
    snowflake(pen, 175, 124, 24);
  }

  /** A glass of water, and a person asleep in bed under the moon. */
  private static void afterMassage(FigureSketch pen) {
    ground(pen);
    // glass of water
    pen.polygon(ACCENT_LIGHT, null, 0, 38, 24, 70, 24, 74, 78, 34, 78);
    pen.wave(ACCENT, 2.5f, 35, 73, 78, 1.5f, 2);
    pen.polygon(null, GREY, 3, 36, 22, 72, 22, 78, 104, 30, 104);
    // bed, sleeper and blanket
    pen.limb(GREY, 6, 108, 22, 108, 96);
    pen.limb(GREY, 6, 228, 22, 228, 66);
    pen.box(GREY_LIGHT, GREY, 2, 108, 40, 120, 14, 3);
    pen.box(PAPER, GREY, 2, 114, 54, 28, 12, 5);
    pen.disc(INK, 130, 72, HEAD);
    pen.polygon(ACCENT, null, 0, 140, 54, 226, 54, 226, 70, 140, 76);
    pen.box(ACCENT, null, 0, 140, 56, 86, 18, 6);
    pen.limb(ACCENT_LIGHT, 2, 146, 71, 220, 66);
    moon(pen, 186, 124, 16);
    pen.limb(GREY, 2.5f, 150, 100, 158, 100, 150, 92, 158, 92);
    pen.limb(GREY, 2.5f, 160, 114, 170, 114, 160, 104, 170, 104);
  }

  /** A walker mid-stride, and a swimmer doing the crawl. */
  private static void stayingActive(FigureSketch pen) {
    pen.limb(GREY_LIGHT, 3, 14, 20, 104, 20);
    // walker
    pen.limb(FAR, LIMB, 66, 120, 80, 100, 92, 88);
    pen.limb(FAR, LIMB, 62, 78, 54, 52, 40, 32, 50, 25);
    pen.limb(INK, TORSO, 62, 78, 66, 124);
    pen.disc(INK, 69, 139, HEAD);
    pen.limb(INK, LIMB, 62, 78, 80, 54, 86, 29, 98, 31);
    pen.outlined(INK, LIMB, 66, 120, 56, 100, 46, 86);
    // swimmer
    pen.limb(FAR, LIMB, 146, 76, 126, 72, 110, 64);
    pen.limb(INK, LIMB, 146, 76, 126, 78, 110, 84);
    pen.limb(INK, TORSO, 146, 76, 182, 78);
    pen.disc(INK, 197, 80, HEAD);
    pen.limb(INK, LIMB, 182, 80, 198, 106, 220, 96);
    pen.water(ACCENT_LIGHT, 104, 234, 72, 2.5f, 5, 44);
    pen.wave(ACCENT, 3, 104, 234, 72, 2.5f, 5);
    pen.wave(ACCENT, 2, 124, 214, 58, 2f, 4);
  }

  /** Sitting tall, one hand on the belly as it rises, breathing in through the nose. */
  private static void breathing(FigureSketch pen) {
    ground(pen);
    pen.limb(GREY, 7, 62, 64, 58, 114);
    pen.limb(GREY, 7, 60, 62, 108, 62);
    pen.limb(GREY, 5, 66, 60, 66, 23);
    pen.limb(GREY, 5, 102, 60, 102, 23);
    pen.disc(ACCENT_LIGHT, 96, 88, 16);
    pen.limb(INK, TORSO, 82, 72, 86, 124);
    pen.disc(INK, 90, 139, HEAD);
    pen.limb(INK, LIMB, 82, 72, 124, 72, 126, 28, 139, 25);
    pen.outlined(INK, LIMB, 87, 118, 94, 96, 110, 90);
    pen.arc(ACCENT, 3, 96, 88, 26, -32, 32);
    pen.arc(ACCENT, 3, 96, 88, 35, -26, 26);
    pen.curve(ACCENT, 3, 168, 152, 146, 156, 136, 136, 114, 140);
    pen.arrowHead(ACCENT, 106, 140, 175, 10);
  }

  /** A warning triangle with an exclamation mark, and a hospital cross. */
  private static void seeADoctor(FigureSketch pen) {
    pen.polygon(PAPER, INK, 9, 78, 140, 24, 34, 132, 34);
    pen.box(INK, null, 0, 72, 66, 12, 44, 6);
    pen.disc(INK, 78, 52, 7);
    pen.box(ACCENT, null, 0, 150, 47, 74, 74, 14);
    pen.box(PAPER, null, 0, 178, 58, 18, 52, 3);
    pen.box(PAPER, null, 0, 161, 75, 52, 18, 3);
  }

  // --- shared pieces ---

  private static void mat(FigureSketch pen) {
    pen.box(GREY_LIGHT, null, 0, 14, 24, 212, 9, 4.5f);
  }

  private static void ground(FigureSketch pen) {
    pen.limb(GREY_LIGHT, 3, 14, 20, 226, 20);
  }

  /** Head and trunk lying on the mat, head to the left. */
  private static void lyingBody(FigureSketch pen) {
    pen.limb(INK, TORSO, 52, 41, 116, 41);
    pen.disc(INK, 34, 45, HEAD);
  }

  private static void stool(FigureSketch pen, float left, float right) {
    pen.limb(GREY, 6, left, 58, right, 58);
    pen.limb(GREY, 4, left + 6, 56, left + 2, 22);
    pen.limb(GREY, 4, right - 6, 56, right - 2, 22);
  }

  /** A cloth gathered and tied at the top round an ice pack. */
  private static void bundle(FigureSketch pen, float cx) {
    pen.path(
        GREY_LIGHT,
        GREY,
        2.5f,
        new float[][] {
          {cx - 8, 76},
          {cx - 20, 66, cx - 46, 58, cx - 46, 38},
          {cx - 46, 26, cx - 40, 22, cx - 28, 22},
          {cx + 28, 22},
          {cx + 40, 22, cx + 46, 26, cx + 46, 38},
          {cx + 46, 58, cx + 20, 66, cx + 8, 76},
        });
    pen.curve(GREY, 2, cx - 6, 70, cx - 16, 56, cx - 22, 40, cx - 20, 26);
    pen.curve(GREY, 2, cx + 6, 70, cx + 16, 56, cx + 22, 40, cx + 20, 26);
    pen.path(
        GREY_LIGHT,
        GREY,
        2.5f,
        new float[][] {
          {cx - 4, 78},
          {cx - 14, 88, cx - 26, 94, cx - 30, 90},
          {cx - 26, 82, cx - 14, 78, cx - 4, 78},
        });
    pen.path(
        GREY_LIGHT,
        GREY,
        2.5f,
        new float[][] {
          {cx + 4, 78},
          {cx + 14, 88, cx + 26, 94, cx + 30, 90},
          {cx + 26, 82, cx + 14, 78, cx + 4, 78},
        });
    pen.box(GREY_LIGHT, GREY, 2.5f, cx - 9, 72, 18, 10, 5);
  }

  private static void snowflake(FigureSketch pen, float cx, float cy, float r) {
    for (int arm = 0; arm < 6; arm++) {
      double a = Math.toRadians(90 + arm * 60);
      float ex = cx + (float) Math.cos(a) * r;
      float ey = cy + (float) Math.sin(a) * r;
      pen.limb(ACCENT, 3.5f, cx, cy, ex, ey);
      float bx = cx + (float) Math.cos(a) * r * 0.6f;
      float by = cy + (float) Math.sin(a) * r * 0.6f;
      for (int side = -1; side <= 1; side += 2) {
        double b = a + side * Math.toRadians(45);
        pen.limb(
            ACCENT,
            3,
            bx,
            by,
            bx + (float) Math.cos(b) * r * 0.3f,
            by + (float) Math.sin(b) * r * 0.3f);
      }
    }
  }

  /** A crescent opening to the right: a disc with a smaller, offset disc taken out of it. */
  private static void moon(FigureSketch pen, float cx, float cy, float r) {
    float d = r * 0.55f;
    float inner = r * 0.85f;
    float ix = (d * d + r * r - inner * inner) / (2 * d);
    float iy = (float) Math.sqrt(r * r - ix * ix);
    float outer = (float) Math.toDegrees(Math.atan2(iy, ix));
    float hole = (float) Math.toDegrees(Math.atan2(iy, ix - d));
    pen.fillArcs(
        GREY,
        new float[][] {
          {cx, cy, r, outer, 360 - outer}, {cx + d, cy, inner, 360 - hole, hole},
        });
  }
}
