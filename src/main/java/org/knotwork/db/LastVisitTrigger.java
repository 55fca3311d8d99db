package org.knotwork.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Keeps {@code client.last_visit} equal to the latest {@code service_start} of the client's
 * sessions, in the same transaction as the change to the session. A new visit can only move the
 * date later; moving or removing a visit looks the latest one up again.
 */
public final class LastVisitTrigger implements Trigger {
  private int clientIdColumn = -1;
  private int serviceStartColumn = -1;

  @Override
  public void init(
      Connection conn, String schema, String trigger, String tableName, boolean before, int type)
      throws SQLException {
    String table = TriggerTables.baseName(tableName);
    clientIdColumn = TriggerTables.columnIndex(conn, table, "CLIENT_ID");
    serviceStartColumn = TriggerTables.columnIndex(conn, table, "SERVICE_START");
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    if (oldRow == null) {
      moveLater(conn, newRow[clientIdColumn], newRow[serviceStartColumn]);
      return;
    }
    if (newRow != null
        && Objects.equals(oldRow[clientIdColumn], newRow[clientIdColumn])
        && Objects.equals(oldRow[serviceStartColumn], newRow[serviceStartColumn])) {
      return; // signing, or an edit that leaves the visit where it was
    }
    recompute(conn, oldRow[clientIdColumn]);
    if (newRow != null && !Objects.equals(oldRow[clientIdColumn], newRow[clientIdColumn])) {
      recompute(conn, newRow[clientIdColumn]);
    }
  }

  private static void moveLater(Connection conn, Object clientId, Object start)
      throws SQLException {
    try (PreparedStatement p =
        conn.prepareStatement(
            "UPDATE client SET last_visit = ? WHERE id = ?"
                + " AND (last_visit IS NULL OR last_visit < ?)")) {
      p.setObject(1, start);
      p.setObject(2, clientId);
      p.setObject(3, start);
      p.executeUpdate();
    }
  }

  private static void recompute(Connection conn, Object clientId) throws SQLException {
    try (PreparedStatement p =
        conn.prepareStatement(
            "UPDATE client SET last_visit ="
                + " (SELECT MAX(service_start) FROM session WHERE client_id = ?) WHERE id = ?")) {
      p.setObject(1, clientId);
      p.setObject(2, clientId);
      p.executeUpdate();
    }
  }
}
