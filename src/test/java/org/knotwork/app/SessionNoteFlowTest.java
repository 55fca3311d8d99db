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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
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
  private long clientId;

  @Start
  void start(Stage stage) {
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      context.practices().start("Harbour Back Care", false);
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

  @AfterEach
  void stopApp(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void noteWrittenFromTheChartIsSignedReadOnlyAndTakesAnAddendum(FxRobot robot) {
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
        .contains("Answer every urgent red-flag question");
    robot.clickOn("OK");

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

    robot.interact(() -> robot.lookup("#addendum-reason").query().requestFocus());
    robot.write("Correction");
    robot.interact(() -> robot.lookup("#addendum-text").query().requestFocus());
    robot.write("Client phoned: soreness settled the next day.");
    robot.interact(() -> robot.lookup("#addendum-add").queryButton().fire());
    waitUntil(() -> robot.lookup("#addenda .addendum").tryQuery().isPresent());

    ListView<?> notes = robot.lookup("#note-list").queryListView();
    waitUntil(() -> notes.getItems().size() == 1);
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
