package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.client.Client;
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
 * The intake form keeps the therapist where they were: saving does not send the form back to its
 * top or the focus elsewhere, and "Keep editing" brings unsaved changes back in front.
 */
@ExtendWith(ApplicationExtension.class)
class IntakeFormFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

  @TempDir Path dataDir;
  private KnotworkApp app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      context
          .practices()
          .start("Harbour Back Care", false, org.knotwork.practice.TestTherapist.PROFILE);
      context
          .clients()
          .save(
              Client.builder()
                  .fullName("Ben Okafor")
                  .dateOfBirth(LocalDate.of(1958, 3, 14))
                  .build());
      context.clients().save(Client.builder().fullName("Clara Diaz").build());
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
    stage.setWidth(1280);
    stage.setHeight(800);
  }

  @AfterEach
  void stopApp(FxRobot robot) {
    robot.interact(
        () -> {
          org.knotwork.ui.OpenWindows.closeAllBut(stage);
          stage.setWidth(1280);
          stage.setHeight(800);
        });
    robot.interact(() -> app.stop());
  }

  @Test
  void savingAStoredClientNearTheBottomKeepsTheFormWhereItWas(FxRobot robot) {
    AppRobot.waitForClientList(robot);
    robot.interact(
        () -> robot.lookup("#client-list").queryListView().getSelectionModel().select(0));
    waitFor(robot, "#overview-facts");
    AppRobot.selectTab(robot, "tab-intake");
    waitFor(robot, "#client-notes");

    savesInPlace(robot, () -> robot.clickOn("#client-save"));
  }

  @Test
  void savingWithTheShortcutKeepsTheFormWhereItWas(FxRobot robot) {
    AppRobot.waitForClientList(robot);
    robot.interact(
        () -> robot.lookup("#client-list").queryListView().getSelectionModel().select(0));
    waitFor(robot, "#overview-facts");
    AppRobot.selectTab(robot, "tab-intake");
    waitFor(robot, "#client-notes");

    savesInPlace(robot, () -> robot.push(KeyCode.CONTROL, KeyCode.S));
  }

  @Test
  void savingANewClientForTheFirstTimeKeepsTheFormWhereItWas(FxRobot robot) {
    AppRobot.waitForClientList(robot);
    robot.push(KeyCode.CONTROL, KeyCode.N);
    waitFor(robot, "#client-notes");
    robot.interact(
        () -> robot.lookup("#client-full-name").queryAs(TextField.class).setText("Ada Lovelace"));

    savesInPlace(robot, () -> robot.clickOn("#client-save"));
    assertThat(AppRobot.label(robot, "#client-header-name")).isEqualTo("Ada Lovelace");
  }

  @Test
  void keepEditingWhenLeavingFromAnotherSectionBringsTheIntakeBack(FxRobot robot) {
    openFirstClient(robot);
    AppRobot.selectTab(robot, "tab-intake");
    waitFor(robot, "#client-occupation");
    typeOccupation(robot, "Bus driver");
    AppRobot.selectTab(robot, "tab-notes");

    robot.clickOn("#nav-practice");
    clickDialogButton(robot, "Keep editing");

    intakeIsInFront(robot, "Bus driver");
  }

  @Test
  void keepEditingWhenChoosingAnotherClientBringsTheIntakeBack(FxRobot robot) {
    openFirstClient(robot);
    AppRobot.selectTab(robot, "tab-intake");
    waitFor(robot, "#client-occupation");
    typeOccupation(robot, "Florist");
    String name = AppRobot.label(robot, "#client-header-name");
    AppRobot.selectTab(robot, "tab-overview");

    robot.clickOn(robot.lookup("#client-list .list-cell").nth(1).<Node>query());
    clickDialogButton(robot, "Keep editing");

    intakeIsInFront(robot, "Florist");
    assertThat(AppRobot.label(robot, "#client-header-name")).isEqualTo(name);
  }

  /**
   * Found in a hands-on trial: after Save, the other client opened but the list still marked the
   * first one, and clicking the first one again then did nothing.
   */
  @Test
  void savingWhenChoosingAnotherClientMovesTheListToThatClient(FxRobot robot) {
    openFirstClient(robot);
    AppRobot.selectTab(robot, "tab-intake");
    waitFor(robot, "#client-occupation");
    typeOccupation(robot, "Florist");
    ListView<ClientSummary> list = robot.lookup("#client-list").queryListView();
    ClientSummary second = list.getItems().get(1);

    robot.clickOn(robot.lookup("#client-list .list-cell").nth(1).<Node>query());
    clickDialogButton(robot, "Save");

    AppRobot.waitUntil(
        () -> AppRobot.label(robot, "#client-header-name").contains(second.fullName()));
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(second.id());
  }

  @Test
  void everyConditionOnTheChecklistReadsInFull(FxRobot robot) {
    openFirstClient(robot);
    AppRobot.selectTab(robot, "tab-intake");
    waitFor(robot, "#condition-lymphoedema");
    javafx.scene.Node checklist = robot.lookup("#condition-lymphoedema").query().getParent();

    assertThat(Clipping.under(checklist)).isEmpty();
  }

  private void intakeIsInFront(FxRobot robot, String occupation) {
    javafx.scene.control.TabPane tabs = robot.lookup("#client-tabs").query();
    assertThat(tabs.getSelectionModel().getSelectedItem().getId())
        .as("the section in front")
        .isEqualTo("tab-intake");
    TextField field = robot.lookup("#client-occupation").queryAs(TextField.class);
    assertThat(field.getText()).isEqualTo(occupation);
    assertThat(field.localToScene(field.getLayoutBounds()).getWidth()).isPositive();
    assertThat(stage.getScene().getFocusOwner())
        .as("back in the field they were typing in")
        .isSameAs(field);
    assertThat(AppRobot.label(robot, "#client-save-status")).isEqualTo("Unsaved changes");
  }

  private static void typeOccupation(FxRobot robot, String words) {
    robot.interact(() -> robot.lookup("#client-occupation").query().requestFocus());
    robot.write(words);
    assertThat(AppRobot.label(robot, "#client-save-status")).isEqualTo("Unsaved changes");
  }

  private static void openFirstClient(FxRobot robot) {
    AppRobot.waitForClientList(robot);
    robot.interact(
        () -> robot.lookup("#client-list").queryListView().getSelectionModel().select(0));
    waitFor(robot, "#overview-facts");
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

  /** Scrolls to the bottom, types in the free notes, saves, and checks nothing moved. */
  private void savesInPlace(FxRobot robot, Runnable save) {
    ScrollPane scroll = robot.lookup("#client-form-scroll").queryAs(ScrollPane.class);
    robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
    WaitForAsyncUtils.waitForFxEvents();
    double before = scroll.getVvalue();
    TextArea notes = robot.lookup("#client-notes").queryAs(TextArea.class);
    assertThat(isInView(scroll, notes)).as("the free notes are in view before saving").isTrue();
    robot.clickOn(notes).write("Prefers the window open");
    assertThat(AppRobot.label(robot, "#client-save-status")).isEqualTo("Unsaved changes");

    save.run();
    waitUntil(() -> AppRobot.label(robot, "#client-save-status").startsWith("Saved"));
    // whatever follows a save (the list refreshing, the header updating) has happened too
    WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(scroll.getVvalue()).as("the form's scroll position after saving").isEqualTo(before);
    assertThat(robot.lookup("#client-notes").queryAs(TextArea.class))
        .as("the same free-notes field, not a rebuilt one")
        .isSameAs(notes);
    assertThat(notes.getText()).isEqualTo("Prefers the window open");
    assertThat(isInView(scroll, notes)).as("the free notes are still in view").isTrue();
    Node focused = stage.getScene().getFocusOwner();
    assertThat(focused == notes || focused == robot.lookup("#client-save").query())
        .as("focus stays with what the therapist used, not %s", focused)
        .isTrue();
  }

  private static boolean isInView(ScrollPane scroll, Node node) {
    Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
    Bounds field = node.localToScene(node.getLayoutBounds());
    return field.getMinY() >= viewport.getMinY() - 0.5
        && field.getMaxY() <= viewport.getMaxY() + 0.5;
  }
}
