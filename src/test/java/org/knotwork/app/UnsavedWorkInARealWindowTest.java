package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.SessionNote;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * Leaving Knotwork with work not yet saved, in a real window: a note typed a moment before Ctrl+Q
 * is kept whole without a question (notes save themselves), and a plan draft changed just before
 * the window's close button or Ctrl+Q asks Save / Discard / Keep editing: Keep editing keeps the
 * window open with the change, Save keeps the change. (The intake form's question is tried in
 * {@link FirstHourInARealWindowTest}.)
 */
@Tag("real-window")
@ExtendWith({RealDisplay.class, ApplicationExtension.class})
class UnsavedWorkInARealWindowTest {
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
  void aNoteTypedJustBeforeCtrlQIsKeptAndAPlanDraftIsAskedAbout(FxRobot robot) throws Exception {
    String name = openFirstClient(robot);

    // A plan draft with a change typed just before the close button.
    AppRobot.selectTab(robot, "tab-plans");
    waitFor(robot, "#plan-new");
    robot.clickOn("#plan-new");
    waitFor(robot, "#plan-editor");
    AppRobot.scrollTo(robot, "#plan-editor", "#plan-home-care", 150);
    robot.clickOn("#plan-home-care").write("Walk twice a day on level ground.");
    RealDisplay.screenshot("unsaved-1-plan-typed");
    RealDisplay.closeRequest("^Knotwork — ");
    waitFor(robot, "#dialog-message");
    RealDisplay.screenshot("unsaved-2-plan-close-asks");
    assertThat(AppRobot.label(robot, "#dialog-message")).contains("plan");
    robot.clickOn(button(robot, "Keep editing"));
    waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isEmpty());
    assertThat(stage.isShowing()).isTrue();

    // A note typed a moment before Ctrl+Q; the plan draft is still unsaved.
    robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Notes")).<Node>query());
    waitFor(robot, "#note-new");
    robot.clickOn("#note-new");
    waitFor(robot, "#note-complaint");
    AppRobot.scrollTo(robot, "#session-note-scroll", "#note-complaint", 120);
    robot.clickOn("#note-complaint").write("Stiff after a long drive on Sunday");
    robot.push(KeyCode.CONTROL, KeyCode.Q);
    waitFor(robot, "#dialog-message");
    RealDisplay.screenshot("unsaved-3-ctrl-q-asks-about-the-plan");
    robot.clickOn(button(robot, "Save"));
    waitUntil(() -> !stage.isShowing());

    long clientId = practice.stored(robot, c -> c.clients().search(name, false).get(0).id());
    SessionNote draft =
        practice.stored(
            robot,
            c ->
                c.sessions().list(clientId).stream()
                    .map(s -> c.sessions().load(s.id()))
                    .filter(n -> n.status() == NoteStatus.DRAFT)
                    .findFirst()
                    .orElseThrow());
    assertThat(draft.subjective().chiefComplaint()).isEqualTo("Stiff after a long drive on Sunday");
    TreatmentPlan plan =
        practice.stored(
            robot,
            c ->
                c.plans().plans(clientId).stream()
                    .filter(p -> p.status() == PlanStatus.DRAFT)
                    .findFirst()
                    .orElseThrow());
    assertThat(plan.homeCare()).contains("Walk twice a day on level ground.");
  }

  private static String openFirstClient(FxRobot robot) {
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#client-header-name");
    // The header shows before the client's record has come back from the worker.
    waitUntil(() -> !AppRobot.label(robot, "#client-header-name").isBlank());
    return AppRobot.label(robot, "#client-header-name");
  }

  private static Node button(FxRobot robot, String text) {
    return robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).query();
  }
}
