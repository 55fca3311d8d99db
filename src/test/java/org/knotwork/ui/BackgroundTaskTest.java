package org.knotwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
  private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
  private final BackgroundTask task = BackgroundTask.of(executor);
  private final List<String> shown = new ArrayList<>();

  @Test
  void runsUntilTheWorkEnds() {
    task.run(() -> "page 1", shown::add, failure -> shown.add("failed"));
    assertThat(task.isRunning()).isTrue();

    executor.runAll();

    assertThat(task.isRunning()).isFalse();
    assertThat(shown).containsExactly("page 1");
  }

  @Test
  void aNewerRunSupersedesAnOlderOne() {
    task.run(() -> "old search", shown::add, failure -> shown.add("failed"));
    task.run(() -> "new search", shown::add, failure -> shown.add("failed"));

    executor.runOne();
    assertThat(shown).isEmpty();
    assertThat(task.isRunning()).isTrue(); // the newer run is still under way

    executor.runAll();
    assertThat(shown).containsExactly("new search");
    assertThat(task.isRunning()).isFalse();
  }

  @Test
  void aSupersededFailureIsDroppedToo() {
    task.<String>run(
        () -> {
          throw new IllegalStateException("gone");
        },
        shown::add,
        failure -> shown.add("failed"));
    task.run(() -> "fine", shown::add, failure -> shown.add("failed"));

    executor.runAll();

    assertThat(shown).containsExactly("fine");
  }

  @Test
  void cancelledWorkIsNotShownAndNoLongerRunning() {
    AtomicBoolean sawCancel = new AtomicBoolean();
    task.run(
        progress -> {
          sawCancel.set(progress.isCancelled());
          return "late";
        },
        shown::add,
        failure -> shown.add("failed"));

    task.cancel();
    assertThat(task.isRunning()).isFalse();
    executor.runAll();

    assertThat(sawCancel).isTrue();
    assertThat(shown).isEmpty();
  }

  @Test
  void progressOfTheCurrentRunIsTheStatusLineAndAStaleRunsIsNot() {
    AtomicReference<BackgroundTask.Progress> old = new AtomicReference<>();
    task.run(
        progress -> {
          old.set(progress);
          progress.message("1 of 3 clients");
          return "done";
        },
        shown::add,
        failure -> {});
    executor.runAll();
    assertThat(task.getMessage()).isEqualTo("1 of 3 clients");

    task.run(() -> "again", shown::add, failure -> {});
    old.get().message("3 of 3 clients");

    assertThat(task.getMessage()).isEqualTo("1 of 3 clients");
  }

  @Test
  void workAskedForWhileUnlockedDoesNothingOnceLocked() {
    executor.practiceLock().lock();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean ran = new AtomicBoolean();

    task.runWhileUnlocked(
        () -> {
          ran.set(true);
          return "exported";
        },
        shown::add,
        failure::set);
    executor.runAll();

    assertThat(ran).isFalse();
    assertThat(failure.get()).isInstanceOf(PracticeLockedException.class);
    assertThat(task.isRunning()).isFalse();
  }

  @Test
  void longWorkGoesToTheLongLane() {
    List<String> lanes = new ArrayList<>();
    TaskExecutor recording =
        new TaskExecutor() {
          @Override
          public <T> void execute(
              java.util.concurrent.Callable<T> work,
              java.util.function.Consumer<? super T> onSuccess,
              java.util.function.Consumer<? super Throwable> onFailure) {
            lanes.add("ordinary");
          }

          @Override
          public <T> void executeLong(
              java.util.concurrent.Callable<T> work,
              java.util.function.Consumer<? super T> onSuccess,
              java.util.function.Consumer<? super Throwable> onFailure) {
            lanes.add("long");
          }

          @Override
          public PracticeLock practiceLock() {
            return new PracticeLock();
          }

          @Override
          public void shutdown() {}
        };

    BackgroundTask.longWork(recording).run(() -> 1, done -> {}, failure -> {});
    BackgroundTask.of(recording).run(() -> 1, done -> {}, failure -> {});

    assertThat(lanes).containsExactly("long", "ordinary");
  }
}
