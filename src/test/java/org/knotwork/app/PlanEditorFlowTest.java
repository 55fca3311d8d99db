package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.session.RegionFinding;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan editor as a therapist meets it: regions charted on one side worse arrive in a new plan,
 * unsaved edits are asked about before they could be lost, a draft is deleted only after one
 * question, and nothing is cut short at 1280×800 or 1024×700.
 */
@ExtendWith(ApplicationExtension.class)
class PlanEditorFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir static Path dataDir;
  private static long unevenClient = -1;
  private static BackRegion unevenRegion;
  private static Side unevenSide;
  private static long plannedClient = -1;
  private KnotworkApp app;
  private Stage stage;
  private AppContext context;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    DataDirectory dir = DataDirectory.at(dataDir);
    if (!Files.exists(dataDir.resolve("knotwork.mv.db")) && unevenClient < 0) {
      try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
        AppContext made = new AppContext(dir, db, CLOCK);
        made.demo().create(8, 2, 42L);
        for (ClientSummary c : made.clients().search("", false)) {
          if (plannedClient < 0 && made.plans().plans(c.id()).size() >= 2) {
            plannedClient = c.id();
          }
          for (RegionFinding f :
              made.sessions().latestSigned(c.id()).map(n -> n.findings()).orElse(List.of())) {
            if (unevenClient < 0
                && (f.side() == Side.LEFT_GREATER || f.side() == Side.RIGHT_GREATER)) {
              unevenClient = c.id();
              unevenRegion = f.region();
              unevenSide = f.side();
            }
          }
        }
      }
    }
    app = new KnotworkApp(dir, CLOCK, p -> {});
    app.start(stage);
    stage.setWidth(1280);
    stage.setHeight(800);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void aRegionChartedOneSideWorseArrivesInTheNewPlanAsCharted(FxRobot robot) {
    assertThat(unevenClient).as("a demo client whose last note has L>R or R>L").isPositive();
    openClient(robot, unevenClient);
    newPlan(robot);

    ComboBox<Side> side =
        robot
            .lookup("#plan-focus-" + unevenRegion.name().toLowerCase(java.util.Locale.ROOT))
            .query();
    assertThat(side.getValue()).isEqualTo(unevenSide);
    assertThat(side.getItems()).contains(Side.LEFT_GREATER, Side.RIGHT_GREATER);
    assertThat(side.getButtonCell().getText())
        .contains(unevenSide == Side.LEFT_GREATER ? "L>R" : "R>L");
  }

  @Test
  void aNewEmptyGoalShowsNoErrorUntilItsFieldIsLeft(FxRobot robot) {
    openFirstClient(robot);
    newPlan(robot);
    if (robot.lookup("#plan-goal-text-0").tryQuery().isEmpty()) {
      robot.interact(() -> robot.lookup("#plan-add-goal").queryButton().fire());
      waitFor(robot, "#plan-goal-text-0");
    }
    int rows =
        robot.lookup(".text-field").queryAll().stream()
            .filter(n -> n.getId() != null && n.getId().startsWith("plan-goal-text-"))
            .toList()
            .size();
    robot.interact(() -> robot.lookup("#plan-goal-text-" + (rows - 1)).query().requestFocus());
    robot.write("Walk the dog for an hour");

    robot.interact(() -> robot.lookup("#plan-add-goal").queryButton().fire());
    robot.interact(() -> robot.lookup("#plan-add-goal").query().requestFocus());
    waitFor(robot, "#plan-goal-text-" + rows);
    WaitForAsyncUtils.waitForFxEvents();

    javafx.scene.control.Label error =
        robot.lookup("#plan-goal-error-" + rows).queryAs(javafx.scene.control.Label.class);
    assertThat(error.isVisible())
        .as(
            "the new goal's error waits until the therapist has been in the goal: %s",
            error.getText())
        .isFalse();

    robot.interact(() -> robot.lookup("#plan-goal-text-" + rows).query().requestFocus());
    robot.interact(() -> robot.lookup("#plan-add-goal").query().requestFocus());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(error.isVisible()).as("leaving the empty goal shows what it lacks").isTrue();
  }

  @Test
  void closingTheWindowAsksAboutAnUnsavedPlanAndKeepEditingKeepsIt(FxRobot robot) {
    openFirstClient(robot);
    newPlan(robot);
    typeFurtherInstructions(robot, "Walk after lunch");

    robot.push(KeyCode.CONTROL, KeyCode.Q);
    clickDialogButton(robot, "Keep editing");

    assertThat(stage.isShowing()).isTrue();
    assertThat(robot.lookup("#plan-editor").query().isVisible()).isTrue();
    assertThat(robot.lookup("#plan-home-care").<TextArea>query().getText())
        .isEqualTo("Walk after lunch");
  }

  @Test
  void keepEditingWhenChoosingAnotherClientFromAnotherSectionBringsTheDraftBack(FxRobot robot) {
    long first = openFirstClient(robot);
    newPlan(robot);
    typeFurtherInstructions(robot, "Ice after long drives");
    AppRobot.selectTab(robot, "tab-notes");

    robot.clickOn(robot.lookup("#client-list .list-cell").nth(1).<Node>query());
    clickDialogButton(robot, "Keep editing");

    draftIsInFront(robot, "Ice after long drives");
    ListView<ClientSummary> clients = robot.lookup("#client-list").queryListView();
    waitUntil(() -> clients.getSelectionModel().getSelectedItem().id() == first);
  }

  @Test
  void keepEditingWhenLeavingForAnotherScreenBringsTheDraftBack(FxRobot robot) {
    openFirstClient(robot);
    newPlan(robot);
    typeFurtherInstructions(robot, "Foam roller, five minutes");
    AppRobot.selectTab(robot, "tab-overview");

    robot.clickOn("#nav-practice");
    clickDialogButton(robot, "Keep editing");

    draftIsInFront(robot, "Foam roller, five minutes");
    assertThat(robot.lookup("#nav-clients").<javafx.scene.control.ToggleButton>query().isSelected())
        .isTrue();
  }

  @Test
  void keepEditingWhenClosingFromAnotherSectionBringsTheDraftBack(FxRobot robot) {
    openFirstClient(robot);
    newPlan(robot);
    typeFurtherInstructions(robot, "Rest the shoulder");
    AppRobot.selectTab(robot, "tab-intake");

    robot.push(KeyCode.CONTROL, KeyCode.Q);
    clickDialogButton(robot, "Keep editing");

    assertThat(stage.isShowing()).isTrue();
    draftIsInFront(robot, "Rest the shoulder");
  }

  private static void draftIsInFront(FxRobot robot, String homeCare) {
    javafx.scene.control.TabPane tabs = robot.lookup("#client-tabs").query();
    assertThat(tabs.getSelectionModel().getSelectedItem().getId())
        .as("the section in front")
        .isEqualTo("tab-plans");
    Node editor = robot.lookup("#plan-editor").query();
    assertThat(editor.isVisible()).isTrue();
    assertThat(editor.getScene()).isNotNull();
    assertThat(editor.localToScene(editor.getLayoutBounds()).getWidth())
        .as("the editor is laid out on screen")
        .isPositive();
    assertThat(robot.lookup("#plan-home-care").<TextArea>query().getText()).isEqualTo(homeCare);
  }

  @Test
  void leavingForAnotherScreenAsksAndSaveKeepsThePlanDraft(FxRobot robot) {
    openFirstClient(robot);
    newPlan(robot);
    ListView<TreatmentPlan> plans = robot.lookup("#plan-list").queryListView();
    typeFurtherInstructions(robot, "Heat pack in the evening");

    robot.clickOn("#nav-practice");
    clickDialogButton(robot, "Save");

    waitUntil(
        () ->
            plans.getItems().stream()
                .anyMatch(
                    p ->
                        p.id() != null
                            && p.status() == PlanStatus.DRAFT
                            && p.homeCare().equals("Heat pack in the evening")));
    waitFor(robot, "#nav-practice");
  }

  @Test
  void switchingClientAsksAndDiscardLeavesNothingStored(FxRobot robot) {
    openFirstClient(robot);
    newPlan(robot);
    ListView<TreatmentPlan> plans = robot.lookup("#plan-list").queryListView();
    List<TreatmentPlan> before = List.copyOf(plans.getItems());
    typeFurtherInstructions(robot, "Stretch twice a day");

    ListView<ClientSummary> clients = robot.lookup("#client-list").queryListView();
    robot.clickOn(robot.lookup("#client-list .list-cell").nth(1).<Node>query());
    clickDialogButton(robot, "Discard changes");

    waitUntil(() -> clients.getSelectionModel().getSelectedIndex() == 1);
    assertThat(robot.lookup("#plan-editor").query().isVisible()).isFalse();
    assertThat(before).noneMatch(p -> p.homeCare().equals("Stretch twice a day"));
  }

  @Test
  void deletingADraftAsksOnceAndSaysItIsDeleted(FxRobot robot) {
    openFirstClient(robot);
    newPlan(robot);
    ListView<TreatmentPlan> plans = robot.lookup("#plan-list").queryListView();
    long drafts = drafts(plans);

    robot.clickOn("#plan-discard");
    clickDialogButton(robot, "Delete draft");

    waitUntil(() -> !robot.lookup("#plan-editor").query().isVisible());
    assertThat(drafts(plans)).isEqualTo(drafts);
    waitFor(robot, "#plans-status");
    assertThat(AppRobot.label(robot, "#plans-status")).isEqualTo("Draft deleted");
  }

  @Test
  void anUnsavedNewPlanIsThrownAwayOnlyAfterAsking(FxRobot robot) {
    openFirstClient(robot);
    newPlan(robot);

    robot.clickOn("#plan-discard");
    clickDialogButton(robot, "Cancel");

    assertThat(robot.lookup("#plan-editor").query().isVisible()).isTrue();
  }

  @Test
  void theCloseButtonSaysItSaves(FxRobot robot) {
    openFirstClient(robot);
    newPlan(robot);
    assertThat(robot.lookup("#plan-close").queryButton().getText()).isEqualTo("Save and close");
  }

  @Test
  void nothingIsCutShortAt1280x800(FxRobot robot) throws Exception {
    checkLayout(robot, 1280, 800);
  }

  @Test
  void nothingIsCutShortAt1024x700(FxRobot robot) throws Exception {
    checkLayout(robot, 1024, 700);
  }

  private void checkLayout(FxRobot robot, int width, int height) throws Exception {
    waitUntil(
        () -> {
          robot.interact(
              () -> {
                stage.setWidth(width);
                stage.setHeight(height);
              });
          return stage.getScene().getWidth() <= width && stage.getScene().getWidth() > width - 40;
        });
    assertThat(plannedClient).as("a demo client with plans").isPositive();
    openClient(robot, plannedClient);
    AppRobot.selectTab(robot, "tab-plans");
    waitFor(robot, "#plan-open");
    robot.interact(() -> robot.lookup("#plan-open").<Button>query().fire());
    waitUntil(() -> AppRobot.label(robot, "#plan-document-status").startsWith("Opened"));
    WaitForAsyncUtils.waitForFxEvents();
    shot(robot, "plans-" + width + "-detail");
    assertThat(Clipping.under(robot.lookup("#plans-view").query())).isEmpty();
    assertThat(horizontalBars(robot.lookup("#plan-list").query())).isFalse();
    assertThat(horizontalBars(robot.lookup("#plan-detail").query())).isFalse();

    robot.clickOn("#plan-new");
    waitFor(robot, "#plan-editor");
    robot.interact(() -> robot.lookup("#plan-add-goal").queryButton().fire());
    robot.interact(() -> {}); // one pulse for the new row
    WaitForAsyncUtils.waitForFxEvents();
    AppRobot.scrollTo(robot, "#plan-editor", "#plan-add-goal", 200);
    WaitForAsyncUtils.waitForFxEvents();
    shot(robot, "plans-" + width + "-editor");
    assertThat(Clipping.under(robot.lookup("#plans-view").query())).isEmpty();
    assertThat(robot.lookup("#plan-list").query().isDisabled()).isFalse();
    assertThat(horizontalBars(robot.lookup("#plan-editor").query())).isFalse();
  }

  private static long drafts(ListView<TreatmentPlan> plans) {
    return plans.getItems().stream().filter(p -> p.status() == PlanStatus.DRAFT).count();
  }

  private static boolean horizontalBars(Node list) {
    return list.lookupAll(".scroll-bar").stream()
        .anyMatch(
            b ->
                b.isVisible()
                    && ((ScrollBar) b).getOrientation() == javafx.geometry.Orientation.HORIZONTAL);
  }

  private void shot(FxRobot robot, String name) throws Exception {
    Path dir = Path.of("target", "screens");
    Files.createDirectories(dir);
    AppRobot.screenshot(robot, stage, dir.resolve(name + ".png"));
  }

  private long openFirstClient(FxRobot robot) {
    AppRobot.waitForClientList(robot);
    ListCell<ClientSummary> first = robot.lookup("#client-list .list-cell").query();
    long id = first.getItem().id();
    openClient(robot, id);
    return id;
  }

  private static void openClient(FxRobot robot, long id) {
    AppRobot.waitForClientList(robot);
    ListView<ClientSummary> clients = robot.lookup("#client-list").queryListView();
    robot.interact(
        () ->
            clients.getItems().stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .ifPresent(c -> clients.getSelectionModel().select(c)));
    waitFor(robot, "#overview-facts");
  }

  private static void newPlan(FxRobot robot) {
    AppRobot.selectTab(robot, "tab-plans");
    waitFor(robot, "#plan-new");
    waitUntil(() -> !robot.lookup("#plan-new").queryButton().isDisabled());
    robot.clickOn("#plan-new");
    waitFor(robot, "#plan-editor");
  }

  private static void typeFurtherInstructions(FxRobot robot, String words) {
    robot.interact(() -> robot.lookup("#plan-home-care").<TextArea>query().setText(words));
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
}
