package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.AuditEntry.Action;

class AuditWordingTest {
  private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Test
  void appointmentEntriesAreNamedAsTheBookNamesThem() {
    AuditEntry cancelled =
        new AuditEntry(AT, "Alex", Action.CANCEL, "appointment", 5, "By the client");
    assertThat(AuditWording.action(cancelled.action())).isEqualTo("Cancelled");
    assertThat(AuditWording.action(Action.ARRIVE)).isEqualTo("Arrived");
    assertThat(AuditWording.action(Action.NO_SHOW)).isEqualTo("Marked as no-show");
    assertThat(AuditWording.record(cancelled)).isEqualTo("Appointment 5");
  }

  @Test
  void theBooksOwnSettingsConcernNoClient() {
    for (String entity :
        new String[] {"blocked_time", "bookable_service", "appointment_settings"}) {
      AuditLine line =
          new AuditLine(new AuditEntry(AT, "Alex", Action.CREATE, entity, 1), null, null);
      assertThat(AuditWording.client(line)).as(entity).isEmpty();
    }
    AuditLine gone =
        new AuditLine(new AuditEntry(AT, "Alex", Action.CREATE, "appointment", 1), null, null);
    assertThat(AuditWording.client(gone)).isEqualTo("(record deleted)");
  }
}
