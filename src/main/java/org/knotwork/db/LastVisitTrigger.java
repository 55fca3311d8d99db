package org.knotwork.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Keeps {@code client.last_visit} equal to the latest {@code service_start} of the client's signed
 * sessions, in the same transaction as the change to the session. Only a signed note is a visit: a
 * draft written, moved or discarded leaves the date alone, and signing a draft can only move it
 * later. Moving or removing a signed visit (which only a retention deletion may do) looks the
 * latest one up again.
 */
public final class LastVisitTrigger implements Trigger {
  private static final String SIGNED = "SIGNED";
  private int clientIdColumn = -1;
  private int serviceStartColumn = -1;
  private int statusColumn = -1;

  @Override
  public void init(
      Connection conn, String schema, String trigger, String tableName, boolean before, int type)
      throws SQLException {
    String table = TriggerTables.baseName(tableName);
    clientIdColumn = TriggerTables.columnIndex(conn, table, "CLIENT_ID");
    serviceStartColumn = TriggerTables.columnIndex(conn, table, "SERVICE_START");
    statusColumn = TriggerTables.columnIndex(conn, table, "STATUS");
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    boolean wasVisit = signed(oldRow);
    boolean isVisit = signed(newRow);
    if (!wasVisit && !isVisit) {
      return; // a draft written, edited, moved or discarded
    }
    if (!wasVisit) {
      moveLater(conn, newRow[clientIdColumn], newRow[serviceStartColumn]); // signed or imported
      return;
    }
    if (isVisit
        && Objects.equals(oldRow[clientIdColumn], newRow[clientIdColumn])
        && Objects.equals(oldRow[serviceStartColumn], newRow[serviceStartColumn])) {
      return; // a change that leaves the visit where it was
    }
    recompute(conn, oldRow[clientIdColumn]);
    if (isVisit && !Objects.equals(oldRow[clientIdColumn], newRow[clientIdColumn])) {
      recompute(conn, newRow[clientIdColumn]);
    }
  }

  private boolean signed(Object[] row) {
    return row != null && SIGNED.equals(row[statusColumn]);
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
                + " (SELECT MAX(service_start) FROM session"
                + " WHERE client_id = ? AND status = '"
                + SIGNED
                + "') WHERE id = ?")) {
      p.setObject(1, clientId);
      p.setObject(2, clientId);
      p.executeUpdate();
    }
  }
}
