package dev.strata.driver.mysql;

import dev.strata.spi.support.GoStrings;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.spi.Driver;
import dev.strata.spi.Locker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Takes Atlas's named locks with {@code GET_LOCK} on a dedicated connection, so Atlas and Strata
 * exclude each other. The server waits; the timeout is whole seconds as Atlas passes it (a negative
 * timeout waits for ever).
 */
final class MysqlLocker implements Locker {
  static final String HELD = "sql/schema: lock is held by other session";
  private final Driver driver;

  MysqlLocker(Driver driver) {
    this.driver = driver;
  }

  @Override
  public Lock lock(String name, Duration timeout) {
    Connection c;
    try {
      c = driver.connect();
    } catch (SQLException e) {
      throw new StrataException(
          ErrorCode.CONNECTION, "sql/mysql: acquiring lock: " + e.getMessage(), e);
    }
    try {
      acquire(c, name, timeout);
      return new NamedLock(c, name);
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StrataException(
          ErrorCode.CONNECTION, "sql/mysql: acquiring lock: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private static void acquire(Connection c, String name, Duration timeout) throws SQLException {
    long seconds = timeout.isNegative() ? -1 : timeout.getSeconds();
    try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
      ps.setString(1, name);
      ps.setLong(2, seconds);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long acquired = rs.getLong(1);
        if (rs.wasNull()) {
          // NULL means an internal error (out of memory, killed thread) on the server.
          throw new StrataException(
              ErrorCode.INTERNAL,
              "sql/mysql: unexpected internal error on Lock("
                  + GoStrings.quote(name)
                  + ", "
                  + goDuration(timeout)
                  + ")");
        }
        if (acquired != 1) {
          throw new StrataException(ErrorCode.LOCK, HELD);
        }
      }
    }
  }

  // Go's time.Duration String() for whole seconds and more: "0s", "10s", "1m30s", "1h0m0s".
  private static String goDuration(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    long s = Math.abs(d.getSeconds());
    String sign = d.isNegative() ? "-" : "";
    if (s < 60) {
      return sign + s + "s";
    }
    if (s < 3600) {
      return sign + (s / 60) + "m" + (s % 60) + "s";
    }
    return sign + (s / 3600) + "h" + (s % 3600 / 60) + "m" + (s % 60) + "s";
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // The lock connection is being abandoned; nothing useful to report.
    }
  }

  /** A held named lock and the connection that holds it. */
  private static final class NamedLock implements Lock {
    private final Connection connection;
    private final String name;
    private boolean closed;

    NamedLock(Connection connection, String name) {
      this.connection = connection;
      this.name = name;
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      // Closing the session releases its named locks even if RELEASE_LOCK fails.
      try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
        ps.setString(1, name);
        ps.execute();
      } catch (SQLException ignored) {
        // The connection is gone: the server already released the session's locks.
      } finally {
        closeQuietly(connection);
      }
    }

    @Override
    public String toString() {
      return "MysqlNamedLock[" + name + "]";
    }
  }
}
