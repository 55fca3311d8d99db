package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.client.Client;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.HealthCondition;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.session.Technique;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The draft note's layout: messages that appear take no place from what the therapist is about to
 * click, and every word of the region card shows at 1280×800 and 1024×700.
 */
@ExtendWith(ApplicationExtension.class)
class SessionNoteLayoutTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final Path SCREENS = Path.of("target", "screens");

  /**
   * The least width for the note's column: the session's fields two to a row, each pain scale on
   * one line (a 1024×700 window used to leave it under 400 beside the list of notes).
   */
  private static final double NOTE_COLUMN = 560;

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
                  .conditions(List.of(ConditionEntry.of(HealthCondition.ANTICOAGULANTS)))
                  .build());
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
  }

  @AfterEach
  void stopApp(FxRobot robot) {
    // the stage is shared with the tests that run after this class: give it back at full size,
    // with no question of this test's left open over it
    robot.interact(
        () -> {
          org.knotwork.ui.OpenWindows.closeAllBut(stage);
          stage.setWidth(1280);
          stage.setHeight(800);
        });
    robot.interact(() -> app.stop());
  }

  @Test
  void aCautionAppearsWithoutMovingTheTechniqueRow(FxRobot robot) throws Exception {
    openRegion(robot, "#chart-lower-back-right");
    size(robot, 1280, 800);
    robot.interact(() -> robot.lookup("#finding-add-technique").queryButton().fire());
    waitFor(robot, "#treatment-pressure-0");
    double before = sceneY(robot, "#treatment-pressure-0");

    robot.interact(
        () ->
            robot
                .lookup("#treatment-technique-0")
                .<ComboBox<Technique>>query()
                .setValue(Technique.DEEP_TISSUE));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(sceneY(robot, "#treatment-pressure-0"))
        .as("the pressure a click was aimed at is still where it was")
        .isEqualTo(before);
    Node cautions = robot.lookup("#finding-cautions").query();
    assertThat(
            cautions.lookupAll(".label").stream()
                .filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText())
                .toList())
        .anySatisfy(t -> assertThat(t).contains("Anticoagulants"));
    shoot(robot, "note-caution-1280x800.png");
  }

  @Test
  void theSignBarKeepsItsPlaceAt1280By800(FxRobot robot) throws Exception {
    signBarKeepsItsPlace(robot, 1280, 800);
  }

  @Test
  void theSignBarKeepsItsPlaceAt1024By700(FxRobot robot) throws Exception {
    signBarKeepsItsPlace(robot, 1024, 700);
  }

  private void signBarKeepsItsPlace(FxRobot robot, int width, int height) throws Exception {
    openNote(robot);
    size(robot, width, height); // after the window has taken its remembered size
    waitUntil(() -> !AppRobot.label(robot, "#note-sign-problems").equals("Ready to sign"));
    double withProblems = sceneY(robot, "#note-sign");
    Labeled problems = robot.lookup("#note-sign-problems").queryAs(Labeled.class);
    assertThat(SessionNoteFlowTest.rendered(problems)).isEqualTo(problems.getText());
    shoot(robot, "note-sign-bar-" + width + "x" + height + ".png");

    AppRobot.answerEmergencyQuestionsNo(robot);
    robot.interact(() -> robot.lookup("#note-red-flags-rest-no").queryButton().fire());
    waitUntil(() -> AppRobot.label(robot, "#note-sign-problems").equals("Ready to sign"));

    assertThat(sceneY(robot, "#note-sign"))
        .as("Sign stays where it was when the last problem is solved")
        .isEqualTo(withProblems);
  }

  @Test
  void theNoteColumnGetsTheRoomItNeedsAt1024By700(FxRobot robot) throws Exception {
    openNote(robot);
    size(robot, 1024, 700);
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, "note-column-1024x700.png");

    ScrollPane scroll = robot.lookup("#session-note-scroll").queryAs(ScrollPane.class);
    double width = scroll.localToScene(scroll.getLayoutBounds()).getWidth();
    assertThat(width).as("the note's column at 1024×700").isGreaterThanOrEqualTo(NOTE_COLUMN);
    assertThat(Clipping.under(robot.lookup("#notes").query())).isEmpty();

    // The list of notes is one click away, and choosing a note gives the room back to it.
    assertThat(onShow(robot.lookup("#note-list").query())).as("the list, folded away").isFalse();
    robot.clickOn("#note-list-show");
    waitUntil(() -> onShow(robot.lookup("#note-list").query()));
    assertThat(robot.lookup("#note-list").queryListView().getItems()).hasSize(1);
    robot.interact(() -> robot.lookup("#note-list").queryListView().getSelectionModel().select(0));
    waitUntil(() -> !onShow(robot.lookup("#note-list").query()));
    assertThat(scroll.getScene()).isNotNull();
    assertThat(scroll.localToScene(scroll.getLayoutBounds()).getWidth())
        .isGreaterThanOrEqualTo(NOTE_COLUMN);
  }

  @Test
  void theListOfNotesStaysBesideTheNoteAt1280By800(FxRobot robot) {
    openNote(robot);
    size(robot, 1280, 800);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(onShow(robot.lookup("#note-list").query())).isTrue();
    ScrollPane scroll = robot.lookup("#session-note-scroll").queryAs(ScrollPane.class);
    assertThat(scroll.localToScene(scroll.getLayoutBounds()).getWidth())
        .isGreaterThanOrEqualTo(NOTE_COLUMN);
  }

  @Test
  void theRegionCardShowsEveryWordAt1280By800And1024By700(FxRobot robot) throws Exception {
    openRegion(robot, "#chart-neck-right");
    for (int[] size : new int[][] {{1280, 800}, {1024, 700}}) {
      size(robot, size[0], size[1]);
      AppRobot.scrollTo(robot, "#session-note-scroll", "#finding-editor", 0);
      WaitForAsyncUtils.waitForFxEvents();
      shoot(robot, "note-region-card-" + size[0] + "x" + size[1] + ".png");
      String at = size[0] + "×" + size[1];

      List<String> cut = new ArrayList<>();
      for (Node n : robot.lookup("#finding-editor .labeled").queryAll()) {
        collectCut(n, cut);
      }
      for (Node n : robot.lookup("#finding-editor .label").queryAll()) {
        collectCut(n, cut);
      }
      for (Node n : robot.lookup("#finding-editor .toggle-button").queryAll()) {
        collectCut(n, cut);
      }
      for (Node n : robot.lookup("#finding-editor .button").queryAll()) {
        collectCut(n, cut);
      }
      assertThat(cut).as("shortened at " + at).isEmpty();

      ScrollPane scroll = robot.lookup("#session-note-scroll").queryAs(ScrollPane.class);
      assertThat(scroll.getContent().getLayoutBounds().getWidth())
          .as("no sideways scrolling at " + at)
          .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 0.5);
      assertThat(scroll.localToScene(scroll.getLayoutBounds()).getMaxX())
          .as("the note fits in the window at " + at)
          .isLessThanOrEqualTo(scroll.getScene().getWidth() + 0.5);

      TextField rom = robot.lookup("#finding-rom").queryAs(TextField.class);
      Text prompt =
          rom.lookupAll(".text").stream()
              .filter(Text.class::isInstance)
              .map(Text.class::cast)
              .filter(t -> rom.getPromptText().equals(t.getText()))
              .findFirst()
              .orElseThrow();
      assertThat(prompt.getLayoutBounds().getWidth())
          .as("the range-of-motion example fits its field at " + at)
          .isLessThanOrEqualTo(rom.getWidth() - rom.snappedLeftInset() - rom.snappedRightInset());
    }
  }

  /** Whether the node and every node around it are visible. */
  private static boolean onShow(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return node.getScene() != null;
  }

  private static void collectCut(Node n, List<String> cut) {
    if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
      String shown = SessionNoteFlowTest.rendered(l);
      if (!shown.equals(l.getText())) {
        cut.add(l.getText() + " → " + shown);
      }
    }
  }

  private void size(FxRobot robot, int width, int height) {
    robot.interact(
        () -> {
          stage.setWidth(width);
          stage.setHeight(height);
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void openNote(FxRobot robot) {
    AppRobot.waitForClientList(robot);
    robot.interact(
        () -> robot.lookup("#client-list").queryListView().getSelectionModel().select(0));
    waitFor(robot, "#overview-facts");
    AppRobot.selectTab(robot, "tab-notes");
    waitFor(robot, "#note-new");
    robot.interact(() -> robot.lookup("#note-new").queryButton().fire());
    waitFor(robot, "#body-chart");
  }

  private void openRegion(FxRobot robot, String half) {
    openNote(robot);
    AppRobot.scrollTo(robot, "#session-note-scroll", "#body-chart", 0);
    // Chosen as a key press on the focused half would choose it, without the shared mouse.
    robot.interact(
        () -> {
          Node shape = robot.lookup(half).query();
          shape.requestFocus();
          shape.fireEvent(
              new javafx.scene.input.KeyEvent(
                  javafx.scene.input.KeyEvent.KEY_PRESSED,
                  "",
                  "",
                  javafx.scene.input.KeyCode.ENTER,
                  false,
                  false,
                  false,
                  false));
        });
    waitFor(robot, "#finding-editor");
    AppRobot.scrollTo(robot, "#session-note-scroll", "#finding-editor", 0);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static double sceneY(FxRobot robot, String query) {
    Node node = robot.lookup(query).query();
    return node.localToScene(node.getLayoutBounds()).getMinY();
  }

  private void shoot(FxRobot robot, String name) throws Exception {
    Files.createDirectories(SCREENS);
    AppRobot.screenshot(robot, stage, SCREENS.resolve(name));
  }
}
