package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.SessionNote;
import org.knotwork.session.Technique;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The therapist's loop: open a client, start a note, click the lower back on the chart, choose the
 * right side, record pain and a technique, answer the red-flag screen, sign, and add an addendum.
 */
@ExtendWith(ApplicationExtension.class)
class SessionNoteFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);

  @TempDir static Path dataDir;
  private KnotworkApp app;
  private Stage stage;
  private long clientId;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      context
          .practices()
          .start("Harbour Back Care", false, org.knotwork.practice.TestTherapist.PROFILE);
      clientId =
          context
              .clients()
              .save(
                  Client.builder()
                      .fullName("Siobhán Murphy")
                      .dateOfBirth(LocalDate.of(1979, 5, 2))
                      .build())
              .id();
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
  }

  /** The pain numbers the body chart shows. */
  private static List<String> chartNumbers(FxRobot robot) {
    return robot.lookup(".chart-pain").queryAllAs(Text.class).stream()
        .filter(Node::isVisible)
        .map(Text::getText)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** What the client list row of the open client says. */
  private static String clientRow(FxRobot robot) {
    return robot.lookup("#client-list .list-cell").queryAllAs(ListCell.class).stream()
        .filter(c -> c.getItem() != null)
        .map(c -> String.valueOf(c.getAccessibleText()))
        .findFirst()
        .orElse("");
  }

  private static List<String> cellTexts(FxRobot robot) {
    return robot.lookup("#note-list .list-cell .label").queryAllAs(Labeled.class).stream()
        .map(Labeled::getText)
        .toList();
  }

  /** The text a label actually draws: its own text, or shortened with "…" when it does not fit. */
  static String rendered(Labeled labeled) {
    return labeled.getChildrenUnmodifiable().stream()
        .filter(n -> n instanceof Text && n != labeled.getGraphic())
        .map(n -> ((Text) n).getText())
        .findFirst()
        .orElse("");
  }

  @AfterEach
  void stopApp(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void noteWrittenFromTheChartIsSignedReadOnlyAndTakesAnAddendum(FxRobot robot) throws Exception {
    AppRobot.waitForClientList(robot);
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#overview-facts");
    AppRobot.selectTab(robot, "tab-notes");
    waitFor(robot, "#note-new");
    robot.clickOn("#note-new");
    waitFor(robot, "#body-chart");

    AppRobot.scrollTo(robot, "#session-note-scroll", "#body-chart", 0);
    robot.clickOn("#chart-lower-back-right");
    waitFor(robot, "#finding-editor");
    assertThat(chartNumbers(robot))
        .as("a region whose pain is not recorded yet shows no number")
        .isEmpty();
    ComboBox<Side> side = robot.lookup("#finding-side").queryComboBox();
    assertThat(side.getValue()).isEqualTo(Side.RIGHT);
    robot.interact(() -> side.setValue(Side.RIGHT_GREATER));
    robot.interact(() -> robot.lookup("#finding-pain-before-7").queryAs(ToggleButton.class).fire());
    robot.interact(() -> robot.lookup("#finding-add-technique").queryButton().fire());
    waitFor(robot, "#treatment-technique-0");
    robot.interact(
        () ->
            robot
                .lookup("#treatment-technique-0")
                .<ComboBox<Technique>>query()
                .setValue(Technique.TRIGGER_POINT));
    robot.interact(() -> robot.lookup("#finding-pain-after-3").queryAs(ToggleButton.class).fire());

    robot.clickOn("#note-sign");
    waitFor(robot, "#dialog-message");
    assertThat(robot.lookup("#dialog-message").queryAs(Label.class).getText())
        .contains("Answer every emergency red-flag question");
    robot.clickOn("OK");

    AppRobot.answerEmergencyQuestionsNo(robot);
    robot.interact(() -> robot.lookup("#note-red-flags-rest-no").queryButton().fire());
    robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    waitFor(robot, "#signed-note");

    assertThat(robot.lookup("#signed-note-status").queryAs(Label.class).getText())
        .startsWith("Signed");
    assertThat(
            robot
                .lookup("#signed-note")
                .queryAs(javafx.scene.control.ScrollPane.class)
                .lookupAll(".label")
                .stream()
                .map(n -> ((Label) n).getText())
                .toList())
        .contains("Lower back R>L", "7/10 → 3/10", "Trigger point, 10 min");
    assertThat(robot.lookup("#finding-editor").tryQuery()).isEmpty();
    String today = DateTimeFormatter.ofPattern("d MMM yyyy").format(LocalDate.now(CLOCK));
    waitUntil(() -> clientRow(robot).contains("Last visit " + today));

    robot.interact(
        () -> {
          stage.setWidth(1024);
          stage.setHeight(700);
        });
    WaitForAsyncUtils.waitForFxEvents();
    ScrollPane before = robot.lookup("#signed-note").queryAs(ScrollPane.class);
    assertThat(before.getContent().getLayoutBounds().getHeight())
        .as("the signed note is longer than its window")
        .isGreaterThan(before.getViewportBounds().getHeight() + 100);
    robot.interact(() -> before.setVvalue(1));
    robot.interact(() -> robot.lookup("#addendum-reason").query().requestFocus());
    robot.write("Correction");
    robot.interact(() -> robot.lookup("#addendum-text").query().requestFocus());
    robot.write("Client phoned: soreness settled the next day.");
    robot.interact(() -> robot.lookup("#addendum-add").queryButton().fire());
    waitUntil(() -> robot.lookup("#addenda .addendum").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    Node added = robot.lookup("#addenda .addendum").query();
    ScrollPane page = robot.lookup("#signed-note").queryAs(ScrollPane.class);
    Bounds shown = page.localToScene(page.getLayoutBounds());
    Bounds addendum = added.localToScene(added.getLayoutBounds());
    assertThat(addendum.getMinY())
        .as("the addendum just added is in view")
        .isGreaterThanOrEqualTo(shown.getMinY())
        .isLessThan(shown.getMaxY() - 20);

    ListView<?> notes = robot.lookup("#note-list").queryListView();
    waitUntil(() -> notes.getItems().size() == 1);
    waitUntil(() -> cellTexts(robot).contains("Signed · addendum"));
    java.nio.file.Files.createDirectories(Path.of("target", "screens"));
    AppRobot.screenshot(robot, stage, Path.of("target", "screens", "addendum-1024x700.png"));
    for (Labeled shownText : robot.lookup("#signed-note .label").queryAllAs(Labeled.class)) {
      assertThat(rendered(shownText)).as("signed note, at 1024×700").isEqualTo(shownText.getText());
    }
    for (Labeled shownText :
        robot.lookup("#note-list .list-cell .label").queryAllAs(Labeled.class)) {
      assertThat(rendered(shownText)).as("shown in full").isEqualTo(shownText.getText());
    }
    DataDirectory dir = DataDirectory.at(dataDir);
    robot.interact(() -> app.stop());
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      SessionNote stored = context.sessions().load(context.sessions().list(clientId).get(0).id());
      assertThat(stored.status()).isEqualTo(NoteStatus.SIGNED);
      assertThat(stored.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.region()).isEqualTo(BackRegion.LOWER_BACK);
                assertThat(f.side()).isEqualTo(Side.RIGHT_GREATER);
                assertThat(f.painBefore()).isEqualTo(7);
                assertThat(f.painAfter()).isEqualTo(3);
              });
      assertThat(stored.addenda())
          .singleElement()
          .extracting(a -> a.reason())
          .isEqualTo("Correction");
    }
    app = new KnotworkApp(dir, CLOCK);
    robot.interact(() -> app.start(new Stage()));
  }
}
