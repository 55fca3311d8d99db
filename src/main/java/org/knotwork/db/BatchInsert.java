package org.knotwork.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Inserts many rows with one statement run for each row (a JDBC batch) and returns their generated
 * ids in the order of the rows: for large imports, which would otherwise render, parse and run one
 * statement per row. jOOQ's own batches do not return generated keys, so this runs the statement
 * jOOQ renders through JDBC, in the caller's transaction.
 */
public final class BatchInsert {
  private BatchInsert() {}

  /**
   * Inserts {@code rows} (each holding a value for every one of {@code columns}, in order) into
   * {@code table} and returns the value of {@code id} for each row, in the same order.
   */
  public static List<Long> returningIds(
      DSLContext ctx, Table<?> table, Field<Long> id, List<Field<?>> columns, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    String sql =
        ctx.insertInto(table, columns).values(Collections.nCopies(columns.size(), null)).getSQL();
    return ctx.connectionResult(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(sql, new String[] {id.getName()})) {
            for (Object[] row : rows) {
              if (row.length != columns.size()) {
                throw new IllegalArgumentException(
                    "A row has " + row.length + " values for " + columns.size() + " columns.");
              }
              for (int c = 0; c < row.length; c++) {
                insert.setObject(c + 1, databaseValue(columns.get(c), row[c]));
              }
              insert.addBatch();
            }
            insert.executeBatch();
            List<Long> ids = new ArrayList<>(rows.size());
            try (ResultSet keys = insert.getGeneratedKeys()) {
              while (keys.next()) {
                ids.add(keys.getLong(1));
              }
            }
            if (ids.size() != rows.size()) {
              throw new IllegalStateException(
                  "The database returned " + ids.size() + " ids for " + rows.size() + " rows.");
            }
            return ids;
          }
        });
  }

  /** The value as the column stores it: an enum column's converter gives its constant's name. */
  @SuppressWarnings("unchecked")
  private static Object databaseValue(Field<?> column, Object value) {
    return ((org.jooq.Converter<Object, Object>) column.getConverter()).to(value);
  }
}
