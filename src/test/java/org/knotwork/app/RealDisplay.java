package org.knotwork.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real X display for the real-window tests: an Xvfb server on the display the build gives the
 * test process ({@code DISPLAY}, see the pom's "real-window" test run), started before the JavaFX
 * toolkit and stopped when the test process ends; the classes of one process share it. Input
 * reaches the app as a person's does, through the X server (XTest), and screenshots are taken of
 * the whole screen, the system's dialogs included.
 *
 * <p>The screen is 1280×800 unless the test class asks for another size with {@link ScreenSize}. A
 * display already there at another size (a developer's own) skips such a class.
 *
 * <p>Without Xvfb the tests are skipped, unless {@code KNOTWORK_SMOKE=required} (as in CI), where a
 * missing display fails the build.
 */
final class RealDisplay implements BeforeAllCallback, AfterAllCallback {
  private static final String REQUIRED = "required";

  /** The Xvfb this process started, kept for the classes after the first; null before. */
  private static Process server;

  /** The geometry of the display this process uses, such as "1280x800"; null before the first. */
  private static String serverGeometry;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    String display = System.getenv("DISPLAY");
    boolean required = REQUIRED.equals(System.getenv("KNOTWORK_SMOKE"));
    if (display == null || display.isBlank() || !onPath("Xvfb") || !onPath("xdotool")) {
      if (required) {
        throw new IllegalStateException(
            "The real-window tests need DISPLAY, Xvfb and xdotool (apt-get install xvfb xdotool"
                + " imagemagick)");
      }
      Assumptions.abort("No Xvfb or xdotool here: the real-window tests are skipped");
    }
    ScreenSize size = context.getRequiredTestClass().getAnnotation(ScreenSize.class);
    String geometry = size == null ? "1280x800" : size.width() + "x" + size.height();
    if (serverGeometry != null) { // an earlier class of this process has the display ready
      Assumptions.assumeTrue(
          serverGeometry.equals(geometry),
          "This process's display is " + serverGeometry + ", not the " + geometry + " needed");
      return;
    }
    Path socket = Path.of("/tmp/.X11-unix/X" + display.replace(":", "").replaceAll("\\..*", ""));
    // The display of an earlier test process goes away within a second or two of that process's
    // end (waited for up to 10 s).
    for (int i = 0; i < 100 && Files.exists(socket); i++) {
      Thread.sleep(100);
    }
    if (Files.exists(socket)) {
      // a display is already there (a developer's own)
      String there = run("xdotool", "getdisplaygeometry").replace(' ', 'x');
      Assumptions.assumeTrue(
          there.equals(geometry),
          "The display "
              + display
              + " is "
              + there
              + ", not the "
              + geometry
              + " this class needs");
      serverGeometry = there;
      return;
    }
    // Xvfb must outlive every connection of this process (the toolkit exits when its display
    // goes away), so a watcher stops it once this process has ended.
    long me = ProcessHandle.current().pid();
    server =
        new ProcessBuilder(
                "sh",
                "-c",
                "Xvfb \"$0\" -screen 0 \"$1\"x24 -nolisten tcp & x=$!;"
                    + " while kill -0 "
                    + me
                    + " 2>/dev/null; do sleep 1; done; kill $x",
                display,
                geometry)
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target", "xvfb.log").toFile())
            .start();
    serverGeometry = geometry;
    for (int i = 0; i < 100 && !Files.exists(socket); i++) {
      Thread.sleep(100);
    }
    if (!Files.exists(socket)) {
      throw new IllegalStateException("Xvfb did not start on " + display + " (target/xvfb.log)");
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    // The watcher started with Xvfb stops it once this process has ended.
  }

  /** Runs a command (xdotool, import) and returns what it printed; "" when it failed. */
  static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out.strip() : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** Saves the whole screen, the system's dialogs included, as target/real-window/NAME.png. */
  static void screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "real-window"));
    run("import", "-window", "root", dir.resolve(name + ".png").toString());
  }

  /** The titles of every window on show on the display, the system's dialogs included. */
  static List<String> windowTitles() {
    String ids = run("xdotool", "search", "--onlyvisible", "--name", ".");
    return ids.lines()
        .map(id -> run("xdotool", "getwindowname", id))
        .filter(t -> !t.isBlank())
        .toList();
  }

  /** Waits up to 20 s for a window of exactly this title on the display; returns its X id. */
  static String waitForWindow(String title) throws Exception {
    String[] id = new String[1];
    org.testfx.util.WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> {
          id[0] = run("xdotool", "search", "--onlyvisible", "--name", "^" + title + "$");
          return !id[0].isEmpty();
        });
    return id[0].lines().findFirst().orElseThrow();
  }

  /**
   * Types a path into the system's file dialog of this title as a person would: the name field's
   * text selected, the path typed key by key, then Enter.
   */
  static void typeIntoFileDialog(String title, Path path) throws Exception {
    String window = waitForWindow(title);
    run("xdotool", "windowfocus", "--sync", window);
    run("xdotool", "key", "--window", window, "ctrl+a");
    run("xdotool", "type", "--delay", "20", path.toString());
    run("xdotool", "key", "Return");
  }

  /**
   * Asks the window whose title matches {@code titlePattern} to close as a window manager does (a
   * WM_DELETE_WINDOW message, what the window's close button sends).
   */
  static void closeRequest(String titlePattern) {
    List<String> ids =
        run("xdotool", "search", "--onlyvisible", "--name", titlePattern).lines().toList();
    if (ids.isEmpty()) {
      throw new AssertionError("No window titled " + titlePattern);
    }
    String script =
        Path.of("src", "test", "resources", "real-window", "close-request.py").toString();
    for (String id : ids) {
      try {
        Process p = new ProcessBuilder("python3", script, id).inheritIO().start();
        p.waitFor(30, TimeUnit.SECONDS);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
