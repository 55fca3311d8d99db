package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.AuditEntry.Action;
import org.knotwork.db.Database;

class AuditRepositoryTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 14, 10, 15, 30);

  private Database db;
  private AuditRepository audit;

  @BeforeEach
  void openDatabase() {
    db = Database.inMemory();
    audit = new AuditRepository(db.dsl());
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void aboutListsOnlyThatRecordsEntriesInTheOrderTheyWereWritten() {
    AuditEntry created = new AuditEntry(NOW, "anna", Action.CREATE, "SESSION", 7);
    AuditEntry signed = new AuditEntry(NOW.minusMinutes(1), "anna", Action.SIGN, "SESSION", 7);
    AuditRepository.record(db.dsl(), created);
    AuditRepository.record(db.dsl(), new AuditEntry(NOW, "anna", Action.CREATE, "SESSION", 8));
    AuditRepository.record(db.dsl(), new AuditEntry(NOW, "anna", Action.CREATE, "CLIENT", 7));
    AuditRepository.record(db.dsl(), signed);

    assertThat(audit.about("SESSION", 7)).containsExactly(created, signed);
    assertThat(audit.about("SESSION", 9)).isEmpty();
  }

  @Test
  void recordJoinsTheCallersTransactionAndRollsBackWithIt() {
    assertThatThrownBy(
            () ->
                db.dsl()
                    .transaction(
                        trx -> {
                          AuditRepository.record(
                              trx.dsl(), new AuditEntry(NOW, "anna", Action.SIGN, "SESSION", 7));
                          throw new IllegalStateException("the change itself failed");
                        }))
        .hasMessageContaining("the change itself failed");

    assertThat(audit.about("SESSION", 7)).isEmpty();
  }

  @Test
  void entriesCanBeNeitherChangedNorRemoved() {
    AuditEntry entry = new AuditEntry(NOW, "anna", Action.ADDENDUM, "SESSION", 7);
    AuditRepository.record(db.dsl(), entry);

    assertThatThrownBy(() -> db.dsl().execute("UPDATE audit_log SET at = ?", NOW.minusYears(1)))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("audit log can only be added to");
    assertThatThrownBy(() -> db.dsl().execute("DELETE FROM audit_log WHERE entity_id = 7"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("audit log can only be added to");

    assertThat(audit.about("SESSION", 7)).containsExactly(entry);
  }
}
