package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.db.generated.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.junit.jupiter.api.Test;

class BatchInsertTest {
  private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 1, 9, 0);
  private static final List<Field<?>> COLUMNS =
      List.of(
          AUDIT_LOG.AT, AUDIT_LOG.ACTOR, AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID);

  @Test
  void returnsTheGeneratedIdOfEveryRowInTheOrderOfTheRows() {
    try (Database db = Database.inMemory()) {
      List<Object[]> rows = new ArrayList<>();
      for (long entity = 0; entity < 1_200; entity++) {
        rows.add(
            new Object[] {
              AT.plusMinutes(entity),
              "therapist",
              org.knotwork.audit.AuditEntry.Action.CREATE,
              "SESSION",
              entity
            });
      }

      List<Long> ids = BatchInsert.returningIds(db.dsl(), AUDIT_LOG, AUDIT_LOG.ID, COLUMNS, rows);

      assertThat(ids).hasSize(1_200).doesNotHaveDuplicates();
      for (int i = 0; i < ids.size(); i++) {
        assertThat(
                db.dsl()
                    .select(AUDIT_LOG.ENTITY_ID, AUDIT_LOG.AT)
                    .from(AUDIT_LOG)
                    .where(AUDIT_LOG.ID.eq(ids.get(i)))
                    .fetchSingle()
                    .intoArray())
            .containsExactly((long) i, AT.plusMinutes(i));
      }
    }
  }

  @Test
  void noRowsInsertNothing() {
    try (Database db = Database.inMemory()) {
      assertThat(BatchInsert.returningIds(db.dsl(), AUDIT_LOG, AUDIT_LOG.ID, COLUMNS, List.of()))
          .isEmpty();
      assertThat(db.dsl().fetchCount(AUDIT_LOG)).isZero();
    }
  }

  @Test
  void aRowWithTheWrongNumberOfValuesIsRefusedAndNothingIsInserted() {
    try (Database db = Database.inMemory()) {
      List<Object[]> rows =
          List.of(
              new Object[] {
                AT, "therapist", org.knotwork.audit.AuditEntry.Action.CREATE, "SESSION", 1L
              },
              new Object[] {AT, "therapist", "CREATE"});

      assertThatThrownBy(
              () ->
                  db.dsl()
                      .transaction(
                          trx ->
                              BatchInsert.returningIds(
                                  trx.dsl(), AUDIT_LOG, AUDIT_LOG.ID, COLUMNS, rows)))
          .hasMessage("A row has 3 values for 5 columns.");
      assertThat(db.dsl().fetchCount(AUDIT_LOG)).isZero();
    }
  }
}
