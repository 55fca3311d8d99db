package org.knotwork.db;

/**
 * How the database file is opened. Today it is unencrypted; a passphrase-protected practice will
 * add H2's file cipher here without any caller changing.
 */
public record DatabaseCredentials(String user, String password, String urlOptions) {

  public static DatabaseCredentials unencrypted() {
    return new DatabaseCredentials("knotwork", "", "");
  }

  String jdbcPassword() {
    return password;
  }
}
