package org.knotwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tooltip draws nothing outside its own box: without a compositor (many Linux desktops) a shadow
 * around it is drawn as a bright frame, glaring in the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class TooltipStyleTest {
  private Label owner;
  private Tooltip tip;

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(
        new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
    tip = new Tooltip("Sign and lock the note (Ctrl+Enter)");
    owner = new Label("Sign note");
    owner.setTooltip(tip);
    Scene scene = new Scene(new StackPane(owner), 400, 200);
    scene
        .getStylesheets()
        .add(TooltipStyleTest.class.getResource("/org/knotwork/ui/knotwork.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void light(FxRobot robot) {
    robot.interact(
        () -> {
          tip.hide();
          Application.setUserAgentStylesheet(
              new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        });
  }

  @Test
  void aTooltipHasNoShadowOrRoundedCornersOutsideItsBox(FxRobot robot) {
    robot.interact(() -> tip.show(owner, 10, 10));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(tip.getSkin().getNode().getEffect()).as("shadow").isNull();
    assertThat(tip.getSkin().getNode().getStyleClass()).isNotNull();
    javafx.scene.layout.Region box = (javafx.scene.layout.Region) tip.getSkin().getNode();
    assertThat(box.getBackground().getFills())
        .allSatisfy(f -> assertThat(f.getRadii().getTopLeftHorizontalRadius()).isZero());
    assertThat(box.getBorder()).as("a line marks the edge instead").isNotNull();
  }
}
