package org.knotwork.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Database trigger that keeps signed clinical records unchangeable, whatever path the change takes
 * (the app, a script, or SQL typed at the database):
 *
 * <ul>
 *   <li>a session is always inserted as a draft (so nobody can insert a back-dated signed note);
 *   <li>a signed session can be neither updated nor deleted; a draft can;
 *   <li>findings, treatments and red-flag answers of a signed session can be neither added, changed
 *       nor removed;
 *   <li>addenda and the audit log are append-only;
 *   <li>a real practice can never be turned into a demo practice.
 * </ul>
 *
 * <p>Two exceptions, both for deleting only: a demo practice (invented data) may be deleted as a
 * whole, and a client's whole record may be deleted once the audit log says so. The audit entry
 * ({@code DELETE} of {@code client} n) has to be written first, in the same transaction, so a
 * record never disappears without a trace; the entry itself can never be removed.
 */
public final class SignedRecordGuard implements Trigger {
  /** SQLSTATE for "integrity constraint violation", so drivers and jOOQ treat it as one. */
  private static final String INTEGRITY = "23000";

  private String table;
  private int type;
  private int sessionIdColumn = -1;
  private int statusColumn = -1;
  private int isDemoColumn = -1;
  private int clientIdColumn = -1;

  @Override
  public void init(
      Connection conn, String schema, String trigger, String tableName, boolean before, int type)
      throws SQLException {
    this.table = TriggerTables.baseName(tableName);
    this.type = type;
    switch (table) {
      case "SESSION" -> {
        statusColumn = TriggerTables.columnIndex(conn, table, "STATUS");
        clientIdColumn = TriggerTables.columnIndex(conn, table, "CLIENT_ID");
      }
      case "SESSION_FINDING", "SESSION_RED_FLAG", "SESSION_ADDENDUM" ->
          sessionIdColumn = TriggerTables.columnIndex(conn, table, "SESSION_ID");
      case "SESSION_TREATMENT" ->
          sessionIdColumn = TriggerTables.columnIndex(conn, table, "FINDING_ID");
      case "PRACTICE" -> isDemoColumn = TriggerTables.columnIndex(conn, table, "IS_DEMO");
      default -> {
        // the audit log needs no column
      }
    }
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    boolean delete = newRow == null;
    switch (table) {
      case "SESSION" -> {
        if (oldRow == null) {
          if (!"DRAFT".equals(newRow[statusColumn])) {
            refuse("A note is stored as a draft first; only signing makes it a signed note.");
          }
          return;
        }
        if ("SIGNED".equals(oldRow[statusColumn])
            && !(delete && (isDemo(conn) || clientDeleted(conn, oldRow[clientIdColumn])))) {
          refuse("A signed note cannot be changed or deleted. Add an addendum instead.");
        }
      }
      case "SESSION_FINDING", "SESSION_RED_FLAG", "SESSION_TREATMENT" -> {
        for (Object[] row : new Object[][] {oldRow, newRow}) {
          if (row != null
              && belongsToSignedSession(conn, row[sessionIdColumn])
              && !(delete
                  && (isDemo(conn) || sessionOfDeletedClient(conn, row[sessionIdColumn])))) {
            refuse("A signed note cannot be changed. Add an addendum instead.");
          }
        }
      }
      case "SESSION_ADDENDUM" -> {
        if (!(delete && (isDemo(conn) || sessionOfDeletedClient(conn, oldRow[sessionIdColumn])))) {
          refuse("Addenda and the audit log can only be added to, never changed or removed.");
        }
      }
      case "AUDIT_LOG" -> {
        if (!(delete && isDemo(conn))) {
          refuse("Addenda and the audit log can only be added to, never changed or removed.");
        }
      }
      case "PRACTICE" -> {
        if (Boolean.FALSE.equals(oldRow[isDemoColumn])
            && Boolean.TRUE.equals(newRow[isDemoColumn])) {
          refuse("A real practice cannot be turned into a demo practice.");
        }
      }
      default -> refuse("Unexpected table " + table + " for the signed-record guard.");
    }
  }

  private boolean belongsToSignedSession(Connection conn, Object key) throws SQLException {
    String sql =
        table.equals("SESSION_TREATMENT")
            ? "SELECT s.status FROM session s JOIN session_finding f ON f.session_id = s.id WHERE f.id = ?"
            : "SELECT status FROM session WHERE id = ?";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setObject(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && "SIGNED".equals(rs.getString(1));
      }
    }
  }

  /** The row's session belongs to a client whose deletion the audit log already records. */
  private boolean sessionOfDeletedClient(Connection conn, Object key) throws SQLException {
    String sql =
        table.equals("SESSION_TREATMENT")
            ? "SELECT s.client_id FROM session s JOIN session_finding f ON f.session_id = s.id"
                + " WHERE f.id = ?"
            : "SELECT client_id FROM session WHERE id = ?";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setObject(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && clientDeleted(conn, rs.getObject(1));
      }
    }
  }

  private static boolean clientDeleted(Connection conn, Object clientId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT 1 FROM audit_log WHERE action = 'DELETE' AND entity = 'client'"
                + " AND entity_id = ?")) {
      ps.setObject(1, clientId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static boolean isDemo(Connection conn) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT is_demo FROM practice WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  private static void refuse(String message) throws SQLException {
    throw new SQLException(message, INTEGRITY);
  }
}
