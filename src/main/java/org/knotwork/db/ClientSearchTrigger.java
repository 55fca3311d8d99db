package org.knotwork.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.h2.api.Trigger;

/**
 * Keeps {@code client_search} (what the client list searches and sorts by) equal to the client
 * rows, and counts in {@code client_list_version} every change to what the list shows, in the same
 * transaction as the change to the client. Removal of the copy follows from the table's foreign
 * key, which deletes it with the client.
 */
public final class ClientSearchTrigger implements Trigger {
  private int id = -1;
  private int searchText = -1;
  private int lastVisit = -1;
  private int createdAt = -1;
  private int archivedAt = -1;
  private int fullName = -1;
  private int preferredName = -1;
  private int dateOfBirth = -1;

  @Override
  public void init(
      Connection conn, String schema, String trigger, String tableName, boolean before, int type)
      throws SQLException {
    String table = TriggerTables.baseName(tableName);
    id = TriggerTables.columnIndex(conn, table, "ID");
    searchText = TriggerTables.columnIndex(conn, table, "SEARCH_TEXT");
    lastVisit = TriggerTables.columnIndex(conn, table, "LAST_VISIT");
    createdAt = TriggerTables.columnIndex(conn, table, "CREATED_AT");
    archivedAt = TriggerTables.columnIndex(conn, table, "ARCHIVED_AT");
    fullName = TriggerTables.columnIndex(conn, table, "FULL_NAME");
    preferredName = TriggerTables.columnIndex(conn, table, "PREFERRED_NAME");
    dateOfBirth = TriggerTables.columnIndex(conn, table, "DATE_OF_BIRTH");
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    if (newRow == null) {
      countChange(conn); // the foreign key removes the copy
      return;
    }
    if (oldRow != null && listed(oldRow).equals(listed(newRow))) {
      return; // an edit of the intake that the list does not show
    }
    String sql =
        oldRow == null
            ? "INSERT INTO client_search (search_text, recent_at, archived, client_id)"
                + " VALUES (?, ?, ?, ?)"
            : "UPDATE client_search SET search_text = ?, recent_at = ?, archived = ?"
                + " WHERE client_id = ?"; // ids never change
    try (PreparedStatement p = conn.prepareStatement(sql)) {
      p.setObject(1, newRow[searchText]);
      p.setObject(2, recentAt(newRow));
      p.setBoolean(3, archived(newRow));
      p.setObject(4, newRow[id]);
      p.executeUpdate();
    }
    countChange(conn);
  }

  private static void countChange(Connection conn) throws SQLException {
    try (PreparedStatement p =
        conn.prepareStatement("UPDATE client_list_version SET version = version + 1")) {
      p.executeUpdate();
    }
  }

  /** What the client list shows of a client, searches it by or sorts it by. */
  private List<Object> listed(Object[] row) {
    return Arrays.asList(
        row[searchText],
        recentAt(row),
        archived(row),
        row[fullName],
        row[preferredName],
        row[dateOfBirth],
        row[lastVisit]);
  }

  private Object recentAt(Object[] row) {
    return row[lastVisit] != null ? row[lastVisit] : row[createdAt];
  }

  private boolean archived(Object[] row) {
    return row[archivedAt] != null;
  }
}
