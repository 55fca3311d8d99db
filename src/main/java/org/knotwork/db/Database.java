package org.knotwork.db;

import java.sql.SQLException;
import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.ExecuteListenerProvider;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into the practice's data: opens the embedded H2 database, brings its schema up to
 * date with Flyway and hands out a jOOQ {@link DSLContext}.
 *
 * <p>Callers only ever see {@link #dsl()}. How the file is opened (and, later, with which
 * passphrase it is encrypted) is decided by the {@link DatabaseCredentials} given here.
 */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private static final int H2_DATABASE_IN_USE = 90020;
  private static final int H2_FILE_CORRUPTED = 90030;
  private static final int H2_FILE_ENCRYPTION_ERROR = 90049;
  private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
  private static final int BULK_WRITE_DELAY_MS = 2_000;
  private static final long BULK_CACHE_KB = 256 * 1024;
  private static final String SCRATCH_FILE_SYSTEM = "memFS:";

  /**
   * Enough rounds for the key derivation's code to be compiled, few enough to take milliseconds.
   */
  private static final int SCRATCH_KEY_ROUNDS = 5_000;

  static {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private final JdbcConnectionPool pool;
  private final DSLContext dsl;

  private final String url;
  private final DatabaseCredentials credentials;

  private Database(JdbcConnectionPool pool, String url, DatabaseCredentials credentials) {
    this.pool = pool;
    this.url = url;
    this.credentials = credentials;
    this.dsl =
        DSL.using(
            new DefaultConfiguration()
                .set(pool)
                .set(SQLDialect.H2)
                .set(LISTENERS.toArray(ExecuteListenerProvider[]::new)));
  }

  /**
   * Listeners to every query, found on the class path ({@code
   * META-INF/services/org.jooq.ExecuteListenerProvider}). Knotwork ships none; its tests add one
   * that fails a test in which a query runs on the JavaFX thread (decision 28).
   */
  private static final List<ExecuteListenerProvider> LISTENERS =
      ServiceLoader.load(ExecuteListenerProvider.class).stream()
          .map(ServiceLoader.Provider::get)
          .toList();

  /**
   * Opens (creating if needed) the practice database in the data folder and migrates it.
   *
   * <p>{@code WRITE_DELAY=0} makes every commit durable before it returns: H2 otherwise writes
   * committed changes to the file up to half a second later, so a crash or a killed process would
   * lose the note the therapist just saved.
   */
  public static Database open(DataDirectory dir, DatabaseCredentials credentials) {
    return open(dir, credentials, "file");
  }

  /**
   * Like {@link #open(DataDirectory, DatabaseCredentials)} through one of H2's file systems ({@code
   * "file"}, or a test's own that fills up on demand).
   */
  static Database open(DataDirectory dir, DatabaseCredentials credentials, String fileSystem) {
    dir.ensureExists();
    String url =
        "jdbc:h2:"
            + fileSystem
            + ":"
            + dir.databaseBase()
            + credentials.urlOptions()
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    return openAndMigrate(url, credentials);
  }

  /**
   * Opens a database already at the current schema without running Flyway (for a process that is
   * started many times over the same database, such as the crash test's save loop).
   */
  static Database openCurrent(DataDirectory dir, DatabaseCredentials credentials) {
    String url =
        "jdbc:h2:file:"
            + dir.databaseBase()
            + credentials.urlOptions()
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    JdbcConnectionPool pool =
        JdbcConnectionPool.create(url, credentials.user(), credentials.jdbcPassword());
    return new Database(pool, url, credentials);
  }

  /** A private, empty in-memory database for tests and previews, migrated like a real one. */
  public static Database inMemory() {
    String url = "jdbc:h2:mem:knotwork-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return openAndMigrate(url, DatabaseCredentials.unencrypted());
  }

  /**
   * A throw-away practice database for warming up the program while the passphrase is typed: a
   * random data key wrapped and unwrapped as a practice's key is (with few rounds), an encrypted
   * database under it in H2's in-memory file system, migrated like a real one. Nothing of it
   * touches the disk, and {@link #close()} removes it.
   */
  public static Database scratch() {
    char[] passphrase = "scratch".toCharArray();
    DatabaseCredentials credentials =
        KeyFile.create(passphrase, SCRATCH_KEY_ROUNDS).unlock(passphrase);
    String url =
        "jdbc:h2:"
            + SCRATCH_FILE_SYSTEM
            + "knotwork-scratch-"
            + UUID.randomUUID()
            + "/"
            + DataDirectory.DATABASE_NAME
            + credentials.urlOptions()
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    return openAndMigrate(url, credentials);
  }

  private static Database openAndMigrate(String url, DatabaseCredentials credentials) {
    JdbcConnectionPool pool =
        JdbcConnectionPool.create(url, credentials.user(), credentials.jdbcPassword());
    try {
      pool.getConnection().close();
      migrate(pool);
      return new Database(pool, url, credentials);
    } catch (SQLException e) {
      pool.dispose();
      throw translate(e);
    } catch (org.flywaydb.core.api.exception.FlywayValidateException e) {
      pool.dispose();
      throw new DatabaseException(
          "This practice database was written by a different version of Knotwork and cannot be "
              + "opened by this one. Nothing was changed. Use the newest version of Knotwork.",
          e);
    } catch (RuntimeException e) {
      pool.dispose();
      throw new DatabaseException(
          "Knotwork could not prepare the practice database. Nothing was changed.", e);
    }
  }

  private static void migrate(DataSource dataSource) {
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    if (result.migrationsExecuted > 0) {
      log.info("Database schema migrated to version {}", result.targetSchemaVersion);
    }
  }

  private static DatabaseException translate(SQLException e) {
    if (e.getErrorCode() == H2_DATABASE_IN_USE) {
      return new DatabaseException(
          "The practice database is in use by another program. Close it and try again.", e);
    }
    if (e.getErrorCode() == H2_FILE_ENCRYPTION_ERROR
        || e.getErrorCode() == H2_WRONG_USER_OR_PASSWORD) {
      // The key itself is proven by the key file's authentication tag, so this means the file is
      // damaged (or a database from elsewhere was put in its place): a case for a backup.
      return new DamagedDatabaseException(
          "The practice database could not be read with this practice's key: the file is damaged,"
              + " or it belongs to another key file. Nothing was changed.",
          e);
    }
    if (e.getErrorCode() == H2_FILE_CORRUPTED) {
      return new DamagedDatabaseException(
          "The practice database file is damaged and could not be opened. It was not changed.", e);
    }
    return new DamagedDatabaseException(
        "Knotwork could not open the practice database. The file may be damaged or may not be a "
            + "Knotwork database. Nothing was changed; the details are in the log.",
        e);
  }

  public DSLContext dsl() {
    return dsl;
  }

  /**
   * Runs a bulk load (a demo practice) with commits written in the background and a larger page
   * cache, then writes everything and goes back to writing each commit before it returns.
   *
   * <p>With every commit written straight through, a load of a million rows stored the database
   * thousands of times, each store encrypting the changed pages and leaving their old copies in the
   * file, and the default cache made H2 read and decrypt pages again. A bulk load that fails
   * halfway is started again from an empty folder, so it does not need each commit to be durable.
   * (H2's retention time stays: without it the load leaves half the file for the compaction, but
   * reusing the space of old pages at once makes the load itself slower by more than that saves.)
   */
  public void bulkLoad(Runnable work) {
    long cacheKb = setting("info.CACHE_MAX_SIZE", 16) * 1024; // given in MB, set in KB
    dsl.execute("SET WRITE_DELAY " + BULK_WRITE_DELAY_MS);
    dsl.execute("SET CACHE_SIZE " + Math.max(cacheKb, BULK_CACHE_KB));
    try {
      work.run();
    } finally {
      dsl.execute("SET CACHE_SIZE " + cacheKb);
      dsl.execute("SET WRITE_DELAY 0");
      dsl.execute("CHECKPOINT");
    }
  }

  /** A numeric setting of the open database, or {@code otherwise} where H2 does not list it. */
  private long setting(String name, long otherwise) {
    return dsl.resultQuery(
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?", name)
        .fetchOptional(0, String.class)
        .map(Long::parseLong)
        .orElse(otherwise);
  }

  /**
   * Closes the database after rewriting its file to hold only live records. A bulk load (the demo's
   * ten-year practice) leaves most of the file as old copies of pages; compacting takes it from
   * about 530 MB to 78 MB, which every later backup and restore copies. H2 logs a compaction that
   * fails inside the shutdown only to its own trace file, so the log gives the size before and the
   * time taken, and the caller can compare the file afterwards.
   *
   * <p>The compaction runs while the pool still holds the database open, on a plain connection of
   * its own, and H2 closes the database straight into the compacted copy. Closing the pool first
   * would make H2 close the file once (spending seconds compacting part of it in place) only to
   * open it again for the full compaction. (A pooled connection would not do: handing it back after
   * the shutdown makes H2 write a trace file into the practice folder.)
   */
  public void closeCompacted() {
    if (url.startsWith("jdbc:h2:mem:")) {
      close();
      return;
    }
    long started = System.nanoTime();
    long bytes = setting("info.FILE_SIZE", -1);
    try (var connection = plainConnection();
        var statement = connection.createStatement()) {
      log.info("Compacting the database file ({} MB)", bytes >> 20);
      statement.execute("SHUTDOWN COMPACT");
      log.info("Database compacted and closed in {} ms", (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException e) {
      log.warn("The database could not be compacted; it stays as it was", e);
    } finally {
      pool.dispose();
    }
  }

  /** A connection of its own, outside the pool (for a shutdown, which ends every session). */
  private java.sql.Connection plainConnection() throws SQLException {
    return java.sql.DriverManager.getConnection(
        url, credentials.user(), credentials.jdbcPassword());
  }

  /**
   * Closes every connection. A file database closes with its last connection; an in-memory one is
   * kept alive by {@code DB_CLOSE_DELAY=-1} and is shut down explicitly.
   */
  @Override
  public void close() {
    pool.dispose();
    if (url.startsWith("jdbc:h2:" + SCRATCH_FILE_SYSTEM)) {
      String file = url.substring("jdbc:h2:".length(), url.indexOf(';'));
      org.h2.store.fs.FileUtils.deleteRecursive(file.substring(0, file.lastIndexOf('/')), false);
    }
    if (url.startsWith("jdbc:h2:mem:")) {
      try (var connection = plainConnection();
          var statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (SQLException e) {
        log.warn("In-memory database did not shut down cleanly", e);
      }
    }
  }
}
