package dev.strata.driver.sqlite;

import dev.strata.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * Opens xerial connections for a {@code sqlite://} URL. Query parameters follow mattn/go-sqlite3,
 * which Atlas uses: {@code mode=memory} gives a shared-cache in-memory database ({@code
 * file:name?mode=memory&cache=shared}), {@code mode=ro} opens read-only, {@code _fk} (or {@code
 * _foreign_keys}) turns on foreign keys, {@code _busy_timeout} (milliseconds, default 5000 as in
 * go-sqlite3), {@code _journal_mode} and {@code _sync} set those pragmas.
 */
final class SqliteConnector {
  /** Milliseconds a statement waits for a locked database before failing with SQLITE_BUSY. */
  static final int DEFAULT_BUSY_TIMEOUT_MILLIS = 5000;

  private final String jdbcUrl;
  private final Properties properties;
  private final org.sqlite.JDBC jdbcDriver = new org.sqlite.JDBC();

  SqliteConnector(DatabaseUrl url) {
    if (url.inMemory()) {
      // A named in-memory database shared by every connection of this process; SQLite drops it
      // when its last connection closes.
      this.jdbcUrl = "jdbc:sqlite:file:" + url.path() + "?mode=memory&cache=shared";
    } else {
      this.jdbcUrl = "jdbc:sqlite:" + url.path();
    }
    this.properties = config(url).toProperties();
  }

  private static SQLiteConfig config(DatabaseUrl url) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(DEFAULT_BUSY_TIMEOUT_MILLIS);
    for (String key : url.params().keySet()) {
      String value = url.param(key).orElse("");
      switch (key) {
        case "_fk":
        case "_foreign_keys":
          config.enforceForeignKeys(truthy(value));
          break;
        case "_busy_timeout":
        case "_timeout":
          config.setBusyTimeout(Integer.parseInt(value));
          break;
        case "_journal_mode":
        case "_journal":
          config.setJournalMode(SQLiteConfig.JournalMode.valueOf(value.toUpperCase(Locale.ROOT)));
          break;
        case "_sync":
        case "_synchronous":
          config.setSynchronous(SQLiteConfig.SynchronousMode.valueOf(syncMode(value)));
          break;
        case "mode":
          config.setReadOnly(value.equals("ro"));
          break;
        default:
          break; // go-sqlite3 ignores parameters it does not know; so do we.
      }
    }
    return config;
  }

  private static boolean truthy(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "1":
      case "true":
      case "yes":
      case "on":
        return true;
      default:
        return false;
    }
  }

  private static String syncMode(String value) {
    switch (value) {
      case "0":
        return "OFF";
      case "1":
        return "NORMAL";
      case "2":
      case "3":
        return "FULL";
      default:
        return value.toUpperCase(Locale.ROOT).equals("EXTRA")
            ? "FULL"
            : value.toUpperCase(Locale.ROOT);
    }
  }

  /**
   * Returns a new connection in auto-commit mode.
   *
   * @throws SQLException when the file cannot be opened
   */
  Connection open() throws SQLException {
    Connection c = jdbcDriver.connect(jdbcUrl, properties);
    if (c == null) {
      throw new SQLException("sqlite-jdbc refused " + jdbcUrl);
    }
    return c;
  }
}
