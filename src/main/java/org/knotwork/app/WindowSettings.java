package org.knotwork.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The main window's size and position, remembered between runs in the data folder. */
record WindowSettings(double x, double y, double width, double height, boolean maximized) {
  private static final Logger log = LoggerFactory.getLogger(WindowSettings.class);
  static final WindowSettings DEFAULT =
      new WindowSettings(Double.NaN, Double.NaN, 1280, 800, false);

  static WindowSettings load(Path file) {
    if (!Files.isRegularFile(file)) {
      return DEFAULT;
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
      return new WindowSettings(
          number(p, "x").orElse(Double.NaN),
          number(p, "y").orElse(Double.NaN),
          number(p, "width").filter(w -> w >= 640).orElse(DEFAULT.width),
          number(p, "height").filter(h -> h >= 480).orElse(DEFAULT.height),
          Boolean.parseBoolean(p.getProperty("maximized")));
    } catch (IOException | IllegalArgumentException e) {
      log.warn("Window settings in {} could not be read; using defaults", file, e);
      return DEFAULT;
    }
  }

  void save(Path file) {
    Properties p = new Properties();
    p.setProperty("x", Double.toString(x));
    p.setProperty("y", Double.toString(y));
    p.setProperty("width", Double.toString(width));
    p.setProperty("height", Double.toString(height));
    p.setProperty("maximized", Boolean.toString(maximized));
    try (OutputStream out = Files.newOutputStream(file)) {
      p.store(out, "Knotwork window size and position");
    } catch (IOException e) {
      log.warn("Window settings could not be saved to {}", file, e);
    }
  }

  private static Optional<Double> number(Properties p, String key) {
    try {
      return Optional.ofNullable(p.getProperty(key))
          .map(Double::valueOf)
          .filter(d -> !d.isInfinite());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
