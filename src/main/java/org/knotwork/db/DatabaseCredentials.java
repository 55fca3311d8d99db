package org.knotwork.db;

import java.util.HexFormat;

/**
 * How the database file is opened: unencrypted (tests, and data folders from before encryption), or
 * with H2's AES file cipher under the practice's data key (see {@link KeyFile}).
 */
public record DatabaseCredentials(String user, String password, String urlOptions) {

  public static DatabaseCredentials unencrypted() {
    return new DatabaseCredentials("knotwork", "", "");
  }

  /** The file cipher keyed by the practice's data key (H2 takes "file-password user-password"). */
  static DatabaseCredentials encrypted(byte[] dataKey) {
    return new DatabaseCredentials(
        "knotwork", HexFormat.of().formatHex(dataKey) + " ", ";CIPHER=AES");
  }

  public boolean isEncrypted() {
    return !urlOptions.isEmpty();
  }

  String jdbcPassword() {
    return password;
  }

  /** Never shows the key in a log line or a stack trace. */
  @Override
  public String toString() {
    return "DatabaseCredentials[user=" + user + ", encrypted=" + isEncrypted() + "]";
  }
}
