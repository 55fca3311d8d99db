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
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/**
 * Bad input is explained beside the field, blocks saving, and unsaved work is never dropped
 * silently.
 */
@ExtendWith(ApplicationExtension.class)
class ClientValidationFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

  @TempDir static Path dataDir;
  private KnotworkApp app;

  @Start
  void start(Stage stage) {
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      context
          .practices()
          .start("Harbour Back Care", false, org.knotwork.practice.TestTherapist.PROFILE);
      context.clients().save(Client.builder().fullName("Siobhán Murphy").build());
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
  }

  @AfterEach
  void stopApp(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void invalidFieldsExplainThemselvesAndUnsavedChangesAreKeptWhenTheTherapistSaysSo(FxRobot robot) {
    waitUntil(
        () ->
            robot
                .lookup("#client-list")
                .<ListView<ClientSummary>>tryQuery()
                .map(list -> list.getItems().size() == 1)
                .orElse(false));
    robot.clickOn("#client-new");
    robot.clickOn("#client-full-name").write("Nguyen Van An");
    Button save = robot.lookup("#client-save").queryButton();
    assertThat(save.isDisabled()).isFalse();

    DatePicker dob = robot.lookup("#client-date-of-birth").queryAs(DatePicker.class);
    robot.clickOn(dob.getEditor()).write("14/3/2090").type(KeyCode.TAB);
    waitUntil(() -> LocalDate.of(2090, 3, 14).equals(dob.getValue()));
    waitFor(robot, "#client-date-of-birth-error");
    assertThat(AppRobot.label(robot, "#client-date-of-birth-error"))
        .isEqualTo("Date of birth is in the future.");
    assertThat(save.isDisabled()).isTrue();

    robot.clickOn("#client-email").write("an@").type(KeyCode.TAB);
    waitFor(robot, "#client-email-error");
    assertThat(AppRobot.label(robot, "#client-email-error"))
        .startsWith("This does not look like an e-mail address");

    robot.interact(() -> dob.setValue(LocalDate.of(1990, 3, 14)));
    assertThat(robot.lookup("#client-date-of-birth-error").queryAs(Label.class).isVisible())
        .isFalse();
    assertThat(AppRobot.label(robot, "#client-age")).isEqualTo("36 years");
    assertThat(save.isDisabled()).as("the e-mail is still wrong").isTrue();

    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#dialog-message");
    assertThat(AppRobot.label(robot, "#dialog-message"))
        .contains("Nguyen Van An")
        .contains("not been saved");
    robot.clickOn("Keep editing");

    assertThat(robot.lookup("#client-full-name").queryAs(TextField.class).getText())
        .isEqualTo("Nguyen Van An");
    assertThat(AppRobot.label(robot, "#client-header-name")).isEqualTo("New client");
    assertThat(
            robot
                .lookup("#client-list")
                .<ListView<ClientSummary>>query()
                .getSelectionModel()
                .getSelectedItem())
        .isNull();
  }
}
