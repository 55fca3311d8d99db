package org.knotwork.outcome.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knotwork.db.Database;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class InstrumentsViewModelTest {
  private final Database db = Database.inMemory();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private final InstrumentsViewModel vm =
      new InstrumentsViewModel(
          new OutcomeService(
              new OutcomeRepository(db.dsl()),
              Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC)),
          new CurrentThreadTaskExecutor(),
          dialogs);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aDefinedMeasureJoinsTheListAndTheFormEmpties() {
    vm.nameProperty().set("Pain on sitting");
    vm.codeProperty().set("sit");
    vm.minProperty().set("0");
    vm.maxProperty().set("10");
    vm.thresholdProperty().set("2");
    vm.unitProperty().set("/10");

    vm.define();

    assertThat(vm.instruments()).extracting(Instrument::name).contains("Pain on sitting");
    assertThat(vm.instruments())
        .filteredOn(i -> i.name().equals("Pain on sitting"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.higherIsBetter()).isFalse();
              assertThat(i.builtIn()).isFalse();
            });
    assertThat(vm.nameProperty().get()).isEmpty();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void aScoreThatIsNotANumberIsExplainedAndNothingIsAdded() {
    vm.refresh();
    int before = vm.instruments().size();
    vm.nameProperty().set("Sleep quality");
    vm.codeProperty().set("SLEEP");
    vm.minProperty().set("zero");
    vm.maxProperty().set("10");
    vm.thresholdProperty().set("2");

    vm.define();

    assertThat(dialogs.errors())
        .singleElement()
        .extracting(RecordingDialogService.ShownError::message)
        .isEqualTo("Enter the lowest score as a number.");
    vm.refresh();
    assertThat(vm.instruments()).hasSize(before);
  }
}
