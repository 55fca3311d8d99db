package org.knotwork.app;

import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks through the main screens of a demo practice at 1280×800 and saves each as a PNG, for the
 * documentation and for looking at the screens. Runs only when asked: {@code mvn test
 * -Dtest=ScreenTour -Dknotwork.tour=docs/images}.
 */
@EnabledIfSystemProperty(named = "knotwork.tour", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ScreenTour {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir static Path dataDir;
  private KnotworkApp app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      new AppContext(dir, db, CLOCK).createDemoPractice();
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
    stage.setWidth(1280);
    stage.setHeight(800);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void tour(FxRobot robot) throws Exception {
    Path out = Path.of(System.getProperty("knotwork.tour"));
    Files.createDirectories(out);
    AppRobot.waitForClientList(robot);
    openSeenClientWithCautions(robot);
    waitFor(robot, "#overview-facts");
    shoot(robot, out.resolve("overview.png"));
    AppRobot.selectTab(robot, "tab-intake");
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, out.resolve("client-record.png"));
    AppRobot.selectTab(robot, "tab-history");
    waitUntil(() -> !robot.lookup("#timeline").queryListView().getItems().isEmpty());
    shoot(robot, out.resolve("history.png"));
    AppRobot.selectTab(robot, "tab-measures");
    waitUntil(() -> !robot.lookup("#measure-entries").queryListView().getItems().isEmpty());
    shoot(robot, out.resolve("measures.png"));
    AppRobot.selectTab(robot, "tab-plans");
    waitUntil(() -> !robot.lookup("#plan-list").queryListView().getItems().isEmpty());
    shoot(robot, out.resolve("plan.png"));
    robot.clickOn("#plan-new");
    waitFor(robot, "#plan-editor");
    shoot(robot, out.resolve("plan-editor.png"));
    robot.interact(
        () -> robot.lookup("#plan-editor").<javafx.scene.control.ScrollPane>query().setVvalue(1));
    shoot(robot, out.resolve("plan-editor-end.png"));
    // Delete draft asks first: answer its question, then wait for the editor to close.
    Button discard = robot.lookup("#plan-discard").queryButton();
    Platform.runLater(discard::fire);
    clickDialogButton(robot, "Delete draft");
    waitUntil(() -> !robot.lookup("#plan-editor").query().isVisible());

    robot.clickOn("#nav-handouts");
    waitUntil(() -> !robot.lookup("#handout-list").queryListView().getItems().isEmpty());
    shoot(robot, out.resolve("handouts.png"));
    robot.clickOn("#nav-practice");
    waitFor(robot, "#letterhead-settings");
    shoot(robot, out.resolve("settings.png"));
    robot.interact(
        () ->
            ((javafx.scene.control.ScrollPane)
                    robot
                        .lookup("#letterhead-settings")
                        .query()
                        .getParent()
                        .getParent()
                        .getParent()
                        .getParent())
                .setVvalue(0.55));
    shoot(robot, out.resolve("settings-security.png"));
    robot.clickOn("#nav-records");
    waitFor(robot, "#retention-table");
    robot.clickOn("#retention-show-all");
    waitUntil(
        () ->
            !robot
                .lookup("#retention-table")
                .<javafx.scene.control.TableView<?>>query()
                .getItems()
                .isEmpty());
    shoot(robot, out.resolve("retention.png"));
    robot.interact(
        () ->
            robot
                .lookup("#records-page")
                .<javafx.scene.control.TabPane>query()
                .getSelectionModel()
                .select(1));
    waitUntil(
        () ->
            !robot
                .lookup("#audit-table")
                .<javafx.scene.control.TableView<?>>query()
                .getItems()
                .isEmpty());
    shoot(robot, out.resolve("audit-log.png"));
    robot.clickOn("#nav-clients");

    AppRobot.selectTab(robot, "tab-notes");
    waitFor(robot, "#note-list");
    waitUntil(() -> !robot.lookup("#note-list").queryListView().getItems().isEmpty());
    robot.interact(() -> robot.lookup("#note-list").queryListView().getSelectionModel().select(1));
    waitFor(robot, "#signed-note");
    shoot(robot, out.resolve("signed-note.png"));

    robot.clickOn("#note-copy-forward");
    waitFor(robot, "#body-chart");
    AppRobot.answerEmergencyQuestionsNo(robot);
    robot.interact(() -> robot.lookup("#note-red-flags-rest-no").queryButton().fire());
    robot.interact(() -> robot.lookup("#chart-lower-back-right").query().requestFocus());
    robot.type(KeyCode.ENTER);
    waitFor(robot, "#finding-editor");
    robot.interact(
        () ->
            robot
                .lookup("#finding-pain-before-6")
                .queryAs(javafx.scene.control.ToggleButton.class)
                .fire());
    AppRobot.scrollTo(robot, "#session-note-scroll", "#body-chart", 40);
    shoot(robot, out.resolve("note-findings.png"));
    robot.interact(
        () ->
            robot
                .lookup("#session-note-scroll")
                .<javafx.scene.control.ScrollPane>query()
                .setVvalue(0.18));
    shoot(robot, out.resolve("note-subjective.png"));
    robot.interact(
        () ->
            robot
                .lookup("#flag-saddle-numbness-yes")
                .<javafx.scene.control.RadioButton>query()
                .fire());
    AppRobot.scrollTo(robot, "#session-note-scroll", "#note-urgent-alert", 60);
    shoot(robot, out.resolve("note-red-flag.png"));

    robot.interact(() -> robot.lookup("#nav-theme").queryAs(ToggleButton.class).fire());
    AppRobot.selectTab(robot, "tab-overview");
    waitFor(robot, "#overview-facts");
    shoot(robot, out.resolve("dark-theme.png"));
    robot.interact(() -> robot.lookup("#nav-theme").queryAs(ToggleButton.class).fire());
  }

  private static void clickDialogButton(FxRobot robot, String text) {
    waitUntil(
        () ->
            robot
                .lookup(".dialog-pane .button")
                .match(LabeledMatchers.hasText(text))
                .tryQuery()
                .isPresent());
    robot.clickOn(
        robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).<Node>query());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Opens the most recently seen client whose record carries cautions, so the pictures show a
   * client with a story (notes, measures, plans) and the banner of what matters for treatment. The
   * demo's clients not seen yet head the list, as they were added last; they have no history.
   */
  private static void openSeenClientWithCautions(FxRobot robot) {
    List<ListCell<?>> seen =
        robot.lookup("#client-list .list-cell").<ListCell<?>>queryAll().stream()
            .filter(c -> c.getItem() instanceof ClientSummary s && s.lastVisit() != null)
            .sorted(Comparator.comparingInt(ListCell::getIndex))
            .toList();
    for (ListCell<?> cell : seen) {
      String name = ((ClientSummary) cell.getItem()).fullName();
      robot.clickOn(cell);
      waitUntil(() -> name.equals(AppRobot.label(robot, "#client-header-name")));
      waitFor(robot, "#overview-facts");
      if (robot.lookup("#client-alert-banner .alert-chip").tryQuery().isPresent()) {
        return;
      }
    }
    throw new AssertionError("No client seen in the demo list has cautions");
  }

  private void shoot(FxRobot robot, Path file) throws IOException {
    AppRobot.screenshot(robot, stage, file);
  }
}
