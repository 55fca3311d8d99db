package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowSettingsTest {
  @TempDir Path dir;

  @Test
  void sizeAndPositionSurviveSaveAndLoad() {
    Path file = dir.resolve("window.properties");
    new WindowSettings(40, 60, 1400, 900, false).save(file);

    assertThat(WindowSettings.load(file)).isEqualTo(new WindowSettings(40, 60, 1400, 900, false));
  }

  @Test
  void missingFileGivesTheDefault1280By800() {
    assertThat(WindowSettings.load(dir.resolve("absent.properties")))
        .isEqualTo(WindowSettings.DEFAULT);
    assertThat(WindowSettings.DEFAULT.width()).isEqualTo(1280);
    assertThat(WindowSettings.DEFAULT.height()).isEqualTo(800);
  }

  @Test
  void unreadableOrTinyValuesFallBackToDefaults() throws Exception {
    Path file = dir.resolve("window.properties");
    Files.writeString(file, "x=left\ny=20\nwidth=12\nheight=NaNish\nmaximized=true\n");

    WindowSettings loaded = WindowSettings.load(file);

    assertThat(loaded.x()).isNaN();
    assertThat(loaded.y()).isEqualTo(20);
    assertThat(loaded.width()).isEqualTo(1280);
    assertThat(loaded.height()).isEqualTo(800);
    assertThat(loaded.maximized()).isTrue();
  }

  private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1024, 700);
  private static final Rectangle2D DESK = new Rectangle2D(0, 0, 1920, 1080);

  @Test
  void aWindowLargerThanTheScreenShrinksToItAndStaysWhollyOnIt() {
    WindowSettings fitted =
        new WindowSettings(100, 50, 1280, 800, false).fittedTo(LAPTOP, List.of(LAPTOP));

    assertThat(fitted).isEqualTo(new WindowSettings(0, 0, 1024, 700, false));
  }

  @Test
  void aWindowThatFitsKeepsItsSizeAndIsMovedBackOntoTheScreen() {
    WindowSettings fitted =
        new WindowSettings(500, 400, 960, 640, false).fittedTo(LAPTOP, List.of(LAPTOP));

    assertThat(fitted).isEqualTo(new WindowSettings(64, 60, 960, 640, false));
  }

  @Test
  void aWindowAlreadyOnTheScreenStaysWhereItWas() {
    WindowSettings saved = new WindowSettings(200, 120, 1280, 800, true);

    assertThat(saved.fittedTo(DESK, List.of(DESK))).isEqualTo(saved);
  }

  @Test
  void theUsableAreaCountsNotTheWholeScreen() {
    Rectangle2D belowAMenuBar = new Rectangle2D(0, 25, 1024, 643);

    WindowSettings fitted =
        new WindowSettings(0, 0, 1280, 800, false).fittedTo(belowAMenuBar, List.of(belowAMenuBar));

    assertThat(fitted).isEqualTo(new WindowSettings(0, 25, 1024, 643, false));
  }

  @Test
  void aWindowLeftOnAScreenNoLongerThereIsCentredOnThePrimaryScreen() {
    WindowSettings fitted =
        new WindowSettings(2500, 100, 1280, 800, false).fittedTo(LAPTOP, List.of(LAPTOP));

    assertThat(fitted).isEqualTo(new WindowSettings(0, 0, 1024, 700, false));
  }

  @Test
  void aWindowWithoutAPlaceIsCentred() {
    assertThat(WindowSettings.DEFAULT.fittedTo(DESK, List.of(DESK)))
        .isEqualTo(new WindowSettings(320, 140, 1280, 800, false));
  }

  @Test
  void aWindowOverlappingTwoScreensGoesToTheOneItMostlyCovers() {
    Rectangle2D right = new Rectangle2D(1920, 0, 1024, 700);

    WindowSettings fitted =
        new WindowSettings(1700, 100, 1280, 800, false).fittedTo(DESK, List.of(DESK, right));

    assertThat(fitted).isEqualTo(new WindowSettings(1920, 0, 1024, 700, false));
  }

  @Test
  void theMinimumSizeNeverExceedsTheScreen() {
    assertThat(WindowSettings.minimumOn(DESK)).isEqualTo(new Dimension2D(960, 640));
    assertThat(WindowSettings.minimumOn(new Rectangle2D(0, 0, 900, 600)))
        .isEqualTo(new Dimension2D(900, 600));
  }
}
