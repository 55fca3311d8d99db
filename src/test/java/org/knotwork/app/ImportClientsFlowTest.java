package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole app, headless: import clients from a spreadsheet. A file with a bad line imports
 * nothing and says which line; the corrected file shows its clients with the repeated one marked
 * and left out; importing adds the others to the list, where search finds them; a cancelled import
 * adds nobody.
 */
@ExtendWith(ApplicationExtension.class)
class ImportClientsFlowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

  @TempDir static Path dataDir;
  @TempDir static Path files;
  private final AtomicReference<Path> chosen = new AtomicReference<>();
  private final List<List<String>> filters = new ArrayList<>();
  private KnotworkApp app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = new KnotworkApp(DataDirectory.at(dataDir), CLOCK);
    app.fileChoosers()
        .answerOpenWith(
            (FileChooser chooser, javafx.stage.Window owner) -> {
              filters.add(chooser.getExtensionFilters().get(0).getExtensions());
              return chosen.get() == null ? null : chosen.get().toFile();
            });
    app.start(stage);
  }

  @AfterEach
  void stopApp(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void aBadFileImportsNothingAndTheFixedOneAddsItsClientsWithoutTheRepeat(FxRobot robot)
      throws Exception {
    AppRobot.waitFor(robot, "#welcome-practice-name");
    robot.clickOn("#welcome-practice-name").write("Harbour Back Care");
    AppRobot.enterTherapist(robot);
    robot.clickOn("#welcome-start");
    AppRobot.waitFor(robot, "#client-list-import");
    if (System.getProperty("knotwork.tour") != null) { // a picture of the empty list, on request
      ImportTour.shoot(
          robot, stage, Path.of(System.getProperty("knotwork.tour"), "import-empty-list.png"));
    }

    Path bad = files.resolve("clients.csv");
    Files.writeString(
        bad,
        "Full name;Date of birth;Phone\n"
            + "Zoë Łukasiewicz;14/03/1984;07700 900123\n"
            + "Ben Ode;31/02/1990;\n");
    chosen.set(bad);
    robot.clickOn("#client-list-import");

    waitUntilShown(robot, "#import-problems");
    assertThat(filters).singleElement().asList().contains("*.csv");
    assertThat(AppRobot.label(robot, "#import-problems-headline"))
        .startsWith("Nothing was imported");
    assertThat(robot.lookup("#import-problems").<ListView<String>>query().getItems())
        .singleElement()
        .asString()
        .startsWith("Line 3: ")
        .contains("31/02/1990");
    assertThat(robot.lookup("#import-confirm").tryQuery()).map(n -> n.isVisible()).contains(false);

    Files.writeString(
        bad,
        "Full name;Date of birth;Phone\n"
            + "Zoë Łukasiewicz;14/03/1984;07700 900123\n"
            + "Ben Ode;28/02/1990;\n"
            + "Ben Ode;28/02/1990;\n");
    robot.clickOn("#import-choose-another");
    waitUntilShown(robot, "#import-table");
    TableView<?> table = robot.lookup("#import-table").query();
    assertThat(table.getItems()).hasSize(3);
    assertThat(AppRobot.label(robot, "#import-summary"))
        .startsWith("2 clients will be added; 1 repeats an earlier line");
    CheckBox include = robot.lookup("#import-include-duplicates").queryAs(CheckBox.class);
    assertThat(include.isSelected()).isFalse();
    assertThat(include.getText()).isEqualTo("Also add the likely duplicate");

    robot.clickOn("#import-confirm");
    AppRobot.waitUntil(() -> !AppRobot.label(robot, "#import-result").isEmpty());
    assertThat(AppRobot.label(robot, "#import-result")).startsWith("Added 2 clients");
    robot.clickOn("#import-done");

    AppRobot.waitForClientList(robot);
    assertThat(clients(robot))
        .extracting(ClientSummary::fullName)
        .containsExactlyInAnyOrder("Zoë Łukasiewicz", "Ben Ode");
    robot.clickOn("#client-search").write("lukasiewicz");
    AppRobot.waitUntil(() -> clients(robot).size() == 1);
    assertThat(clients(robot).get(0).fullName()).isEqualTo("Zoë Łukasiewicz");

    Path more = files.resolve("more.csv");
    Files.writeString(more, "Name,DOB\nCara Dunn,1975-05-05\n");
    chosen.set(more);
    robot.clickOn("#client-import");
    waitUntilShown(robot, "#import-table");
    assertThat(AppRobot.label(robot, "#import-file-name")).isEqualTo("From “more.csv”");
    robot.clickOn("#import-cancel");
    AppRobot.waitFor(robot, "#client-search");
    assertThat(robot.lookup("#import-clients").tryQuery()).isEmpty();
    robot.doubleClickOn("#client-search").write("dunn");
    AppRobot.waitUntil(() -> AppRobot.label(robot, "#client-count").equals("0 found"));
  }

  /** Waits until the node and every parent up to the scene are visible. */
  private static void waitUntilShown(FxRobot robot, String query) {
    AppRobot.waitUntil(
        () ->
            robot
                .lookup(query)
                .tryQuery()
                .map(
                    n -> {
                      for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
                        if (!p.isVisible()) {
                          return false;
                        }
                      }
                      return n.getScene() != null;
                    })
                .orElse(false));
  }

  private static List<ClientSummary> clients(FxRobot robot) {
    return robot
        .lookup("#client-list")
        .<ListView<ClientSummary>>tryQuery()
        .map(ListView::getItems)
        .map(List::copyOf)
        .orElse(List.of());
  }
}
