package org.knotwork.app;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes of a practice still under way in this process, which the process sees through before it
 * ends: the window goes at once, the day's backup finishes (or fails cleanly) on a thread of its
 * own, and {@link KnotworkApp#launchWith} returns (and the launcher exits) only after it.
 *
 * <p>Process-wide because JavaFX builds the {@code Application} itself: this is the one way from
 * the instance that closes to the code that launched it (decision 27).
 */
final class PendingCloses {
  private static final Logger log = LoggerFactory.getLogger(PendingCloses.class);
  private static final Set<CompletableFuture<Void>> running = ConcurrentHashMap.newKeySet();

  private PendingCloses() {}

  /**
   * Runs {@code close} on a new thread that keeps the process alive (not a daemon). The result
   * completes when it has finished; a failure is logged, and the result still completes normally.
   */
  static CompletableFuture<Void> start(Runnable close) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    running.add(done);
    Thread thread =
        new Thread(
            () -> {
              try {
                close.run();
              } catch (RuntimeException | Error e) {
                log.error("Closing the practice failed", e);
              } finally {
                running.remove(done);
                done.complete(null);
              }
            },
            "knotwork-close");
    thread.setDaemon(false);
    thread.start();
    return done;
  }

  /** Waits until every close started in this process has finished. */
  static void awaitAll() {
    while (!running.isEmpty()) {
      for (CompletableFuture<Void> close : Set.copyOf(running)) {
        close.join();
      }
    }
  }
}
