package org.knotwork.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The body chart's lines and the "Not recorded" swatch stand out from the page in both themes. */
@ExtendWith(ApplicationExtension.class)
class BodyChartThemeTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void light(FxRobot robot) {
    robot.interact(
        () ->
            Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void outlinesAndTheNotRecordedSwatchAreVisibleAgainstThePage(boolean dark, FxRobot robot)
      throws Exception {
    robot.interact(
        () -> {
          Application.setUserAgentStylesheet(
              dark
                  ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                  : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
          StackPane page = new StackPane(new BodyChart());
          page.setStyle("-fx-background-color: -color-bg-default;");
          stage.setScene(new Scene(page, 400, 600));
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();
    Color page = (Color) robot.lookup(".chart-outline").<Shape>query().getFill();

    Shape half = robot.lookup(".chart-half").query();
    Shape swatch = robot.lookup(".chart-legend-none").query();
    assertThat(contrast((Color) half.getStroke(), page))
        .as("the lines between regions (dark: %s)", dark)
        .isGreaterThanOrEqualTo(3.0);
    assertThat(contrast((Color) swatch.getStroke(), page))
        .as("the edge of the 'Not recorded' swatch (dark: %s)", dark)
        .isGreaterThanOrEqualTo(3.0);
    org.knotwork.testing.Screenshots.save(
        robot, stage.getScene(), "body-chart-" + (dark ? "dark" : "light"));
  }

  private static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  private static double linear(double v) {
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
}
