package org.knotwork.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.history.PainPoint;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Less pain is drawn higher, as every improvement is, and the axis says so and names every step.
 */
@ExtendWith(ApplicationExtension.class)
class PainTrendChartTest {
  private PainTrendChart chart;

  @Start
  void start(Stage stage) {
    chart = new PainTrendChart();
    stage.setScene(new Scene(new StackPane(chart), 480, 420));
    stage.show();
  }

  @Test
  void lessPainIsHigherAndTheAxisSaysSoWithEveryStep(FxRobot robot) {
    robot.interact(
        () ->
            chart.show(
                List.of(
                    new PainPoint(1, LocalDateTime.of(2026, 1, 5, 9, 0), null, null, 8, 6),
                    new PainPoint(2, LocalDateTime.of(2026, 2, 5, 9, 0), null, null, 2, 1)),
                true));
    WaitForAsyncUtils.waitForFxEvents();

    List<XYChart.Data<Number, Number>> points = chart.getData().get(0).getData();
    double eight = screenY(points.get(0).getNode());
    double two = screenY(points.get(1).getNode());
    assertThat(two).as("pain 2 drawn above pain 8").isLessThan(eight);

    NumberAxis y = (NumberAxis) chart.getYAxis();
    assertThat(y.getLabel()).isEqualTo("Pain (0 = none, at the top)");
    assertThat(
            y.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
                .map(n -> ((javafx.scene.text.Text) n).getText())
                .toList())
        .containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
  }

  private static double screenY(Node n) {
    return n.localToScene(n.getBoundsInLocal()).getCenterY();
  }
}
