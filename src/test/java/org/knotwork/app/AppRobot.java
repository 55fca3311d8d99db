package org.knotwork.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The moves the whole-app tests share: waiting for the background, tabs, scrolling. */
final class AppRobot {
  private AppRobot() {}

  /** Waits until a node matching the query exists and is visible. */
  /**
   * Answers every emergency red-flag question "No", one by one, as the therapist must ("Answer the
   * rest No" leaves them alone).
   */
  static void answerEmergencyQuestionsNo(FxRobot robot) {
    for (org.knotwork.session.RedFlagQuestion q : org.knotwork.session.RedFlagQuestion.asked()) {
      if (q.urgent()) {
        String id =
            "#flag-" + q.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-no";
        robot.interact(
            () -> robot.lookup(id).queryAs(javafx.scene.control.RadioButton.class).fire());
      }
    }
  }

  static void waitFor(FxRobot robot, String query) {
    waitUntil(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
  }

  /** Waits (up to 30 s) until the condition holds, then for pending UI events. */
  static void waitUntil(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    } catch (TimeoutException e) {
      throw new AssertionError("Condition not met within 30 s", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Waits until the client list has loaded its first row. A practice with appointments opens on its
   * day (the Today screen): the therapist's way to the list is the Clients button.
   */
  static void waitForClientList(FxRobot robot) {
    waitUntil(() -> clientListRowShown(robot) || todayShown(robot));
    if (!clientListRowShown(robot)) {
      // fired, not clicked: the pointer left over the rail would show its tooltip
      robot.interact(() -> robot.lookup("#nav-clients").queryAs(ToggleButton.class).fire());
    }
    waitUntil(() -> clientListRowShown(robot));
  }

  private static boolean todayShown(FxRobot robot) {
    return robot
        .lookup("#nav-today")
        .tryQuery()
        .map(n -> ((ToggleButton) n).isSelected())
        .orElse(false);
  }

  private static boolean clientListRowShown(FxRobot robot) {
    return robot
        .lookup("#client-list .list-cell")
        .tryQuery()
        .map(n -> ((ListCell<?>) n).getItem() != null)
        .orElse(false);
  }

  /** The text of a label, or "" while it is not there yet. */
  static String label(FxRobot robot, String query) {
    return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
  }

  /** Brings the open client's section with this tab id to the front. */
  static void selectTab(FxRobot robot, String tabId) {
    robot.interact(
        () -> {
          TabPane tabs = robot.lookup("#client-tabs").query();
          tabs.getTabs().stream()
              .filter(t -> tabId.equals(t.getId()))
              .findFirst()
              .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
  }

  /** Scrolls a scroll pane so that a node inside it stands {@code margin} pixels below its top. */
  static void scrollTo(FxRobot robot, String scrollQuery, String nodeQuery, double margin) {
    robot.interact(
        () -> {
          ScrollPane scroll = robot.lookup(scrollQuery).query();
          Node node = robot.lookup(nodeQuery).query();
          double y = node.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
          double range =
              scroll.getContent().getBoundsInLocal().getHeight()
                  - scroll.getViewportBounds().getHeight();
          scroll.setVvalue(Math.max(0, Math.min(1, (y - margin) / range)));
        });
  }

  /** Saves what the stage shows as a PNG, at the stage's size. */
  static void screenshot(FxRobot robot, javafx.stage.Stage stage, java.nio.file.Path file)
      throws java.io.IOException {
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
    robot.interact(() -> image[0] = stage.getScene().snapshot(null));
    int w = (int) image[0].getWidth();
    int h = (int) image[0].getHeight();
    java.awt.image.BufferedImage buffered =
        new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    javafx.scene.image.PixelReader pixels = image[0].getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        buffered.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    javax.imageio.ImageIO.write(buffered, "png", file.toFile());
  }

  /** Fills in who the therapist is on the welcome (name and title; enough to start). */
  static void enterTherapist(FxRobot robot) {
    robot.interact(
        () -> {
          robot
              .lookup("#welcome-therapist-name")
              .queryAs(javafx.scene.control.TextField.class)
              .setText("Maya Lindqvist");
          robot
              .lookup("#welcome-therapist-title")
              .queryAs(javafx.scene.control.TextField.class)
              .setText("Registered Massage Therapist");
        });
  }
}
