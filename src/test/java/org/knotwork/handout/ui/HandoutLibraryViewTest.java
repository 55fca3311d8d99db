package org.knotwork.handout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.client.Client;
import org.knotwork.db.Database;
import org.knotwork.handout.BuiltInHandouts;
import org.knotwork.handout.Handout;
import org.knotwork.handout.HandoutFigure;
import org.knotwork.handout.HandoutLibrary;
import org.knotwork.handout.HandoutRef;
import org.knotwork.handout.HandoutRepository;
import org.knotwork.handout.LibraryItem;
import org.knotwork.testing.MovableClock;
import org.knotwork.testing.Screenshots;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.DocumentCommands;
import org.knotwork.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Handouts page: the drawing a handout prints, and a list that only says what matters. */
@ExtendWith(ApplicationExtension.class)
class HandoutLibraryViewTest {
  private Database db;
  private HandoutLibrary library;
  private HandoutLibraryViewModel vm;
  private Scene scene;
  private String stylesheetBefore;

  @Start
  void start(Stage stage) {
    stylesheetBefore = Application.getUserAgentStylesheet();
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    db = Database.inMemory();
    library =
        new HandoutLibrary(
            new HandoutRepository(db.dsl()), new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0)));
    vm =
        new HandoutLibraryViewModel(
            library,
            new CurrentThreadTaskExecutor(),
            new RecordingDialogService(),
            new SimpleObjectProperty<Client>());
    scene =
        new Scene(
            new HandoutLibraryView(vm, new NoPrinting(), new RecordingDialogService()), 1024, 700);
    stage.setScene(scene);
    stage.show();
    vm.load();
  }

  @AfterEach
  void close(FxRobot robot) {
    robot.interact(() -> Application.setUserAgentStylesheet(stylesheetBefore));
    db.close();
  }

  @Test
  void theHandoutShowsItsDrawingRatherThanItsName(FxRobot robot) throws IOException {
    assertThat(vm.selectedProperty().get().title()).isEqualTo("Hamstring stretch");

    Node figure = robot.lookup("#handout-figure").query();
    assertThat(figure.isVisible()).isTrue();
    assertThat(figure.getAccessibleText()).isEqualTo("Drawing: Hamstring stretch");
    Bounds shown = figure.getBoundsInLocal();
    assertThat(shown.getWidth()).isGreaterThan(200);
    assertThat(shown.getHeight()).isGreaterThan(120);
    assertThat(robot.from(figure).lookup(".figure-mark").queryAllAs(Path.class))
        .as("the drawing is made of the lines and shapes the printed handout has")
        .hasSize(HandoutFigure.HAMSTRING_STRETCH.drawing().marks().size())
        .hasSizeGreaterThan(5);
    assertThat(visibleLabels(robot)).noneMatch(t -> t.startsWith("Drawing:"));
    Screenshots.save(robot, scene, "handouts-light");
  }

  @Test
  void theDrawingTakesTheThemesTextColourInLightAndDark(FxRobot robot) throws IOException {
    assertThat(inkColours(robot)).containsExactly(Color.web("#24292f"));

    robot.interact(
        () -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(inkColours(robot)).containsExactly(Color.web("#c9d1d9"));
    Screenshots.save(robot, scene, "handouts-dark");
  }

  @Test
  void theListSaysOnlyWhatSetsAHandoutApart(FxRobot robot) throws IOException {
    Handout first = BuiltInHandouts.all().get(0);
    String firstRef = HandoutRef.builtIn(first.builtInKey());
    library.save(firstRef, renamed(first, "Hamstring stretch, my way"));
    LibraryItem own =
        library.duplicate(HandoutRef.builtIn(BuiltInHandouts.all().get(1).builtInKey()));
    robot.interact(vm::load);
    ListView<LibraryItem> list = robot.lookup("#handout-list").query();

    List<String> top = cellTexts(robot, list);
    robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
    WaitForAsyncUtils.waitForFxEvents();
    List<String> bottom = cellTexts(robot, list);

    assertThat(top).contains("Hamstring stretch, my way", "Edited", "Hip-flexor stretch");
    assertThat(bottom).contains(own.title(), "Your own");
    assertThat(top).noneMatch(t -> t.contains("Built in"));
    assertThat(bottom).noneMatch(t -> t.contains("Built in"));
    assertThat(top).filteredOn("Edited"::equals).hasSize(1);
    Screenshots.save(robot, scene, "handouts-list");
  }

  private static Set<Color> inkColours(FxRobot robot) {
    Set<Color> colours = new java.util.HashSet<>();
    robot.interact(
        () ->
            robot.lookup("#handout-figure .figure-ink.figure-line").queryAllAs(Path.class).stream()
                .map(p -> (Color) p.getStroke())
                .forEach(colours::add));
    return colours;
  }

  private static List<String> visibleLabels(FxRobot robot) {
    List<String> texts = new ArrayList<>();
    robot.interact(
        () ->
            robot.lookup(".label").<Label>queryAll().stream()
                .filter(Node::isVisible)
                .filter(l -> l.getScene() != null && l.getText() != null)
                .forEach(l -> texts.add(l.getText())));
    return texts;
  }

  @SuppressWarnings("unchecked")
  private static List<String> cellTexts(FxRobot robot, ListView<LibraryItem> list) {
    List<String> texts = new ArrayList<>();
    robot.interact(
        () ->
            robot.from(list).lookup(".list-cell").<ListCell<LibraryItem>>queryAll().stream()
                .filter(c -> c.isVisible() && c.getItem() != null)
                .forEach(
                    c ->
                        robot.from(c).lookup(".label").<Label>queryAll().stream()
                            .filter(Node::isVisible)
                            .forEach(l -> texts.add(l.getText()))));
    return texts;
  }

  private static Handout renamed(Handout h, String title) {
    return new Handout(
        h.id(),
        h.builtInKey(),
        title,
        h.intro(),
        h.sections(),
        h.howOften(),
        h.safety(),
        h.figure(),
        h.image());
  }

  /** Printing is not what these tests look at. */
  private static final class NoPrinting implements DocumentCommands<HandoutCopy> {
    @Override
    public void print(HandoutCopy key) {}

    @Override
    public void save(HandoutCopy key) {}

    @Override
    public void open(HandoutCopy key) {}

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
      return new SimpleBooleanProperty();
    }

    @Override
    public ReadOnlyStringProperty statusProperty() {
      return new SimpleStringProperty("");
    }
  }
}
