package org.knotwork.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** What Knotwork's H2 triggers need to know about the table they are attached to. */
final class TriggerTables {
  private TriggerTables() {}

  /**
   * The table's own name. While H2 rebuilds a table for ALTER TABLE it hands the trigger the
   * temporary copy's name ("SESSION_COPY_4_58"), whose columns and rules are the table's.
   */
  static String baseName(String tableName) {
    return tableName.toUpperCase(Locale.ROOT).replaceFirst("_COPY_\\d+_\\d+$", "");
  }

  /** The 0-based position of a column in the rows H2 passes to the trigger. */
  static int columnIndex(Connection conn, String table, String name) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
        ResultSet rs = ps.executeQuery()) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        if (meta.getColumnName(i).equalsIgnoreCase(name)) {
          return i - 1;
        }
      }
    }
    throw new SQLException("Column " + name + " not found in " + table);
  }
}
