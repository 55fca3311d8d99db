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
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.body.Side;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.outcome.Instrument;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** A therapist agrees a new plan with a demo client and opens it as a PDF. */
@ExtendWith(ApplicationExtension.class)
class PlanFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  @TempDir static Path dataDir;
  private KnotworkApp app;
  private Stage stage;
  private final CopyOnWriteArrayList<Path> opened = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) {
    this.stage = stage;
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      new AppContext(dir, db, CLOCK).demo().create(8, 2, 42L);
    }
    app = new KnotworkApp(dir, CLOCK, opened::add);
    app.start(stage);
    stage.setWidth(1280);
    stage.setHeight(800);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void agreeANewPlanAndOpenItAsAPdf(FxRobot robot) throws Exception {
    AppRobot.waitForClientList(robot);
    // at the size the steps below were written for, whatever size the window was opened at
    robot.interact(
        () -> {
          stage.setWidth(1280);
          stage.setHeight(800);
        });
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#overview-facts");
    String client = AppRobot.label(robot, "#client-header-name");
    AppRobot.selectTab(robot, "tab-plans");
    waitFor(robot, "#plan-new");
    // the plans are still being read while the button is off: a click then does nothing
    waitUntil(() -> !robot.lookup("#plan-new").queryButton().isDisabled());
    robot.clickOn("#plan-new");
    waitFor(robot, "#plan-editor");

    robot.interact(
        () -> {
          robot.lookup("#plan-focus-lower_back").<ComboBox<Side>>query().setValue(Side.RIGHT);
          robot.lookup("#plan-add-goal").queryButton().fire();
        });
    waitFor(robot, "#plan-goal-text-0");
    robot.interact(
        () -> {
          // the draft may already hold PSFS goals from the last measures: use a new last row
          int last = lastGoalRow(robot);
          robot.lookup("#plan-goal-text-" + last).<TextField>query().setText("Carry the shopping");
          ComboBox<Instrument> measure = robot.lookup("#plan-goal-measure-" + last).query();
          measure.setValue(
              measure.getItems().stream()
                  .filter(i -> i != null && i.code().equals(Instrument.PSFS))
                  .findFirst()
                  .orElseThrow());
          robot.lookup("#plan-goal-baseline-" + last).<TextField>query().setText("4");
          robot.lookup("#plan-goal-target-" + last).<TextField>query().setText("8");
        });

    AppRobot.scrollTo(robot, "#plan-editor", "#plan-agree", 80);
    robot.clickOn("#plan-agree");
    WaitForAsyncUtils.waitForFxEvents();
    robot
        .lookup(".button")
        .match(LabeledMatchers.hasText("Agree the new plan"))
        .tryQuery()
        .ifPresent(b -> robot.clickOn(b));

    ListView<TreatmentPlan> plans = robot.lookup("#plan-list").queryListView();
    waitUntil(
        () ->
            plans.getItems().stream()
                .anyMatch(p -> p.status() == PlanStatus.ACTIVE && p.startsOn().equals(TODAY)));
    TreatmentPlan agreed =
        plans.getItems().stream()
            .filter(p -> p.status() == PlanStatus.ACTIVE)
            .findFirst()
            .orElseThrow();
    assertThat(agreed.consentOn()).isEqualTo(TODAY);
    assertThat(agreed.goals())
        .anySatisfy(
            g -> {
              assertThat(g.text()).isEqualTo("Carry the shopping");
              assertThat(g.measureName()).isEqualTo("PSFS");
              assertThat(g.target()).isEqualByComparingTo("8");
            });
    assertThat(plans.getItems().stream().filter(p -> p.status() == PlanStatus.ACTIVE)).hasSize(1);

    waitFor(robot, "#plan-open");
    robot.interact(() -> robot.lookup("#plan-open").<Button>query().fire());
    waitUntil(() -> !opened.isEmpty());
    Path pdf = opened.get(0);
    assertThat(pdf).startsWith(dataDir.resolve("printouts"));
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains(client, "Treatment plan", "Carry the shopping", "Page 1 of");
      assertThat(doc.getNumberOfPages()).isGreaterThan(1 + agreed.handouts().size() - 1);
    }
  }

  private static int lastGoalRow(FxRobot robot) {
    int i = 0;
    while (robot.lookup("#plan-goal-text-" + (i + 1)).tryQuery().isPresent()) {
      i++;
    }
    return i;
  }
}
