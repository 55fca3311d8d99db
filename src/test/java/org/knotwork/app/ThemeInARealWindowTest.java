package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.PracticeKeys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Light and dark in a real window: clicking "Dark" restyles the screens already open at once, and
 * text stays readable (WCAG contrast of at least 4.5:1) on the demo banner, a client's name, a
 * muted label and a table cell; clicking it again brings the light colours back just as readable.
 */
@Tag("real-window")
@ExtendWith({RealDisplay.class, ApplicationExtension.class})
class ThemeInARealWindowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final String PASSPHRASE = "copper meadow lantern";
  private static final double READABLE = 4.5;
  @TempDir Path root;
  private Stage stage;
  private KnotworkApp app;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @BeforeEach
  void open(FxRobot robot) {
    DataDirectory dir = DataDirectory.at(root.resolve("practice"));
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().create(dir, PASSPHRASE.toCharArray()))) {
      new AppContext(dir, db, CLOCK).demo().create(3, 1, 7L);
    }
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK, p -> {}, PracticeKeys.forTests());
          app.start(stage);
        });
    waitFor(robot, "#passphrase");
    robot.clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
    AppRobot.waitForClientList(robot);
    // Every screen the test reads is opened before the switch: Records, then a client.
    robot.clickOn("#nav-records");
    waitFor(robot, "#records-page");
    robot.clickOn(
        robot
            .lookup("#records-page .tab-label")
            .match(org.testfx.matcher.control.LabeledMatchers.hasText("Audit log"))
            .<Node>query());
    waitFor(robot, "#audit-table");
    AppRobot.waitUntil(() -> tableCell(robot) != null);
    robot.clickOn("#nav-clients");
    robot.clickOn("#client-list .list-cell");
    waitFor(robot, "#overview");
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void switchingToDarkAndBackRestylesTheOpenScreensReadably(FxRobot robot) throws Exception {
    assertReadable(robot, "light-before");

    robot.clickOn("#nav-theme");
    WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    RealDisplay.screenshot("theme-1-dark-clients");
    assertThat(Contrast.meanLuminance(snapshot(robot), robot.lookup("#overview").query()))
        .as("the open client's overview is dark")
        .isLessThan(0.1);
    assertReadable(robot, "dark");

    robot.clickOn("#nav-theme");
    WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    RealDisplay.screenshot("theme-3-light-again");
    assertThat(Contrast.meanLuminance(snapshot(robot), robot.lookup("#overview").query()))
        .as("the open client's overview is light again")
        .isGreaterThan(0.6);
    assertReadable(robot, "light-after");
  }

  /** The clients screen's labels, then the Records page's table, all at 4.5:1 or better. */
  private void assertReadable(FxRobot robot, String when) throws Exception {
    WritableImage clients = snapshot(robot);
    Map<String, Double> contrast = new LinkedHashMap<>();
    contrast.put("demo banner", Contrast.of(clients, text(robot.lookup("#demo-banner").query())));
    contrast.put(
        "client name in the list",
        Contrast.of(clients, text(robot.lookup("#client-list .client-cell-name").query())));
    contrast.put(
        "client name in the header",
        Contrast.of(clients, text(robot.lookup("#client-header-name").query())));
    contrast.put(
        "muted label", Contrast.of(clients, text(robot.lookup("#overview .text-muted").query())));

    robot.clickOn("#nav-records");
    waitFor(robot, "#audit-table");
    WaitForAsyncUtils.waitForFxEvents();
    RealDisplay.screenshot("theme-records-" + when);
    WritableImage records = snapshot(robot);
    contrast.put("audit table cell", Contrast.of(records, text(tableCell(robot))));
    robot.clickOn("#nav-clients");
    waitFor(robot, "#overview");

    assertThat(contrast).as(when).allSatisfy((k, v) -> assertThat(v).as(k).isGreaterThan(READABLE));
  }

  private static TableCell<?, ?> tableCell(FxRobot robot) {
    return robot.lookup("#audit-table .table-cell").<TableCell<?, ?>>queryAll().stream()
        .filter(c -> c.getText() != null && !c.getText().isBlank() && c.isVisible())
        .findFirst()
        .orElse(null);
  }

  /** The glyphs of a label or cell: its text node, tight around the letters. */
  private static Node text(Node labeled) {
    assertThat(labeled).isInstanceOf(Labeled.class);
    Node text = labeled.lookup(".text");
    return text == null ? labeled : text;
  }

  private WritableImage snapshot(FxRobot robot) {
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> image[0] = stage.getScene().snapshot(null));
    return image[0];
  }
}
