package org.knotwork.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The main window's size and position, remembered between runs in the data folder. */
record WindowSettings(double x, double y, double width, double height, boolean maximized) {
  private static final Logger log = LoggerFactory.getLogger(WindowSettings.class);
  static final WindowSettings DEFAULT =
      new WindowSettings(Double.NaN, Double.NaN, 1280, 800, false);

  /** The smallest window the screens are laid out for, on a screen at least that large. */
  static final Dimension2D MINIMUM = new Dimension2D(960, 640);

  /**
   * The minimum size on a screen whose usable area is {@code visualBounds}: {@link #MINIMUM}, or
   * the whole usable area where the screen is smaller than that.
   */
  static Dimension2D minimumOn(Rectangle2D visualBounds) {
    return new Dimension2D(
        Math.min(MINIMUM.getWidth(), visualBounds.getWidth()),
        Math.min(MINIMUM.getHeight(), visualBounds.getHeight()));
  }

  /**
   * Where the window goes on these screens (their usable areas, without task bars and docks): on
   * the screen it overlaps most, else on {@code primary}; no larger than that screen, and wholly on
   * it. A window without a remembered place is centred. The result always has a place.
   */
  WindowSettings fittedTo(Rectangle2D primary, List<Rectangle2D> screens) {
    boolean placed = !Double.isNaN(x) && !Double.isNaN(y);
    Rectangle2D screen =
        placed
            ? screens.stream()
                .filter(b -> overlap(b) > 0)
                .max(Comparator.comparingDouble(this::overlap))
                .orElse(primary)
            : primary;
    double w = Math.min(width, screen.getWidth());
    double h = Math.min(height, screen.getHeight());
    double left =
        placed
            ? clamp(x, screen.getMinX(), screen.getMaxX() - w)
            : screen.getMinX() + (screen.getWidth() - w) / 2;
    double top =
        placed
            ? clamp(y, screen.getMinY(), screen.getMaxY() - h)
            : screen.getMinY() + (screen.getHeight() - h) / 2;
    return new WindowSettings(left, top, w, h, maximized);
  }

  private double overlap(Rectangle2D screen) {
    double w = Math.min(x + width, screen.getMaxX()) - Math.max(x, screen.getMinX());
    double h = Math.min(y + height, screen.getMaxY()) - Math.max(y, screen.getMinY());
    return w > 0 && h > 0 ? w * h : 0;
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(value, max));
  }

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
