package org.knotwork.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.knotwork.audit.AuditEntry;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.ui.SinceLaunch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uses the seconds in which the therapist types the passphrase: on a background thread of its own,
 * it runs what opening the records will run, on a throw-away practice of its own, so that the
 * classes are loaded and the code compiled by the time the real records open (decision 30).
 *
 * <p>The throw-away practice is {@link Database#scratch()}: encrypted under a random key, in
 * memory, removed when the warm-up ends. The warm-up is never given the data folder or the
 * passphrase, so it cannot open or change the real records. {@link #stop()} (the records are being
 * opened) lets no further step start; a step under way finishes, which at worst means the real
 * opening waits for a class the warm-up is loading, which it would have had to load anyway.
 */
public final class StartupWarmup {
  private static final Logger log = LoggerFactory.getLogger(StartupWarmup.class);

  /** One step of the warm-up, given the throw-away practice. */
  record Step(String name, Consumer<AppContext> work) {}

  private final List<Step> steps;
  private final Path nowhere;
  private final Clock clock;
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile boolean stopped;
  private final List<String> done = new ArrayList<>();

  StartupWarmup(List<Step> steps, Path nowhere, Clock clock) {
    this.steps = List.copyOf(steps);
    this.nowhere = nowhere;
    this.clock = clock;
  }

  /**
   * Starts the warm-up on a daemon thread of the lowest priority and returns at once; its last step
   * is {@code screens}, given the throw-away practice (the app builds a throw-away main window with
   * it). Call it once the passphrase screen has been laid out, so the warm-up does not hold that
   * screen up.
   */
  public static StartupWarmup start(BiConsumer<AppContext, BooleanSupplier> screens) {
    List<Step> steps = new ArrayList<>(standardSteps());
    StartupWarmup[] self = new StartupWarmup[1];
    // the window's turns ask between them whether the passphrase has been submitted meanwhile
    steps.add(new Step("the main window", context -> screens.accept(context, self[0]::isStopped)));
    StartupWarmup warmup =
        new StartupWarmup(
            steps,
            // The throw-away practice's folder: never created, nothing is written there.
            Path.of(System.getProperty("java.io.tmpdir"), "knotwork-warmup-" + UUID.randomUUID()),
            Clock.systemDefaultZone());
    self[0] = warmup;
    warmup.begin();
    return warmup;
  }

  /** What opening the records and showing the client list run, on the throw-away practice. */
  static List<Step> standardSteps() {
    return List.of(
        new Step(
            "a small practice",
            context -> context.demo().create(WARMUP_CLIENTS, WARMUP_YEARS, WARMUP_SEED)),
        new Step(
            "unlocking",
            context -> {
              context.practices().current();
              context
                  .audit()
                  .append(
                      new AuditEntry(
                          LocalDateTime.now(context.clock()).truncatedTo(ChronoUnit.SECONDS),
                          context.actor(),
                          AuditEntry.Action.UNLOCK,
                          "practice",
                          1));
            }),
        new Step(
            "the client list",
            context -> {
              context.clients().search("", false, 200);
              context.clients().search("a", false, 200);
            }),
        new Step(
            "the practice's settings",
            context -> {
              context.practices().details();
              context.practices().emergencyNumbers();
              context.practices().autoLockMinutes();
              context.practices().therapist();
            }));
  }

  private static final int WARMUP_CLIENTS = 3;
  private static final int WARMUP_YEARS = 1;
  private static final long WARMUP_SEED = 1L;

  void begin() {
    Thread thread = new Thread(this::run, "knotwork-warmup");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** Whether {@link #stop()} was called. */
  boolean isStopped() {
    return stopped;
  }

  /** The passphrase was submitted: no further step starts. Returns at once. */
  public void stop() {
    stopped = true;
  }

  /** Waits for the warm-up to end; true if it did within the time. */
  boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
    return ended.await(timeout, unit);
  }

  /** The steps that ran to their end. */
  synchronized List<String> done() {
    return List.copyOf(done);
  }

  private void run() {
    long started = System.nanoTime();
    log.info("Warming up while the passphrase is typed: {} ms after launch", SinceLaunch.millis());
    try {
      if (stopped) {
        return;
      }
      try (Database scratch = Database.scratch()) {
        record("the database");
        AppContext context = new AppContext(DataDirectory.at(nowhere), scratch, clock);
        for (Step step : steps) {
          if (stopped) {
            return;
          }
          step.work().accept(context);
          record(step.name());
        }
      }
    } catch (RuntimeException | LinkageError e) {
      // The warm-up only saves time; the real opening reports any real problem.
      log.warn("The warm-up stopped early", e);
    } finally {
      log.info(
          "Warm-up {} after {} ms: {}",
          stopped ? "stopped" : "ended",
          (System.nanoTime() - started) / 1_000_000,
          done());
      ended.countDown();
    }
  }

  private synchronized void record(String step) {
    done.add(step);
  }
}
