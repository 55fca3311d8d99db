package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan editor in a real window: two goals typed key by key land whole in their fields, which
 * keep the keyboard while the therapist types, and Save as PDF through the system's own save dialog
 * writes a plan that carries both goals.
 */
@Tag("real-window")
@ExtendWith({RealDisplay.class, ApplicationExtension.class})
class PlanGoalInARealWindowTest {
  private static final String FIRST = "Sit through a film";
  private static final String SECOND = "Lift my grandson without twinges";
  @TempDir Path root;
  private Stage stage;
  private RealWindowPractice practice;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @BeforeEach
  void open(FxRobot robot) {
    practice = RealWindowPractice.demo(root, 3);
    practice.open(robot, stage);
  }

  @AfterEach
  void stop(FxRobot robot) {
    practice.close(robot);
  }

  @Test
  void twoGoalsTypedKeyByKeyAreSavedWholeInThePdf(FxRobot robot) throws Exception {
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#client-tabs");
    AppRobot.selectTab(robot, "tab-plans");
    waitFor(robot, "#plan-new");
    robot.clickOn("#plan-new");
    waitFor(robot, "#plan-editor");

    TextField first = typeNewGoal(robot, FIRST);
    RealDisplay.screenshot("plans-1-first-goal-typed");
    assertThat(first.getText()).isEqualTo(FIRST);
    assertThat(first.isFocused()).isTrue();
    TextField second = typeNewGoal(robot, SECOND);
    RealDisplay.screenshot("plans-2-second-goal-typed");
    assertThat(second.getText()).isEqualTo(SECOND);
    assertThat(first.getText()).isEqualTo(FIRST);

    AppRobot.scrollTo(robot, "#plan-editor", "#draft-save", 200);
    robot.clickOn("#draft-save");
    Path pdf = root.resolve("plan.pdf");
    RealDisplay.waitForWindow("Save as PDF");
    RealDisplay.screenshot("plans-3-system-save-dialog");
    RealDisplay.typeIntoFileDialog("Save as PDF", pdf);
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> Files.isRegularFile(pdf) && Files.size(pdf) > 1000);
    AppRobot.waitUntil(() -> AppRobot.label(robot, "#draft-document-status").startsWith("Saved"));
    RealDisplay.screenshot("plans-4-saved-as-pdf");

    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains(FIRST).contains(SECOND);
    }
  }

  /** Adds a goal row, clicks its activity field and types the goal there, key by key. */
  private static TextField typeNewGoal(FxRobot robot, String goal) {
    int before = goalRows(robot);
    robot.interact(() -> robot.lookup("#plan-add-goal").queryButton().fire());
    String field = "#plan-goal-text-" + before;
    waitFor(robot, field);
    AppRobot.scrollTo(robot, "#plan-editor", field, 120);
    robot.clickOn(field).write(goal);
    return robot.lookup(field).query();
  }

  private static int goalRows(FxRobot robot) {
    int i = 0;
    while (robot.lookup("#plan-goal-text-" + i).tryQuery().isPresent()) {
      i++;
    }
    return i;
  }
}
