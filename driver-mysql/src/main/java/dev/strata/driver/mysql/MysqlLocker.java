package dev.strata.driver.mysql;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.spi.Driver;
import dev.strata.spi.Locker;
import dev.strata.spi.support.GoStrings;
import dev.strata.spi.support.SessionLocks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Takes Atlas's named locks with {@code GET_LOCK} on the caller's connection or a dedicated one,
 * so Atlas and Strata exclude each other. The server waits; the timeout is whole seconds as Atlas
 * passes it (a negative timeout waits for ever).
 */
final class MysqlLocker implements Locker {
  static final String HELD = "sql/schema: lock is held by other session";
  private static final String ERROR_PREFIX = "sql/mysql: acquiring lock: ";
  private final Driver driver;

  MysqlLocker(Driver driver) {
    this.driver = driver;
  }

  @Override
  public Lock lock(String name, Duration timeout) {
    return SessionLocks.onNewConnection(
        driver, ERROR_PREFIX, c -> acquire(c, name, timeout), c -> release(c, name), label(name));
  }

  @Override
  public Lock lock(Connection c, String name, Duration timeout) {
    return SessionLocks.onConnection(
        c, ERROR_PREFIX, x -> acquire(x, name, timeout), x -> release(x, name), label(name));
  }

  private static String label(String name) {
    return "MysqlNamedLock[" + name + "]";
  }

  private static void release(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      ps.setString(1, name);
      ps.execute();
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
}
