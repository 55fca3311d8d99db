package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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
import org.testfx.util.WaitForAsyncUtils;

/** Saving a client's intake refreshes the list without moving the open client on screen. */
@ExtendWith(ApplicationExtension.class)
class ClientListStaysPutFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

  @TempDir Path dataDir;
  private KnotworkApp app;

  @Start
  void start(Stage stage) {
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      context
          .practices()
          .start("Harbour Back Care", false, org.knotwork.practice.TestTherapist.PROFILE);
      for (int i = 1; i <= 30; i++) {
        context.clients().save(Client.builder().fullName(String.format("Client %02d", i)).build());
      }
    }
    app = new KnotworkApp(dir, CLOCK);
    app.start(stage);
  }

  @AfterEach
  void stopApp(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  private static double rowY(FxRobot robot, String name) {
    return robot.lookup("#client-list .list-cell").<ListCell<ClientSummary>>queryAll().stream()
        .filter(c -> c.getItem() != null && c.getItem().fullName().equals(name) && c.isVisible())
        .map(c -> c.localToScene(c.getBoundsInLocal()).getMinY())
        .findFirst()
        .orElse(Double.NaN);
  }

  @Test
  void savingTheIntakeKeepsTheOpenClientWhereItWasInTheList(FxRobot robot) {
    AppRobot.waitForClientList(robot);
    ListView<ClientSummary> list = robot.lookup("#client-list").queryListView();
    waitUntil(() -> list.getItems().size() == 30);
    robot.interact(() -> list.scrollTo(10));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(
        robot.lookup("#client-list .list-cell").<ListCell<ClientSummary>>queryAll().stream()
            .filter(c -> c.getItem() != null && c.getItem().fullName().equals("Client 14"))
            .<Node>map(c -> c)
            .findFirst()
            .orElseThrow());
    waitUntil(() -> AppRobot.label(robot, "#client-header-name").equals("Client 14"));
    double before = rowY(robot, "Client 14");
    assertThat(before).isNotNaN();

    AppRobot.selectTab(robot, "tab-intake");
    waitFor(robot, "#client-occupation");
    robot.interact(
        () -> robot.lookup("#client-occupation").queryAs(TextField.class).setText("Baker"));
    robot.interact(() -> robot.lookup("#client-save").queryButton().fire());
    waitUntil(() -> AppRobot.label(robot, "#client-save-status").startsWith("Saved"));
    WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(list.getSelectionModel().getSelectedItem().fullName()).isEqualTo("Client 14");
    assertThat(rowY(robot, "Client 14"))
        .as("the open client's row stays where it was on screen")
        .isCloseTo(before, org.assertj.core.data.Offset.offset(1.0));
  }
}
