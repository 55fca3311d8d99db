package org.knotwork.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.PracticeKeys;
import org.knotwork.ui.OnScreen;
import org.knotwork.ui.QueuedTaskExecutor;
import org.knotwork.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Export all records…" on the Practice page of a 1024×700 window: the page stays where it is while
 * the export runs, and the button and the line about the result are shown whole.
 */
@ExtendWith(ApplicationExtension.class)
class ExportPracticeViewTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir static Path dir;
  private Database db;
  private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private ScrollPane page;

  @Start
  void start(Stage stage) {
    DataDirectory data = DataDirectory.at(dir.resolve("practice"));
    db = Database.open(data, PracticeKeys.forTests().create(data, "harbour lantern".toCharArray()));
    AppContext context = new AppContext(data, db, CLOCK);
    context
        .practices()
        .start("Harbour Massage", false, org.knotwork.practice.TestTherapist.PROFILE);
    context.clients().save(Client.builder().fullName("Anna Berg").build());
    dialogs.answerConfirmWith(true);
    Path chosen = dir.resolve("exports/knotwork-all-records-2026-11-22.zip");
    RecordExportViewModel vm = new RecordExportViewModel(context.exports(), executor, dialogs);
    dialogs.answerSaveChoiceWith(chosen);
    // As on the Practice page: sections above, and fields below that can take the focus.
    Region above = new Region();
    above.setMinHeight(900);
    VBox below = new VBox(8);
    for (int i = 0; i < 40; i++) {
      below.getChildren().add(new TextField());
    }
    VBox content =
        new VBox(8, above, new ExportPracticeView(vm), new Label("Quick phrases"), below);
    content.setPadding(new Insets(0, 32, 24, 32));
    content.setMaxWidth(780);
    page = new ScrollPane(content);
    page.setFitToWidth(true);
    // The Practice page's share of a 1024×700 window, beside the navigation rail.
    stage.setScene(new Scene(page, 928, 664));
    stage.show();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void thePageStaysPutWhileExportingAndTheResultIsShownWhole(FxRobot robot) {
    Button export = robot.lookup("#export-practice").queryButton();
    robot.interact(
        () -> {
          page.layout();
          double y = export.localToScene(0, 0).getY() - page.getContent().localToScene(0, 0).getY();
          double range =
              page.getContent().getLayoutBounds().getHeight()
                  - page.getViewportBounds().getHeight();
          page.setVvalue((y - 200) / range);
          export.requestFocus();
        });
    WaitForAsyncUtils.waitForFxEvents();
    double before = export.localToScene(0, 0).getY();

    assertThat(export.isFocused()).as("the button has the focus, as after a click").isTrue();
    robot.interact(export::fire);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(export.getScene().getFocusOwner())
        .as("the focus is not handed to a field further down the page (which scrolls to it)")
        .isNotInstanceOf(TextField.class);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(export.localToScene(0, 0).getY())
        .as("the button stays where it was: the page did not scroll away")
        .isEqualTo(before);
    robot.interact(executor::runAll);
    WaitForAsyncUtils.waitForFxEvents();
    Label status = robot.lookup("#export-practice-status").queryAs(Label.class);
    assertThat(status.getText()).startsWith("Saved knotwork-all-records-2026-11-22.zip: 1 client");
    assertThat(export.localToScene(0, 0).getY()).isEqualTo(before);
    robot.interact(
        () -> {
          OnScreen.assertFullyShown(export);
          OnScreen.assertFullyShown(status);
        });
  }
}
