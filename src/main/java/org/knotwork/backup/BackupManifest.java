package org.knotwork.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a backup holds: who made it, the schema version, row counts and the database file's SHA-256,
 * so a restore can check it before anything is replaced.
 */
public record BackupManifest(
    String appVersion,
    String schemaVersion,
    LocalDateTime createdAt,
    Map<String, Integer> counts,
    String sha256) {
  static final String FORMAT = "knotwork-backup-1";

  public BackupManifest {
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  void write(OutputStream out) throws IOException {
    Properties p = new Properties();
    p.setProperty("format", FORMAT);
    p.setProperty("appVersion", appVersion);
    p.setProperty("schemaVersion", schemaVersion);
    p.setProperty("createdAt", createdAt.toString());
    p.setProperty("sha256", sha256);
    counts.forEach((table, n) -> p.setProperty("count." + table, Integer.toString(n)));
    p.store(out, "Knotwork backup");
  }

  static BackupManifest read(InputStream in) throws IOException {
    Properties p = new Properties();
    p.load(in);
    if (!FORMAT.equals(p.getProperty("format"))) {
      throw new BackupRefusedException("it is not a Knotwork backup");
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("count.")) {
        counts.put(key.substring("count.".length()), Integer.parseInt(p.getProperty(key)));
      }
    }
    try {
      return new BackupManifest(
          p.getProperty("appVersion"),
          p.getProperty("schemaVersion"),
          LocalDateTime.parse(p.getProperty("createdAt")),
          counts,
          p.getProperty("sha256"));
    } catch (RuntimeException e) {
      throw new BackupRefusedException("its manifest is damaged");
    }
  }

  /** "214 clients, 6,120 sessions". */
  public String summary() {
    return String.format(
        java.util.Locale.UK,
        "%,d clients, %,d sessions, %,d plans",
        counts.getOrDefault("client", 0),
        counts.getOrDefault("session", 0),
        counts.getOrDefault("treatment_plan", 0));
  }
}
