package org.knotwork.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of importing clients into the demo practice at 1280×800: a file with problems, the
 * preview with likely duplicates, and the result. Runs only when asked: {@code mvn test
 * -Dtest=ImportTour -Dknotwork.tour=docs/images}.
 */
@EnabledIfSystemProperty(named = "knotwork.tour", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ImportTour {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final String[] NAMES = {
    "Amara Okafor",
    "Bridget O'Neill",
    "Callum Reid",
    "Dagny Holm",
    "Esther Lindqvist",
    "Farid Haddad",
    "Gwen Pryce",
    "Hamish Fraser",
    "Ines Duarte",
    "Jonas Weber",
    "Kiri Ngata",
    "Liesel Braun",
    "Mateo Rossi",
    "Nadia Petrova",
    "Owen Beck",
    "Priya Raman",
    "Quinn Archer",
    "Rosa Jiménez",
    "Sven Dahl",
    "Tomasz Nowak",
    "Una Byrne"
  };

  @TempDir static Path dataDir;
  @TempDir static Path files;
  private final AtomicReference<Path> chosen = new AtomicReference<>();
  private KnotworkApp app;
  private Stage stage;

  /** The demo practice is made before the toolkit starts, off the JavaFX thread. */
  @org.junit.jupiter.api.BeforeAll
  static void demoPractice() {
    DataDirectory dir = DataDirectory.at(dataDir);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      new AppContext(dir, db, CLOCK).createDemoPractice();
    }
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = new KnotworkApp(DataDirectory.at(dataDir), CLOCK);
    app.fileChoosers().answerOpenWith((chooser, owner) -> chosen.get().toFile());
    app.start(stage);
    stage.setWidth(1280);
    stage.setHeight(800);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void tour(FxRobot robot) throws Exception {
    Path out = Path.of(System.getProperty("knotwork.tour"));
    Files.createDirectories(out);
    AppRobot.waitForClientList(robot);
    List<ClientSummary> demo =
        List.copyOf(robot.lookup("#client-list").<ListView<ClientSummary>>query().getItems());
    ClientSummary first = demo.stream().filter(c -> c.dateOfBirth() != null).findFirst().get();
    ClientSummary second =
        demo.stream().filter(c -> c.dateOfBirth() != null).skip(3).findFirst().get();
    DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    Path problems = files.resolve("clients from old system.csv");
    Files.writeString(
        problems,
        "Name;Birthday;Mobile;E-mail;Last visit\n"
            + "Amara Okafor;14/03/1984;07700 900123;amara@example.org;2025-01-10\n"
            + "Bridget O'Neill;31/02/1980;;;\n"
            + ";12/12/1970;07700 900555;;\n"
            + "Callum Reid;1991-07-22;07700 900777;callum.reid@example;\n"
            + "Dagny Holm;02/11/2031;;;\n");
    chosen.set(problems);
    robot.interact(() -> robot.lookup("#client-import").queryButton().fire());
    AppRobot.waitUntil(
        () -> !robot.lookup("#import-problems").<ListView<String>>query().getItems().isEmpty());
    shoot(robot, out.resolve("import-problems.png"));

    StringBuilder csv = new StringBuilder("\uFEFFName;Birthday;Mobile;E-mail;Last visit\n");
    for (int i = 0; i < NAMES.length; i++) {
      csv.append(NAMES[i])
          .append(';')
          .append(String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1960 + i * 2))
          .append(';')
          .append(String.format("07700 900%03d", 100 + i))
          .append(';')
          .append(NAMES[i].toLowerCase().replaceAll("[^a-z]", "."))
          .append("@example.org;2025-01-10\n");
      if (i == 6) {
        csv.append(first.fullName()).append(';').append(dmy.format(first.dateOfBirth()));
        csv.append(";;;\n");
      }
      if (i == 12) {
        csv.append(second.fullName()).append(';').append(dmy.format(second.dateOfBirth()));
        csv.append(";;;\n");
      }
    }
    csv.append(NAMES[3]).append(";04/04/1966;;;\n");
    Path good = files.resolve("clients from old system.csv");
    Files.writeString(good, csv.toString());
    robot.interact(() -> robot.lookup("#import-choose-another").queryButton().fire());
    AppRobot.waitUntil(
        () ->
            !robot
                .lookup("#import-table")
                .<javafx.scene.control.TableView<?>>query()
                .getItems()
                .isEmpty());
    shoot(robot, out.resolve("import-preview.png"));
    robot.interact(
        () ->
            robot
                .lookup("#import-include-duplicates")
                .queryAs(javafx.scene.control.CheckBox.class)
                .fire());
    shoot(robot, out.resolve("import-preview-included.png"));
    robot.interact(
        () ->
            robot
                .lookup("#import-include-duplicates")
                .queryAs(javafx.scene.control.CheckBox.class)
                .fire());
    robot.interact(() -> robot.lookup("#import-confirm").queryButton().fire());
    AppRobot.waitUntil(() -> !AppRobot.label(robot, "#import-result").isEmpty());
    shoot(robot, out.resolve("import-done.png"));
    robot.interact(() -> robot.lookup("#import-done").queryButton().fire());
    AppRobot.waitForClientList(robot);
    shoot(robot, out.resolve("import-client-list.png"));
  }

  private void shoot(FxRobot robot, Path file) throws IOException {
    shoot(robot, stage, file);
  }

  /** Saves what the stage shows as a PNG. */
  static void shoot(FxRobot robot, Stage stage, Path file) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> image[0] = stage.getScene().snapshot(null));
    int w = (int) image[0].getWidth();
    int h = (int) image[0].getHeight();
    BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image[0].getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        buffered.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    ImageIO.write(buffered, "png", file.toFile());
  }
}
