package org.knotwork.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.knotwork.bench.PerformanceSuite.Stats;

/**
 * Cold start of the real app in its own process on a (virtual) display, launch to the client list
 * painted, beside a bare JavaFX window with the same JVM flags; then the app's resident memory
 * after opening 50 clients. Needs Xvfb (when there is no display) and xdotool.
 */
final class StartupBench {
  private static final int RUNS = 5;

  /**
   * xdotool's delay between typed keys, in ms (it waits about half of it after pressing a key and
   * half after releasing it): the passphrase of 30 characters takes about 3 s from the passphrase
   * screen to Enter, as a person types it, and the app may use that time (decision 30).
   */
  static final int KEY_DELAY_MILLIS = 200;

  /** How long after the 50th client memory is read the first time. */
  private static final long AFTER_LAST_CLIENT_MILLIS = 3_000;

  /** How long the app is left alone after the 50th client before memory is read a second time. */
  private static final long SETTLE_MILLIS = 15_000;

  private static final Pattern WAITING =
      Pattern.compile("waiting for the passphrase: (\\d+) ms after launch");
  private static final Pattern SUBMITTED = Pattern.compile("Passphrase submitted: (\\d+) ms");
  private static final Pattern READY = Pattern.compile("Knotwork is ready: (\\d+) ms");
  private static final Pattern BARE = Pattern.compile("Bare window painted: (\\d+) ms");

  private final Path base;
  private final List<String> report;
  private final Path passphraseFile;
  private final String java = java();
  private String appClassPath;
  private String bareClassPath;
  private String display = System.getenv("DISPLAY");
  private Process xvfb;

  StartupBench(Path base, List<String> report, Path passphraseFile) {
    this.base = base;
    this.report = report;
    this.passphraseFile = passphraseFile;
  }

  void run(Path data) throws Exception {
    if (PerformanceSuite.which("xdotool") == null
        || (display == null && PerformanceSuite.which("Xvfb") == null)) {
      report.add("## Cold start and memory");
      report.add("");
      report.add(
          "Not measured: this machine lacks xdotool or Xvfb (apt-get install xvfb xdotool).");
      report.add("");
      return;
    }
    try {
      // Class-data sharing archives only classes from jars: the packaged app (target/knotwork.jar
      // with target/lib/), and the bare window in a jar of its own beside the same JavaFX jars.
      Path target = base.getParent();
      appClassPath = target.resolve("knotwork.jar").toString();
      bareClassPath = bareWindowJar(target);
      startDisplay();
      Path appArchive = base.resolve("knotwork-app.jsa");
      Path bareArchive = base.resolve("bare-window.jsa");
      Files.deleteIfExists(appArchive);
      Files.deleteIfExists(bareArchive);
      // The installed app's heap settings, shared with every installer.
      List<String> heap = heapOptions(target);
      List<String> plain = heap;
      // Training runs: each writes the classes it loaded into its archive when it exits.
      // The app's run also writes the list of classes it loaded: installer/knotwork.classlist,
      // from which the installers build the archive where the app is installed.
      app(
          data,
          with(
              heap,
              "-XX:ArchiveClassesAtExit=" + appArchive,
              "-XX:DumpLoadedClassList=" + base.resolve("knotwork.classlist")),
          false);
      bare(with(heap, "-XX:ArchiveClassesAtExit=" + bareArchive));
      List<String> fastApp =
          with(heap, "-XX:SharedArchiveFile=" + appArchive, "-XX:TieredStopAtLevel=1");
      List<String> fastBare =
          with(heap, "-XX:SharedArchiveFile=" + bareArchive, "-XX:TieredStopAtLevel=1");
      List<Double> appPlain = new ArrayList<>();
      List<Double> barePlain = new ArrayList<>();
      List<Double> bareFast = new ArrayList<>();
      List<Double> toPassphrase = new ArrayList<>();
      List<Double> unlockToList = new ArrayList<>();
      List<Double> typing = new ArrayList<>();
      // One warm-up of each, so every measured run finds the files in the page cache.
      app(data, plain, false);
      bare(plain);
      long rss = 0;
      long rssSettled = 0;
      for (int i = 0; i < RUNS; i++) {
        appPlain.add((double) app(data, plain, false).totalMillis());
        barePlain.add((double) bare(plain));
        AppRun fastRun = app(data, fastApp, i == RUNS - 1);
        toPassphrase.add((double) fastRun.toPassphraseMillis());
        unlockToList.add((double) fastRun.toListMillis());
        typing.add((double) fastRun.typingMillis());
        if (i == RUNS - 1) {
          rss = fastRun.rssKb();
          rssSettled = fastRun.settledRssKb();
        }
        bareFast.add((double) bare(fastBare));
      }
      Stats ap = Stats.of(appPlain);
      Stats bp = Stats.of(barePlain);
      Stats bf = Stats.of(bareFast);
      Stats pass = Stats.of(toPassphrase);
      Stats unlock = Stats.of(unlockToList);
      String passphraseText = Files.readAllLines(passphraseFile).get(0);
      report.add("## Cold start (ten-year practice)");
      report.add("");
      report.add(
          "A new process each run, interleaved with a bare JavaFX window (one label) started"
              + " with the same flags; "
              + RUNS
              + " runs of each after one warm-up. The app logs when the passphrase screen is laid"
              + " out, when the passphrase is submitted and when the client list is laid out."
              + " xdotool types the passphrase ("
              + passphraseText.length()
              + " characters) at a person's pace: "
              + String.format(Locale.ROOT, "%.1f", Stats.of(typing).median() / 1000)
              + " s (median) from the passphrase screen laid out to Enter; the app warms up"
              + " meanwhile (decision 30). The class-data"
              + " archives come from one training run each (`-XX:ArchiveClassesAtExit`), which"
              + " goes past unlocking to the client list.");
      report.add("");
      report.add(
          "| | launch → passphrase screen (median, p95) | passphrase submitted → client list"
              + " (median, p95) | bare window (median) | targets |");
      report.add("|---|---|---|---|---|");
      report.add(
          String.format(
              Locale.ROOT,
              "| %s, AppCDS archive, `-XX:TieredStopAtLevel=1` (as the installed app) | %.0f ms,"
                  + " %.0f ms | %.0f ms, %.0f ms | %.0f ms | ≤ 800 ms; ≤ 1000 ms |",
              flags(heap),
              pass.median(),
              pass.p95(),
              unlock.median(),
              unlock.p95(),
              bf.median()));
      report.add(
          String.format(
              Locale.ROOT,
              "| %s, no archive, full compiler (launch to passphrase screen plus passphrase to"
                  + " client list) | %.0f ms (median), %.0f ms (p95) in all | | %.0f ms | |",
              flags(heap),
              ap.median(),
              ap.p95(),
              bp.median()));
      report.add("");
      report.add("## Memory after opening 50 clients");
      report.add("");
      report.add(
          "In the last AppCDS run, the first client is opened from the list and then the next"
              + " 49 with the Down key (each one's overview loaded, 0.4 s apart), then the"
              + " resident set size of the process is read from /proc: "
              + AFTER_LAST_CLIENT_MILLIS / 1000
              + " s after the 50th client, and again after "
              + SETTLE_MILLIS / 1000
              + " s left alone (the heap settings return unused heap after 10 s without a"
              + " collection).");
      report.add("");
      report.add("| | measured | target |");
      report.add("|---|---|---|");
      report.add(
          String.format(
              Locale.ROOT,
              "| Resident memory, %d s after the 50th client | %d MB | ≤ 300 MB |",
              AFTER_LAST_CLIENT_MILLIS / 1000,
              rss >> 10));
      report.add(
          String.format(
              Locale.ROOT,
              "| Resident memory, after %d s left alone | %d MB | ≤ 300 MB |",
              SETTLE_MILLIS / 1000,
              rssSettled >> 10));
      report.add("");
    } finally {
      if (xvfb != null) {
        xvfb.destroy();
      }
    }
  }

  /**
   * One app run: launch to passphrase screen plus passphrase to client list (the typing left out),
   * its two parts, and the resident memory in kB a moment after the 50th client and after settling
   * (0 when no clients were opened).
   */
  private record AppRun(
      long totalMillis,
      long toPassphraseMillis,
      long toListMillis,
      long typingMillis,
      long rssKb,
      long settledRssKb) {}

  /** The JVM this benchmark runs on, to start the app's processes with. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The installers' heap settings (installer/heap.options, one per line), for a build folder. */
  static List<String> heapOptions(Path target) throws IOException {
    return Files.readAllLines(target.getParent().resolve("installer/heap.options")).stream()
        .filter(option -> !option.isBlank())
        .toList();
  }

  private static List<String> with(List<String> flags, String... more) {
    List<String> all = new ArrayList<>(flags);
    all.addAll(List.of(more));
    return all;
  }

  private static String flags(List<String> flags) {
    return flags.stream().map(f -> "`" + f + "`").collect(Collectors.joining(" "));
  }

  /** The bare window's two classes in a jar, followed by the JavaFX jars the app uses. */
  private String bareWindowJar(Path target) throws IOException {
    Path jar = base.resolve("bare-window.jar");
    Path classes = target.resolve("test-classes");
    try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Class<?> c : List.of(BareWindow.class, BareWindow.Main.class)) {
        String name = c.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(name));
        out.write(Files.readAllBytes(classes.resolve(name)));
        out.closeEntry();
      }
    }
    StringBuilder cp = new StringBuilder(jar.toString());
    try (var libs = Files.list(target.resolve("lib"))) {
      libs.map(Path::toString)
          .filter(n -> n.contains("javafx-"))
          .sorted()
          .forEach(n -> cp.append(File.pathSeparator).append(n));
    }
    return cp.toString();
  }

  private void startDisplay() throws Exception {
    if (display != null && !display.isBlank()) {
      return;
    }
    display = ":77";
    xvfb =
        new ProcessBuilder("Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("xvfb.log").toFile())
            .start();
    Thread.sleep(1500);
    if (!xvfb.isAlive()) {
      throw new IllegalStateException("Xvfb did not start; see " + base.resolve("xvfb.log"));
    }
  }

  private ProcessBuilder withDisplay(ProcessBuilder pb) {
    pb.environment().put("DISPLAY", display);
    return pb;
  }

  /** One bare-window run: milliseconds from launch to its first frame. */
  private long bare(List<String> flags) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(flags);
    cmd.addAll(List.of("-cp", bareClassPath, BareWindow.Main.class.getName()));
    Process p = withDisplay(new ProcessBuilder(cmd)).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("the bare window failed: " + out);
    }
    Matcher m = BARE.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("the bare window printed no time: " + out);
    }
    return Long.parseLong(m.group(1));
  }

  /**
   * One app run: launch, type the passphrase when the screen is up, wait for the client list, and
   * quit with Ctrl+Q; with {@code open50} it also opens 50 clients and reads the memory.
   */
  private AppRun app(Path data, List<String> flags, boolean open50) throws Exception {
    Path log = data.resolve("logs").resolve("knotwork.log");
    long offset = Files.exists(log) ? Files.size(log) : 0;
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(flags);
    cmd.addAll(
        List.of("-cp", appClassPath, "org.knotwork.cli.Launcher", "--data-dir", data.toString()));
    Process p =
        withDisplay(new ProcessBuilder(cmd))
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("app-run.log").toFile())
            .start();
    try {
      long waiting = awaitLog(log, offset, WAITING, p);
      String window = xdotool("search", "--sync", "--onlyvisible", "--name", "^Knotwork").strip();
      window = window.lines().findFirst().orElseThrow();
      xdotool("windowfocus", "--sync", window);
      String passphrase = Files.readAllLines(passphraseFile).get(0);
      xdotool("type", "--delay", Integer.toString(KEY_DELAY_MILLIS), passphrase);
      xdotool("key", "Return");
      long ready = awaitLog(log, offset, READY, p);
      long submitted = awaitLog(log, offset, SUBMITTED, p);
      long rss = 0;
      long rssSettled = 0;
      if (open50) {
        Thread.sleep(500);
        xdotool("key", "Return");
        for (int i = 1; i < 50; i++) {
          Thread.sleep(400);
          xdotool("key", "Down");
        }
        Thread.sleep(AFTER_LAST_CLIENT_MILLIS);
        rss = rssKb(p.pid());
        Thread.sleep(SETTLE_MILLIS - AFTER_LAST_CLIENT_MILLIS);
        rssSettled = rssKb(p.pid());
      }
      xdotool("key", "ctrl+q");
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the app did not close on Ctrl+Q");
      }
      return new AppRun(
          waiting + (ready - submitted),
          waiting,
          ready - submitted,
          submitted - waiting,
          rss,
          rssSettled);
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for process " + pid);
  }

  private String xdotool(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("xdotool"));
    cmd.addAll(List.of(args));
    Process p = withDisplay(new ProcessBuilder(cmd)).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("xdotool " + String.join(" ", args) + " failed: " + out);
    }
    return out;
  }

  private static long awaitLog(Path log, long offset, Pattern pattern, Process p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.size(log) > offset) {
        byte[] all = Files.readAllBytes(log);
        String fresh =
            new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        Matcher m = pattern.matcher(fresh);
        if (m.find()) {
          return Long.parseLong(m.group(1));
        }
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("the app ended before logging " + pattern.pattern());
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("the app did not log " + pattern.pattern() + " in 90 s");
  }
}
