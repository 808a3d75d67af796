package dev.strata.spi.support;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.spi.Driver;
import dev.strata.spi.Locker;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The plumbing of session-level named locks (PostgreSQL's advisory locks, MySQL's {@code
 * GET_LOCK}): on a connection of their own, closed with the lock, or on the caller's connection,
 * left open. The drivers supply how to take and release the lock.
 */
public final class SessionLocks {
  private SessionLocks() {}

  /** One lock call on a connection. */
  @FunctionalInterface
  public interface Step {
    void run(Connection c) throws SQLException;
  }

  /**
   * Takes the lock on a new connection of {@code driver}; closing the lock releases it and closes
   * the connection.
   *
   * @param errorPrefix how connection failures begin, e.g. {@code sql/postgres: acquiring lock: }
   */
  public static Locker.Lock onNewConnection(
      Driver driver, String errorPrefix, Step acquire, Step release, String label) {
    Connection c;
    try {
      c = driver.connect();
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION, errorPrefix + e.getMessage(), e);
    }
    try {
      acquire.run(c);
      return new Held(c, release, true, label);
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StrataException(ErrorCode.CONNECTION, errorPrefix + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /** Takes the lock on {@code c}; closing the lock releases it and leaves {@code c} open. */
  public static Locker.Lock onConnection(
      Connection c, String errorPrefix, Step acquire, Step release, String label) {
    try {
      acquire.run(c);
      return new Held(c, release, false, label);
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION, errorPrefix + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // The lock's connection is being abandoned; nothing useful to report.
    }
  }

  /** A held lock and the connection that holds it. */
  private static final class Held implements Locker.Lock {
    private final Connection connection;
    private final Step release;
    private final boolean ownsConnection;
    private final String label;
    private boolean closed;

    Held(Connection connection, Step release, boolean ownsConnection, String label) {
      this.connection = connection;
      this.release = release;
      this.ownsConnection = ownsConnection;
      this.label = label;
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        release.run(connection);
      } catch (SQLException ignored) {
        // The connection is gone (the server released the session's locks with it) or in an
        // aborted transaction (closing it releases them).
      } finally {
        if (ownsConnection) {
          closeQuietly(connection);
        }
      }
    }

    @Override
    public String toString() {
      return label;
    }
  }
}
