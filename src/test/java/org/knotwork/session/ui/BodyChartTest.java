package org.knotwork.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.session.ui.BodyChart.RegionHalf;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The body chart on its own: choosing halves by mouse and keyboard, shading, and labels. */
@ExtendWith(ApplicationExtension.class)
class BodyChartTest {
  private BodyChart chart;
  private final List<RegionHalf> chosen = new ArrayList<>();

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(
        new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    chart = new BodyChart();
    chart.setOnRegionChosen((region, side) -> chosen.add(new RegionHalf(region, side)));
    stage.setScene(new Scene(chart, 400, 560));
    stage.show();
  }

  @Test
  void clickingAHalfReportsItsRegionAndTheClientsSide(FxRobot robot) {
    robot.clickOn("#chart-lower-back-right");

    assertThat(chosen).containsExactly(new RegionHalf(BackRegion.LOWER_BACK, Side.RIGHT));
  }

  @Test
  void clickingTheFrontViewReportsTheClientsSideNotTheViewers(FxRobot robot) {
    Node left = robot.lookup("#chart-hip-flexors-left").query();
    Node right = robot.lookup("#chart-hip-flexors-right").query();
    assertThat(left.localToScene(left.getBoundsInLocal()).getCenterX())
        .as("in the front view the client's left is on the viewer's right")
        .isGreaterThan(right.localToScene(right.getBoundsInLocal()).getCenterX());

    robot.clickOn(left);

    assertThat(chosen).containsExactly(new RegionHalf(BackRegion.HIP_FLEXORS, Side.LEFT));
  }

  @Test
  void tabMovesToTheOtherHalfAndEnterChoosesIt(FxRobot robot) {
    robot.interact(() -> robot.lookup("#chart-neck-left").query().requestFocus());

    robot.type(KeyCode.TAB).type(KeyCode.ENTER);

    assertThat(chosen).containsExactly(new RegionHalf(BackRegion.NECK, Side.RIGHT));
    assertThat(robot.lookup("#chart-neck-right").query().isFocused()).isTrue();
    assertThat(robot.lookup(".chart-focus-ring").query().isVisible())
        .as("the focused half shows a focus ring")
        .isTrue();
  }

  @Test
  void ctrlEnterOnAHalfIsLeftToTheNotesSignShortcut(FxRobot robot) {
    boolean[] shortcut = new boolean[1];
    robot.interact(
        () ->
            chart
                .getScene()
                .getAccelerators()
                .put(
                    new javafx.scene.input.KeyCodeCombination(
                        KeyCode.ENTER, javafx.scene.input.KeyCombination.SHORTCUT_DOWN),
                    () -> shortcut[0] = true));
    robot.clickOn("#chart-lower-back-right");
    chosen.clear();

    robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

    assertThat(chosen).as("the half is not chosen again").isEmpty();
    assertThat(shortcut[0]).as("the window's Ctrl+Enter ran").isTrue();
  }

  @Test
  void tabVisitsHalvesFromNeckToHipFlexorsLeftThenRight(FxRobot robot) {
    robot.interact(() -> robot.lookup("#chart-neck-left").query().requestFocus());
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      visited.add(chart.getScene().getFocusOwner().getId());
      robot.type(KeyCode.TAB);
    }

    assertThat(visited)
        .containsExactly(
            "chart-neck-left", "chart-neck-right",
            "chart-shoulders-left", "chart-shoulders-right",
            "chart-upper-back-left", "chart-upper-back-right",
            "chart-mid-back-left", "chart-mid-back-right",
            "chart-lower-back-left", "chart-lower-back-right",
            "chart-glutes-left", "chart-glutes-right",
            "chart-hamstrings-left", "chart-hamstrings-right",
            "chart-hip-flexors-left", "chart-hip-flexors-right");
  }

  @Test
  void spaceChoosesTheFocusedHalfAndShiftTabGoesBack(FxRobot robot) {
    robot.interact(() -> robot.lookup("#chart-glutes-left").query().requestFocus());

    robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT).type(KeyCode.SPACE);

    assertThat(chosen).containsExactly(new RegionHalf(BackRegion.LOWER_BACK, Side.RIGHT));
  }

  @Test
  void painShadesTheHalfWithThePainColourAndShowsTheNumber(FxRobot robot) {
    robot.interact(() -> chart.setPain(Map.of(new RegionHalf(BackRegion.GLUTES, Side.LEFT), 7)));
    WaitForAsyncUtils.waitForFxEvents();

    Shape shaded = robot.lookup("#chart-glutes-left").queryAs(Shape.class);
    Shape other = robot.lookup("#chart-glutes-right").queryAs(Shape.class);
    assertThat(shaded.getFill()).isEqualTo(BodyChart.painColor(7));
    assertThat(other.getFill()).isNotEqualTo(BodyChart.painColor(7));
    assertThat(visibleTexts(robot)).contains("7");
    assertThat(shaded.getAccessibleHelp()).isEqualTo("Pain 7 of 10");

    robot.interact(() -> chart.setPain(Map.of()));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(shaded.getFill()).isEqualTo(other.getFill());
    assertThat(visibleTexts(robot)).doesNotContain("7");
  }

  @Test
  void everyRegionHasBothHalvesWithIdsAndAccessibleText(FxRobot robot) {
    for (BackRegion region : BackRegion.values()) {
      for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
        String id =
            "#chart-"
                + region.name().toLowerCase().replace('_', '-')
                + "-"
                + side.name().toLowerCase();
        Node half = robot.lookup(id).query();
        assertThat(half).as(id).isNotNull();
        assertThat(half.isFocusTraversable()).as(id).isTrue();
        assertThat(half.getAccessibleText())
            .isEqualTo(region.label() + ", " + (side == Side.LEFT ? "left" : "right"));
      }
    }
    assertThat(robot.lookup("#chart-lower-back-right").query().getAccessibleText())
        .isEqualTo("Lower back, right");
  }

  @Test
  void legendExplainsThePainScale(FxRobot robot) {
    assertThat(robot.lookup("#chart-legend").query().isVisible()).isTrue();
    assertThat(robot.lookup("Pain before treatment").tryQuery()).isPresent();
  }

  @Test
  void painColourDarkensAsPainRises() {
    for (int pain = 1; pain <= 10; pain++) {
      assertThat(luminance(BodyChart.painColor(pain)))
          .as("pain %d darker than %d", pain, pain - 1)
          .isLessThan(luminance(BodyChart.painColor(pain - 1)));
    }
    assertThat(luminance(BodyChart.painColor(0)) - luminance(BodyChart.painColor(10)))
        .isGreaterThan(0.6);
  }

  @Test
  void aHalfIsLeftOrRightOnly() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new RegionHalf(BackRegion.NECK, Side.BILATERAL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> visibleTexts(FxRobot robot) {
    return robot.lookup(".chart-pain").queryAllAs(Text.class).stream()
        .filter(Node::isVisible)
        .map(Text::getText)
        .toList();
  }

  /** Relative luminance (WCAG), which falls as a colour gets darker. */
  private static double luminance(javafx.scene.paint.Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  private static double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
  }
}
