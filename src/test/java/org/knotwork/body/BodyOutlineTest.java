package org.knotwork.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BodyOutline.Command;
import org.knotwork.body.BodyOutline.Kind;
import org.knotwork.body.BodyOutline.Point;
import org.knotwork.body.BodyOutline.Segment;
import org.knotwork.body.BodyOutline.Shape;
import org.knotwork.body.BodyOutline.View;

class BodyOutlineTest {
  @Test
  void parsesMoveLineCurveAndClose() {
    List<Segment> segments = BodyOutline.parse("M 0,1 L -2.5,3 C 1,2 3,4 5,6 Z");

    assertThat(segments)
        .containsExactly(
            new Segment(Command.MOVE, List.of(new Point(0, 1))),
            new Segment(Command.LINE, List.of(new Point(-2.5, 3))),
            new Segment(Command.CURVE, List.of(new Point(1, 2), new Point(3, 4), new Point(5, 6))),
            new Segment(Command.CLOSE, List.of()));
  }

  @Test
  void anIncompleteCurveIsRejected() {
    assertThatThrownBy(() -> BodyOutline.parse("M 0,0 C 1,1 2,2 Z"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyRegionHasOneShapeAndOnlyHipFlexorsAreOnTheFront() {
    List<Shape> regions =
        BodyOutline.shapes().stream().filter(s -> s.kind() == Kind.REGION).toList();

    assertThat(regions).extracting(Shape::region).containsExactlyInAnyOrder(BackRegion.values());
    assertThat(regions)
        .allSatisfy(
            s ->
                assertThat(s.view() == View.FRONT).isEqualTo(s.region() == BackRegion.HIP_FLEXORS));
  }

  @Test
  void theClientsLeftIsOnTheViewersLeftFromBehindAndOnTheRightFromTheFront() {
    Shape lowerBack = region(BackRegion.LOWER_BACK);
    Shape hipFlexors = region(BackRegion.HIP_FLEXORS);

    assertThat(centreX(lowerBack, Side.LEFT)).isLessThan(BodyOutline.BACK_X);
    assertThat(centreX(lowerBack, Side.RIGHT)).isGreaterThan(BodyOutline.BACK_X);
    assertThat(centreX(hipFlexors, Side.LEFT)).isGreaterThan(BodyOutline.FRONT_X);
    assertThat(centreX(hipFlexors, Side.RIGHT)).isLessThan(BodyOutline.FRONT_X);
  }

  @Test
  void placedShapesStayInsideTheDrawing() {
    for (Shape shape : BodyOutline.shapes()) {
      for (boolean mirrored : new boolean[] {false, true}) {
        for (Segment s : BodyOutline.segments(shape, mirrored)) {
          for (Point p : s.points()) {
            assertThat(p.x()).isBetween(0.0, BodyOutline.WIDTH);
            assertThat(p.y()).isBetween(0.0, BodyOutline.HEIGHT);
          }
        }
      }
    }
  }

  @Test
  void placingPathTextKeepsCommandsAndRoundsToOneDecimal() {
    assertThat(BodyOutline.place("M -27,292 L 0,200", true, View.FRONT))
        .isEqualTo("M 269.8,328.7 L 252.0,268.0");
  }

  private static Shape region(BackRegion region) {
    return BodyOutline.shapes().stream()
        .filter(s -> s.region() == region)
        .findFirst()
        .orElseThrow();
  }

  private static double centreX(Shape shape, Side side) {
    return BodyOutline.place(
            shape.labelPoint(), BodyOutline.mirrored(shape.view(), side), shape.view())
        .x();
  }
}
