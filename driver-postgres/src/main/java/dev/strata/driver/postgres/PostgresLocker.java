package dev.strata.driver.postgres;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.spi.Driver;
import dev.strata.spi.Locker;
import dev.strata.spi.support.SessionLocks;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Takes Atlas's session-level advisory locks: the key is the FNV-1 32-bit hash of the lock name
 * read as an unsigned number, so Atlas and Strata exclude each other. The lock lives on the caller's
 * connection or on a dedicated one that is closed on release.
 */
final class PostgresLocker implements Locker {
  static final String HELD = "sql/schema: lock is held by other session";
  private static final String ERROR_PREFIX = "sql/postgres: acquiring lock: ";
  private static final long FIRST_BACKOFF_MILLIS = 25;
  private static final long MAX_BACKOFF_MILLIS = 1000;

  private final Driver driver;

  PostgresLocker(Driver driver) {
    this.driver = driver;
  }

  /**
   * Returns the advisory-lock key of {@code name}: FNV-1 (not FNV-1a) 32-bit over its UTF-8 bytes,
   * as an unsigned value ({@code atlas_migrate_execute} is 2686470616).
   */
  static long key(String name) {
    int hash = 0x811c9dc5;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash *= 0x01000193;
      hash ^= b & 0xff;
    }
    return Integer.toUnsignedLong(hash);
  }

  /**
   * Polls {@code pg_try_advisory_lock} with a back-off of 25 ms doubling to 1 s plus random jitter
   * until {@code timeout} has passed; a negative timeout waits for ever, zero tries once.
   */
  @Override
  public Lock lock(String name, Duration timeout) {
    long key = key(name);
    return SessionLocks.onNewConnection(
        driver, ERROR_PREFIX, c -> acquire(c, key, timeout), c -> release(c, key), label(key));
  }

  @Override
  public Lock lock(Connection c, String name, Duration timeout) {
    long key = key(name);
    return SessionLocks.onConnection(
        c, ERROR_PREFIX, x -> acquire(x, key, timeout), x -> release(x, key), label(key));
  }

  private static String label(long key) {
    return "PostgresAdvisoryLock[" + key + "]";
  }

  private static void release(Connection c, long key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      ps.setLong(1, key);
      ps.execute();
    }
  }

  private static void acquire(Connection c, long key, Duration timeout) throws SQLException {
    boolean forever = timeout.isNegative();
    long deadline = System.nanoTime() + (forever ? 0 : timeout.toNanos());
    long backoff = FIRST_BACKOFF_MILLIS;
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      ps.setLong(1, key);
      while (true) {
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next() && rs.getBoolean(1)) {
            return;
          }
        }
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (!forever && left <= 0) {
          throw new StrataException(ErrorCode.LOCK, HELD);
        }
        long sleep = backoff + ThreadLocalRandom.current().nextLong(backoff + 1);
        sleepMillis(forever ? sleep : Math.min(sleep, left));
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
      }
    }
  }

  private static void sleepMillis(long millis) {
    try {
      Thread.sleep(Math.max(1, millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrataException(ErrorCode.LOCK, HELD + " (interrupted while waiting)", e);
    }
  }
}
