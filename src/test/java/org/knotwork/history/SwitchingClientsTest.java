package org.knotwork.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.body.BackRegion.LOWER_BACK;
import static org.knotwork.body.Side.BILATERAL;
import static org.knotwork.session.Technique.SWEDISH;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.db.Database;
import org.knotwork.history.ui.HistoryViewModel;
import org.knotwork.history.ui.OverviewViewModel;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.outcome.ui.MeasuresViewModel;
import org.knotwork.ui.QueuedTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

/** While another client's record loads, the previous client's story is never on screen. */
class SwitchingClientsTest {
  private static final LocalDateTime MAR_3 = LocalDateTime.of(2025, 3, 3, 10, 0);
  private Database db;
  private HistoryFixture fx;
  private long other;
  private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
  private final RecordingDialogService dialogs = new RecordingDialogService();

  @BeforeEach
  void practice() {
    db = Database.inMemory();
    fx = new HistoryFixture(db, MAR_3.minusDays(30));
    fx.note(MAR_3).finding(LOWER_BACK, BILATERAL, 6, 3, SWEDISH).sign();
    fx.measure("NPRS", MAR_3.toLocalDate(), "6");
    other = fx.client("Ben Other");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void historyIsClearedAsSoonAsAnotherClientIsAsked() {
    HistoryViewModel vm =
        new HistoryViewModel(new HistoryService(fx.repository, fx.clock), executor, dialogs);
    vm.load(fx.clientId);
    executor.runAll();
    assertThat(vm.timeline()).isNotEmpty();
    assertThat(vm.trend()).isNotEmpty();

    vm.load(other);

    assertThat(executor.pending()).isEqualTo(1);
    assertThat(vm.timeline()).isEmpty();
    assertThat(vm.trend()).isEmpty();
  }

  @Test
  void reloadingTheSameClientKeepsWhatIsShownUntilTheNewDataArrives() {
    HistoryViewModel vm =
        new HistoryViewModel(new HistoryService(fx.repository, fx.clock), executor, dialogs);
    vm.load(fx.clientId);
    executor.runAll();

    vm.load(fx.clientId);

    assertThat(vm.timeline()).hasSize(2); // the session and the measure, no flicker to empty
  }

  @Test
  void overviewIsClearedAsSoonAsAnotherClientIsAsked() {
    OverviewViewModel vm =
        new OverviewViewModel(
            new HistoryService(fx.repository, fx.clock), outcomes(), executor, dialogs, fx.clock);
    vm.load(fx.clientId);
    executor.runAll();
    assertThat(vm.storyProperty().get().overview().signedSessions()).isEqualTo(1);

    vm.load(other);
    assertThat(vm.storyProperty().get()).isNull();

    executor.runAll();
    assertThat(vm.storyProperty().get().overview().signedSessions()).isZero();
  }

  @Test
  void measuresAreClearedAsSoonAsAnotherClientIsAsked() {
    MeasuresViewModel vm = new MeasuresViewModel(outcomes(), executor, dialogs, fx.clock);
    vm.load(fx.clientId);
    executor.runAll();
    assertThat(vm.entries()).hasSize(1);

    vm.load(other);

    assertThat(vm.entries()).isEmpty();
  }

  private OutcomeService outcomes() {
    return new OutcomeService(new OutcomeRepository(db.dsl()), fx.clock);
  }
}
