package org.knotwork.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.audit.AuditLog;
import org.knotwork.audit.AuditRepository;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The audit log's filters on screen: a typed day counts once the field is left, not only on Enter.
 */
@ExtendWith(ApplicationExtension.class)
class AuditLogViewTest {
  private static final Clock NOVEMBER =
      Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
  private static final Clock DECEMBER =
      Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy");

  private Database db;
  private AuditLogViewModel vm;

  @Start
  void start(Stage stage) {
    db = Database.inMemory();
    new PracticeService(new PracticeRepository(db.dsl()), NOVEMBER)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    new ClientService(new ClientRepository(db.dsl()), NOVEMBER, "anna")
        .save(Client.builder().fullName("Ada Moss").build());
    new ClientService(new ClientRepository(db.dsl()), DECEMBER, "anna")
        .save(Client.builder().fullName("Zoë Ward").build());
    vm =
        new AuditLogViewModel(
            new AuditLog(new AuditRepository(db.dsl()), DECEMBER, "anna"),
            new CurrentThreadTaskExecutor(),
            new RecordingDialogService());
    vm.load();
    stage.setScene(new Scene(new AuditLogView(vm), 1100, 600));
    stage.show();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aDayTypedInFromFiltersTheListWhenTabLeavesTheField(FxRobot robot) {
    assertThat(vm.rows()).anySatisfy(r -> assertThat(r.client()).isEqualTo("Ada Moss"));

    robot.clickOn(((DatePicker) robot.lookup("#audit-from").query()).getEditor());
    robot.write(SHOWN.format(LocalDate.of(2026, 12, 1))).type(KeyCode.TAB);

    assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(vm.rows())
        .isNotEmpty()
        .noneSatisfy(r -> assertThat(r.client()).isEqualTo("Ada Moss"));
  }

  @Test
  void textThatIsNoDayIsPutBackWhenTheFieldIsLeft(FxRobot robot) {
    DatePicker from = robot.lookup("#audit-from").query();
    robot.clickOn(from.getEditor());
    robot.write("soon").type(KeyCode.TAB);

    assertThat(vm.fromProperty().get()).isNull();
    assertThat(from.getEditor().getText()).isEmpty();
  }
}
