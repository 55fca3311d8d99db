package org.knotwork.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Light or dark: this computer's choice of colours, kept in the data folder. */
enum Theme {
  LIGHT,
  DARK;

  private static final Logger log = LoggerFactory.getLogger(Theme.class);
  private static final String KEY = "theme";

  /** Makes every window use this theme's colours; call on the JavaFX thread. */
  void apply() {
    Application.setUserAgentStylesheet(
        this == DARK
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  /** The theme saved in {@code file}; light when there is none or it cannot be read. */
  static Theme load(Path file) {
    if (!Files.isRegularFile(file)) {
      return LIGHT;
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
      return DARK.name().equalsIgnoreCase(p.getProperty(KEY, "").trim()) ? DARK : LIGHT;
    } catch (IOException | IllegalArgumentException e) {
      log.warn("Appearance settings in {} could not be read; using the light theme", file, e);
      return LIGHT;
    }
  }

  /** Saves this theme to {@code file}; a failure is logged, as the theme is only a preference. */
  void save(Path file) {
    Properties p = new Properties();
    p.setProperty(KEY, name().toLowerCase(java.util.Locale.ROOT));
    try (OutputStream out = Files.newOutputStream(file)) {
      p.store(out, "Knotwork appearance");
    } catch (IOException e) {
      log.warn("Appearance settings could not be saved to {}", file, e);
    }
  }
}
