package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.PracticeKeys;
import org.knotwork.safety.Country;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * Every editor, and every way of leaving it (decision 31): another client, another screen, closing
 * the window (Ctrl+Q) and restoring a backup ask Save / Discard / Keep editing, naming the editor,
 * and "Keep editing" keeps the change; a lock never asks, and stores what can be stored.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedWorkFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final String PASSPHRASE = "copper meadow lantern";
  @TempDir Path root;
  private Stage stage;
  private KnotworkApp app;
  private DataDirectory dir;

  /** An editor: where it is, the field changed, what the question calls it, what a lock stores. */
  enum Editor {
    INTAKE("#client-occupation", "Ferry pilot", "intake form", true),
    PLAN("#plan-home-care", "Walk after lunch", "draft treatment plan", true),
    HANDOUT("#handout-edit-title", "Knee care at home", "handout", false),
    PRACTICE_NAME("#practice-name", "Harbour Street Massage", "practice's name", false),
    THERAPIST("#practice-therapist-name", "Jo Marsh", "your details", false),
    EMERGENCY("#practice-emergency-number", "112", "emergency numbers", false),
    LETTERHEAD("#letterhead-phone", "01632 960000", "letterhead", false),
    QUICK_PHRASE("#quick-phrase-abbreviation", "qlr", "quick phrase", false),
    MEASURE("#instrument-name", "Pain on sitting", "measure being added", false),
    BOOK_RULES(
        "#book-hours-monday", "09:00–12:30, 13:30–17:00", "appointment book's settings", false),
    BOOK_SERVICE("#book-service-name", "Massage 60", "new service", false);

    final String field;
    final String typed;
    final String named;
    final boolean ofAClient;

    Editor(String field, String typed, String named, boolean ofAClient) {
      this.field = field;
      this.typed = typed;
      this.named = named;
      this.ofAClient = ofAClient;
    }
  }

  /** A way of leaving that asks. */
  enum Leaving {
    ANOTHER_CLIENT,
    ANOTHER_SCREEN,
    CLOSING,
    RESTORING
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @BeforeEach
  void practice() {
    dir = DataDirectory.at(root.resolve("practice"));
    PracticeKeys keys = PracticeKeys.forTests();
    try (Database db = Database.open(dir, keys.create(dir, PASSPHRASE.toCharArray()))) {
      new AppContext(dir, db, CLOCK).demo().create(3, 1, 7L);
    }
  }

  @AfterEach
  void stop(FxRobot robot) {
    if (app != null) {
      robot.interact(() -> app.stop());
    }
  }

  /** Whether {@code way} can be tried from the screen that holds {@code editor}. */
  private static boolean reachable(Editor editor, Leaving way) {
    return switch (way) {
      case ANOTHER_CLIENT -> editor.ofAClient;
      // a restore starts on the Practice page: the client's editors were asked on the way
      case RESTORING -> !editor.ofAClient && editor != Editor.HANDOUT;
      default -> true;
    };
  }

  /**
   * One start per editor: the change is made once, then every way of leaving it is tried in turn
   * (each answered "Keep editing", which must keep the change and bring the editor back), and last
   * the lock, which must not ask.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Editor.class)
  void everyWayOfLeavingAsksAndALockStoresWithoutAsking(Editor editor, FxRobot robot) {
    open(robot);
    change(robot, editor);

    for (Leaving way : Leaving.values()) {
      if (reachable(editor, way)) {
        leave(robot, editor, way);
        waitFor(robot, "#dialog-message");
        assertThat(AppRobot.label(robot, "#dialog-message")).as(way.name()).contains(editor.named);
        robot.clickOn(dialogButton(robot, "Keep editing"));
        waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isEmpty());

        assertThat(stage.isShowing()).as(way.name()).isTrue();
        assertThat(robot.lookup(editor.field).queryAs(TextInputControl.class).getText())
            .as(way.name())
            .isEqualTo(editor.typed);
        assertThat(robot.lookup(editor.field).query().isVisible())
            .as("in front again after " + way)
            .isTrue();
      }
    }

    // as Ctrl+L does (the key itself is tried in LockInARealWindowTest); a key typed here would
    // depend on which window the previous test classes left focused
    robot.interact(app::lock);
    waitFor(robot, "#passphrase");
    unlock(robot);

    assertThat(robot.lookup("#dialog-message").tryQuery()).as("no question").isEmpty();
    if (editor == Editor.MEASURE) {
      // a measure without its code and scores cannot be stored: it waits, as typed, in its form
      assertThat(robot.lookup(editor.field).queryAs(TextInputControl.class).getText())
          .isEqualTo(editor.typed);
      return;
    }
    robot.interact(() -> app.stop());
    app = null;
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().unlock(dir, PASSPHRASE.toCharArray()))) {
      assertThat(stored(editor).apply(new AppContext(dir, db, CLOCK)))
          .as("stored before the lock")
          .isTrue();
    }
  }

  private void leave(FxRobot robot, Editor editor, Leaving way) {
    switch (way) {
      case ANOTHER_CLIENT ->
          later(
              () ->
                  robot
                      .lookup("#client-list")
                      .<ListView<Object>>query()
                      .getSelectionModel()
                      .select(1));
      case ANOTHER_SCREEN ->
          later(() -> navButton(robot, editor.ofAClient ? "#nav-records" : "#nav-clients").fire());
      case CLOSING -> robot.push(KeyCode.CONTROL, KeyCode.Q);
      case RESTORING -> {
        later(() -> robot.lookup("#backup-now").queryButton().fire());
        waitUntil(() -> robot.lookup("#backup-restore").tryQuery().isPresent());
        restoreNewest(robot);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void theScreenOnShowChosenAgainLeavesNothingAndAsksNothing(FxRobot robot) {
    open(robot);
    change(robot, Editor.INTAKE);

    robot.clickOn("#nav-clients");
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#dialog-message").tryQuery()).isEmpty();
    assertThat(robot.lookup(Editor.INTAKE.field).queryAs(TextInputControl.class).getText())
        .isEqualTo(Editor.INTAKE.typed);
  }

  private static Function<AppContext, Boolean> stored(Editor editor) {
    return c ->
        switch (editor) {
          case INTAKE ->
              c.clients().search("", false).stream()
                  .map(ClientSummary::id)
                  .anyMatch(id -> "Ferry pilot".equals(c.clients().load(id).occupation()));
          case PLAN ->
              c.clients().search("", false).stream()
                  .flatMap(s -> c.plans().plans(s.id()).stream())
                  .anyMatch(p -> p.homeCare().contains("Walk after lunch"));
          case HANDOUT ->
              c.handouts().list().stream().anyMatch(i -> i.title().equals("Knee care at home"));
          case PRACTICE_NAME ->
              c.practices().current().orElseThrow().name().equals("Harbour Street Massage");
          case THERAPIST -> c.practices().therapist().orElseThrow().name().equals("Jo Marsh");
          case EMERGENCY -> c.practices().emergencyNumbers().emergency().equals("112");
          case LETTERHEAD -> c.practices().details().phone().equals("01632 960000");
          case QUICK_PHRASE ->
              c.sessions().quickPhrases().all().stream()
                  .anyMatch(p -> p.abbreviation().equals("qlr"));
          case MEASURE -> false;
          case BOOK_RULES ->
              c.appointments().settings().hours().on(java.time.DayOfWeek.MONDAY).size() == 2;
          case BOOK_SERVICE ->
              c.appointments().services().stream().anyMatch(v -> v.name().equals("Massage 60"));
        };
  }

  private void change(FxRobot robot, Editor editor) {
    switch (editor) {
      case INTAKE -> {
        openFirstClient(robot);
        AppRobot.selectTab(robot, "tab-intake");
      }
      case PLAN -> {
        openFirstClient(robot);
        AppRobot.selectTab(robot, "tab-plans");
        waitFor(robot, "#plan-new");
        later(() -> robot.lookup("#plan-new").queryButton().fire());
        waitUntil(() -> robot.lookup("#plan-editor").query().isVisible());
      }
      case HANDOUT -> {
        later(() -> navButton(robot, "#nav-handouts").fire());
        waitFor(robot, "#handout-list");
        waitUntil(() -> !robot.lookup("#handout-list").<ListView<?>>query().getItems().isEmpty());
        later(() -> robot.lookup("#handout-edit").queryButton().fire());
        waitUntil(() -> robot.lookup(editor.field).query().isVisible());
      }
      default -> {
        later(() -> navButton(robot, "#nav-practice").fire());
        waitFor(robot, editor.field);
      }
    }
    waitFor(robot, editor.field);
    robot.interact(
        () -> {
          if (editor == Editor.EMERGENCY) {
            robot.lookup("#practice-country").<ComboBox<Country>>query().setValue(Country.OTHER);
            robot
                .lookup("#practice-same-day-help")
                .queryAs(TextInputControl.class)
                .setText("the walk-in clinic on Quay Street");
          }
          if (editor == Editor.QUICK_PHRASE) {
            robot
                .lookup("#quick-phrase-text")
                .queryAs(TextInputControl.class)
                .setText("right quadratus lumborum");
          }
          robot.lookup(editor.field).queryAs(TextInputControl.class).setText(editor.typed);
        });
  }

  private void open(FxRobot robot) {
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK, p -> {}, PracticeKeys.forTests());
          app.start(stage);
          stage.setWidth(1280);
          stage.setHeight(800);
        });
    unlock(robot);
    AppRobot.waitForClientList(robot);
  }

  private void unlock(FxRobot robot) {
    waitFor(robot, "#passphrase");
    robot.interact(
        () -> {
          robot.lookup("#passphrase").<PasswordField>query().setText(PASSPHRASE);
          robot.lookup("#passphrase-submit").queryButton().fire();
        });
    waitUntil(() -> robot.lookup("#passphrase").tryQuery().isEmpty());
  }

  private static void restoreNewest(FxRobot robot) {
    ListView<?> backups = robot.lookup("#backup-kept").queryListView();
    waitUntil(() -> !backups.getItems().isEmpty());
    robot.interact(() -> backups.getSelectionModel().select(0));
    later(() -> robot.lookup("#backup-restore").queryButton().fire());
    waitFor(robot, "#dialog-message");
    // "Restore this backup?" first; then the unsaved changes
    robot.clickOn(
        robot
            .lookup(".dialog-pane .button")
            .match(LabeledMatchers.hasText("Restore"))
            .<Node>query());
    waitUntil(
        () ->
            robot.lookup("#dialog-message").tryQuery().isPresent()
                && AppRobot.label(robot, "#dialog-message").contains("not been saved"));
  }

  private static void openFirstClient(FxRobot robot) {
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#client-header-name");
  }

  private static ToggleButton navButton(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(ToggleButton.class);
  }

  private static Node dialogButton(FxRobot robot, String text) {
    return robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).query();
  }

  /** Runs on the JavaFX thread without waiting: an action that asks returns once answered. */
  private static void later(Runnable action) {
    Platform.runLater(action);
  }
}
