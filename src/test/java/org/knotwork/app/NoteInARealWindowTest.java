package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.body.BackRegion;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.SessionNote;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * A session note in a real window, by mouse and keyboard only: the lower back clicked on the body
 * chart, pain before and after, the red-flag screen, Ctrl+Enter to sign, and an addendum typed key
 * by key.
 */
@Tag("real-window")
@ExtendWith({RealDisplay.class, ApplicationExtension.class})
class NoteInARealWindowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir Path root;
  private KnotworkApp app;
  private DataDirectory dir;
  private long clientId;

  @Start
  void start(Stage stage) {
    dir = DataDirectory.at(root.resolve("practice"));
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
                      .fullName("Siobhan Murphy")
                      .dateOfBirth(LocalDate.of(1979, 5, 2))
                      .build())
              .id();
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void aNoteFromTheChartSignedThenAnAddendum(FxRobot robot) throws Exception {
    AppRobot.waitForClientList(robot);
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#overview-facts");
    robot.clickOn(tab(robot, "Notes"));
    waitFor(robot, "#note-new");
    robot.clickOn("#note-new");
    waitFor(robot, "#body-chart");
    AppRobot.scrollTo(robot, "#session-note-scroll", "#body-chart", 0);

    robot.clickOn("#chart-lower-back-right");
    waitFor(robot, "#finding-editor");
    AppRobot.scrollTo(robot, "#session-note-scroll", "#finding-editor", 0);
    robot.clickOn("#finding-pain-before-7");
    robot.clickOn("#finding-pain-after-3");
    RealDisplay.screenshot("note-1-finding");

    answerUrgentQuestionsNo(robot);
    RealDisplay.screenshot("note-2-red-flags");
    robot.push(KeyCode.CONTROL, KeyCode.ENTER);
    signAnywayIfAsked(robot);
    waitFor(robot, "#signed-note");
    RealDisplay.screenshot("note-3-signed");

    AppRobot.scrollTo(robot, "#signed-note", "#addendum-add", 300);
    robot.clickOn("#addendum-reason").write("Correction");
    robot.clickOn("#addendum-text").write("Client phoned: soreness settled the next day.");
    robot.clickOn("#addendum-add");
    waitUntil(() -> robot.lookup("#addenda .addendum").tryQuery().isPresent());
    RealDisplay.screenshot("note-4-addendum");
    ListView<?> notes = robot.lookup("#note-list").queryListView();
    waitUntil(() -> notes.getItems().size() == 1);

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
                assertThat(f.painBefore()).isEqualTo(7);
                assertThat(f.painAfter()).isEqualTo(3);
              });
      assertThat(stored.addenda())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.reason()).isEqualTo("Correction");
                assertThat(a.text()).isEqualTo("Client phoned: soreness settled the next day.");
              });
    }
  }

  /**
   * Answers "No" by clicking every red-flag question still unanswered (urgent ones are answered one
   * by one), scrolling each into view first.
   */
  private static void answerUrgentQuestionsNo(FxRobot robot) {
    for (Node node :
        robot
            .lookup(
                n ->
                    n instanceof javafx.scene.control.RadioButton r
                        && r.getId() != null
                        && r.getId().endsWith("-no")
                        && r.getToggleGroup() != null
                        && r.getToggleGroup().getSelectedToggle() == null)
            .queryAll()) {
      robot.interact(
          () -> {
            javafx.scene.control.ScrollPane scroll = robot.lookup("#session-note-scroll").query();
            double y =
                node.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
            double range =
                scroll.getContent().getBoundsInLocal().getHeight()
                    - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, (y - 200) / range)));
          });
      robot.clickOn(node);
    }
  }

  /** Signing may first list what is unresolved (a caution, a missing consent) and ask once. */
  private static void signAnywayIfAsked(FxRobot robot) {
    try {
      waitUntil(
          () ->
              robot.lookup("#signed-note").tryQuery().isPresent()
                  || robot.lookup("#dialog-message").tryQuery().isPresent());
    } catch (AssertionError e) {
      return;
    }
    robot
        .lookup(".dialog-pane .button")
        .match(LabeledMatchers.hasText("Sign anyway"))
        .tryQuery()
        .ifPresent(robot::clickOn);
  }

  private static Node tab(FxRobot robot, String title) {
    return robot.lookup(".tab-label").match(LabeledMatchers.hasText(title)).query();
  }
}
