package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Weeks of pregnancy typed before the due date was stored become a due date: the weeks were true on
 * the day the health history was last saved.
 */
class ConditionsAndDueDateMigrationTest {
  private final JdbcConnectionPool pool =
      JdbcConnectionPool.create("jdbc:h2:mem:v15-" + UUID.randomUUID(), "sa", "");
  private final DSLContext dsl = DSL.using(pool, SQLDialect.H2);

  @AfterEach
  void close() {
    pool.dispose();
  }

  @Test
  void storedWeeksBecomeADueDateCountedFromTheDayTheyWereSaved() {
    migrate("11");
    dsl.execute(
        "INSERT INTO client (id, full_name, search_text, created_at, updated_at) VALUES"
            + " (1, 'Mia Lund', 'mia lund', TIMESTAMP '2025-01-10 09:00:00',"
            + " TIMESTAMP '2025-02-03 17:30:00')");
    dsl.execute(
        "INSERT INTO client_condition (client_id, condition_code, weeks)"
            + " VALUES (1, 'PREGNANCY', 20)");
    dsl.execute(
        "INSERT INTO client_condition (client_id, condition_code, details)"
            + " VALUES (1, 'ANTICOAGULANTS', 'Warfarin')");

    dsl.execute(
        "INSERT INTO handout (id, builtin_key, title, safety, created_at, updated_at) VALUES"
            + " (7, 'hamstring-stretch', 'My hamstring stretch', 'Go gently.',"
            + " TIMESTAMP '2025-01-10 09:00:00', TIMESTAMP '2025-01-10 09:00:00')");

    migrate(null);

    // 20 weeks on 3 Feb 2025: 20 weeks still to go to 40.
    assertThat(
            dsl.fetchValue(
                "SELECT due_date FROM client_condition WHERE condition_code = 'PREGNANCY'"))
        .isEqualTo(java.sql.Date.valueOf(LocalDate.of(2025, 6, 23)));
    assertThat(
            dsl.fetchValue(
                "SELECT details FROM client_condition WHERE condition_code = 'ANTICOAGULANTS'"))
        .isEqualTo("Warfarin");
    dsl.execute(
        "INSERT INTO client_condition (client_id, condition_code) VALUES (1, 'HYPERMOBILITY')");
    assertThat((String) dsl.fetchValue("SELECT safety FROM handout WHERE id = 7"))
        .startsWith("Go gently. If you are pregnant, have osteoporosis")
        .endsWith("ask your therapist before you try this.");
  }

  private void migrate(String target) {
    var config = Flyway.configure().dataSource(pool).locations("classpath:db/migration");
    if (target != null) {
      config.target(target);
    }
    config.load().migrate();
  }
}
