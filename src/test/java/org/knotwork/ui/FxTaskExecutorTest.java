package org.knotwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two lanes, without a toolkit: results are handed back on the worker threads themselves. */
class FxTaskExecutorTest {
  private final FxTaskExecutor executor = new FxTaskExecutor(new PracticeLock(), Runnable::run);
  private final CountDownLatch exportMayFinish = new CountDownLatch(1);

  @AfterEach
  void finish() {
    exportMayFinish.countDown();
    executor.shutdown();
  }

  @Test
  void aSearchIsNotHeldUpByAnExportOfEveryRecord() throws Exception {
    CountDownLatch exportStarted = new CountDownLatch(1);
    CountDownLatch searched = new CountDownLatch(1);
    executor.executeLong(
        () -> {
          exportStarted.countDown();
          return exportMayFinish.await(20, TimeUnit.SECONDS);
        },
        done -> {},
        failure -> {});
    assertThat(exportStarted.await(5, TimeUnit.SECONDS)).isTrue();

    executor.execute(() -> "Anna Berg", found -> searched.countDown(), failure -> {});

    assertThat(searched.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void ordinaryWorkRunsInTheOrderItWasAskedFor() throws Exception {
    List<String> done = new CopyOnWriteArrayList<>();
    CountDownLatch all = new CountDownLatch(3);
    for (String step : List.of("save draft", "save draft again", "lock")) {
      executor.execute(
          () -> {
            Thread.sleep(step.length() % 3 * 20L);
            return step;
          },
          ran -> {
            done.add(ran);
            all.countDown();
          },
          failure -> {});
    }
    assertThat(all.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(done).containsExactly("save draft", "save draft again", "lock");
  }

  @Test
  void closingTheRecordsWaitsForLongWorkAndLongWorkWaitsForIt() throws Exception {
    List<String> done = new CopyOnWriteArrayList<>();
    CountDownLatch exportStarted = new CountDownLatch(1);
    CountDownLatch all = new CountDownLatch(3);
    executor.executeLong(
        () -> {
          exportStarted.countDown();
          exportMayFinish.await(20, TimeUnit.SECONDS);
          return "export";
        },
        ran -> {
          done.add(ran);
          all.countDown();
        },
        failure -> {});
    assertThat(exportStarted.await(5, TimeUnit.SECONDS)).isTrue();
    executor.executeAlone(
        () -> "close",
        ran -> {
          done.add(ran);
          all.countDown();
        },
        failure -> {});
    Thread.sleep(100);
    assertThat(done).isEmpty(); // the close waits for the export

    exportMayFinish.countDown();
    executor.executeLong(
        () -> "another export",
        ran -> {
          done.add(ran);
          all.countDown();
        },
        failure -> {});

    assertThat(all.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(done).containsExactly("export", "close", "another export");
  }
}
