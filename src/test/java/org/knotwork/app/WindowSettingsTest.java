package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
