package org.knotwork.retention.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.db.Database;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.retention.RetentionRepository;
import org.knotwork.retention.RetentionService;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The retention policy on screen: a typed number of years counts once the field is left. */
@ExtendWith(ApplicationExtension.class)
class RetentionViewTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

  private Database db;
  private RetentionViewModel vm;

  @Start
  void start(Stage stage) {
    db = Database.inMemory();
    new PracticeService(new PracticeRepository(db.dsl()), CLOCK)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    vm =
        new RetentionViewModel(
            new RetentionService(new RetentionRepository(db.dsl()), CLOCK, "anna"),
            new CurrentThreadTaskExecutor(),
            new RecordingDialogService(),
            id -> {});
    vm.load();
    stage.setScene(new Scene(new RetentionView(vm, (id, name) -> {}), 1100, 600));
    stage.show();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void thatNoRecordIsDueIsSaidOnce(FxRobot robot) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    robot.interact(
        () ->
            robot.lookup(".label").<javafx.scene.control.Label>queryAll().stream()
                .filter(javafx.scene.Node::isVisible)
                .filter(l -> l.getScene() != null)
                .forEach(l -> texts.add(l.getText())));

    assertThat(texts)
        .filteredOn(t -> t != null && t.contains("No record is past its retention period"))
        .hasSize(1);
  }

  @Test
  void yearsTypedInKeepForCountWhenTabLeavesTheField(FxRobot robot) {
    Spinner<?> years = robot.lookup("#retention-years").query();
    robot.doubleClickOn(years.getEditor());
    robot.interact(() -> years.getEditor().selectAll());
    robot.write("7").type(KeyCode.TAB);

    assertThat(vm.yearsProperty().get()).isEqualTo(7);
    assertThat(robot.lookup("#retention-save").query().isDisabled()).isFalse();
  }

  @Test
  void textThatIsNoNumberIsPutBackWhenTheFieldIsLeft(FxRobot robot) {
    Spinner<?> years = robot.lookup("#retention-years").query();
    robot.clickOn(years.getEditor());
    robot.interact(() -> years.getEditor().selectAll());
    robot.write("seven").type(KeyCode.TAB);

    assertThat(vm.yearsProperty().get()).isEqualTo(10);
    assertThat(years.getEditor().getText()).isEqualTo("10");
  }

  @Test
  void aNumberBeyondTheLimitsIsPutBackWhenTheFieldIsLeft(FxRobot robot) {
    Spinner<?> years = robot.lookup("#retention-years").query();
    robot.clickOn(years.getEditor());
    robot.interact(() -> years.getEditor().selectAll());
    robot.write("500").type(KeyCode.TAB);

    assertThat(vm.yearsProperty().get()).isBetween(1, 50);
    assertThat(years.getEditor().getText()).isEqualTo(String.valueOf(vm.yearsProperty().get()));
  }
}
