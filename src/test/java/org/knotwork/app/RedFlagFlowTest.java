package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.safety.Country;
import org.knotwork.safety.EmergencyNumbers;
import org.knotwork.session.RedFlagQuestion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The red-flag screen in the running app: "Answer the rest No" leaves every emergency question
 * open, and an emergency "yes" stops treatment, names the practice's emergency number and signs the
 * note as a session that ended without treatment.
 */
@ExtendWith(ApplicationExtension.class)
class RedFlagFlowTest {
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
      AppContext context = new AppContext(dir, db, CLOCK);
      if (context.practices().current().isEmpty()) {
        context
            .practices()
            .start("Harbour Back Care", false, org.knotwork.practice.TestTherapist.PROFILE);
        context.practices().saveEmergencyNumbers(EmergencyNumbers.of(Country.CANADA));
        context
            .clients()
            .save(
                Client.builder()
                    .fullName("Amira Haddad")
                    .dateOfBirth(LocalDate.of(1984, 2, 9))
                    .build());
      }
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
  }

  /** For looking at the screen as a therapist would: target/screens. */
  private void screenshot(FxRobot robot, String name) {
    try {
      java.nio.file.Files.createDirectories(Path.of("target", "screens"));
      AppRobot.screenshot(robot, stage, Path.of("target", "screens", name));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterEach
  void stopApp(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  private static String id(RedFlagQuestion q) {
    return "#flag-" + q.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static void openNewNote(FxRobot robot) {
    AppRobot.waitForClientList(robot);
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#overview-facts");
    AppRobot.selectTab(robot, "tab-notes");
    waitFor(robot, "#note-new");
    robot.clickOn("#note-new");
    waitFor(robot, "#body-chart");
  }

  @Test
  void answerTheRestNoLeavesEveryEmergencyQuestionOpen(FxRobot robot) {
    openNewNote(robot);

    robot.interact(() -> robot.lookup("#note-red-flags-rest-no").queryButton().fire());

    for (RedFlagQuestion q : RedFlagQuestion.asked()) {
      if (!robot.lookup(id(q) + "-no").tryQuery().isPresent()) {
        continue;
      }
      boolean no = robot.lookup(id(q) + "-no").queryAs(RadioButton.class).isSelected();
      boolean yes = robot.lookup(id(q) + "-yes").queryAs(RadioButton.class).isSelected();
      assertThat(yes).as(q.name()).isFalse();
      assertThat(no).as(q.name()).isEqualTo(!q.urgent());
    }
    waitUntil(
        () ->
            robot
                .lookup("#note-sign-problems")
                .queryAs(Label.class)
                .getTooltip()
                .getText()
                .contains("Answer every emergency red-flag question, one by one"));
  }

  @Test
  void anEmergencyYesStopsTreatmentAndTheNoteIsSignedAsEndedWithoutTreatment(FxRobot robot) {
    openNewNote(robot);
    AppRobot.answerEmergencyQuestionsNo(robot);
    robot.interact(() -> robot.lookup("#note-red-flags-rest-no").queryButton().fire());
    robot.interact(
        () ->
            robot
                .lookup(id(RedFlagQuestion.CLOT_LUNGS) + "-yes")
                .queryAs(RadioButton.class)
                .fire());

    waitUntil(() -> robot.lookup("#note-no-treatment").query().isVisible());
    assertThat(AppRobot.label(robot, "#note-urgent-alert")).contains("Call 911 now");
    AppRobot.scrollTo(robot, "#session-note-scroll", "#note-urgent-alert", 300);
    screenshot(robot, "red-flag-emergency.png");

    AppRobot.scrollTo(robot, "#session-note-scroll", "#body-chart", 0);
    robot.clickOn("#chart-lower-back-right");
    waitFor(robot, "#finding-editor");
    assertThat(robot.lookup("#finding-add-technique").queryAs(Button.class).isDisabled())
        .as("no technique can be added after an emergency yes")
        .isTrue();
    assertThat(robot.lookup("#finding-no-treatment").query().isVisible()).isTrue();
    AppRobot.scrollTo(robot, "#session-note-scroll", "#finding-editor", 0);
    robot.clickOn("#finding-pain-before-7"); // findings are still recorded; only treatment stops

    robot.interact(() -> robot.lookup("#note-red-flag-suggest").queryButton().fire());
    assertThat(robot.lookup("#note-red-flag-advice").queryAs(TextArea.class).getText())
        .contains("911");
    waitUntil(() -> AppRobot.label(robot, "#note-sign-problems").equals("Ready to sign"));

    robot.clickOn("#note-sign");
    waitFor(robot, "#signed-note");

    List<String> texts =
        robot.lookup("#signed-note").queryAs(ScrollPane.class).lookupAll(".label").stream()
            .map(n -> ((Label) n).getText())
            .toList();
    assertThat(texts)
        .contains(
            "Emergency — yes",
            RedFlagQuestion.CLOT_LUNGS.question(),
            "Session ended without treatment (red flag answered yes)");
  }
}
