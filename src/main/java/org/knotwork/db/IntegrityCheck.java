package org.knotwork.db;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Checks the stored rows against the schema's own rules, as a support check after a crash or a copy
 * made by hand: every foreign key points at an existing row and every CHECK constraint holds. The
 * database enforces both on every change; this finds rows that got past it (a file edited outside
 * Knotwork, constraints switched off, a damaged page).
 */
public final class IntegrityCheck {
  private final DSLContext dsl;

  public IntegrityCheck(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** One broken rule: the constraint, its table, and how many rows break it. */
  public record Problem(String table, String constraint, long rows) {
    @Override
    public String toString() {
      return rows + (rows == 1 ? " row" : " rows") + " in " + table + " break " + constraint;
    }
  }

  /** Every broken rule; empty when all rows keep every rule. */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    foreignKeys(problems);
    checks(problems);
    return problems;
  }

  private void foreignKeys(List<Problem> problems) {
    var keys =
        dsl.fetch(
            "select tc.table_name, tc.constraint_name, k.column_name, pk.table_name as parent,"
                + " pkc.column_name as parent_column"
                + " from information_schema.table_constraints tc"
                + " join information_schema.referential_constraints rc"
                + "   on rc.constraint_schema = tc.constraint_schema"
                + "  and rc.constraint_name = tc.constraint_name"
                + " join information_schema.key_column_usage k"
                + "   on k.constraint_schema = tc.constraint_schema"
                + "  and k.constraint_name = tc.constraint_name"
                + " join information_schema.table_constraints pk"
                + "   on pk.constraint_schema = rc.unique_constraint_schema"
                + "  and pk.constraint_name = rc.unique_constraint_name"
                + " join information_schema.key_column_usage pkc"
                + "   on pkc.constraint_schema = pk.constraint_schema"
                + "  and pkc.constraint_name = pk.constraint_name"
                + "  and pkc.ordinal_position = k.position_in_unique_constraint"
                + " where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'PUBLIC'"
                + " order by tc.table_name, tc.constraint_name, k.ordinal_position");
    for (Record key : keys) {
      String table = key.get(0, String.class);
      String column = key.get(2, String.class);
      String parent = key.get(3, String.class);
      String parentColumn = key.get(4, String.class);
      long orphans =
          count(
              "select count(*) from "
                  + quoted(table)
                  + " c where c."
                  + quoted(column)
                  + " is not null and not exists (select 1 from "
                  + quoted(parent)
                  + " p where p."
                  + quoted(parentColumn)
                  + " = c."
                  + quoted(column)
                  + ")");
      if (orphans > 0) {
        problems.add(new Problem(table, key.get(1, String.class), orphans));
      }
    }
  }

  private void checks(List<Problem> problems) {
    var checks =
        dsl.fetch(
            "select tc.table_name, tc.constraint_name, cc.check_clause"
                + " from information_schema.table_constraints tc"
                + " join information_schema.check_constraints cc"
                + "   on cc.constraint_schema = tc.constraint_schema"
                + "  and cc.constraint_name = tc.constraint_name"
                + " where tc.constraint_type = 'CHECK' and tc.table_schema = 'PUBLIC'"
                + " order by tc.table_name, tc.constraint_name");
    for (Record check : checks) {
      String table = check.get(0, String.class);
      long breaking =
          count("select count(*) from " + quoted(table) + " where not (" + check.get(2) + ")");
      if (breaking > 0) {
        problems.add(new Problem(table, check.get(1, String.class), breaking));
      }
    }
  }

  private long count(String sql) {
    return ((Number) dsl.fetchValue(sql)).longValue();
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
