package dev.strata.spi;

import java.sql.Connection;
import java.time.Duration;

/**
 * Takes Atlas's named locks so that Atlas and Strata exclude each other: {@code GET_LOCK} on
 * MySQL/MariaDB, {@code pg_try_advisory_lock} with the FNV-1 key on PostgreSQL, a lock file on
 * SQLite.
 */
public interface Locker {
  /**
   * Returns a held lock named {@code name}, waiting at most {@code timeout}.
   *
   * @throws dev.strata.error.StrataException with {@code ErrorCode.LOCK} and Atlas's text
   *     ({@code sql/schema: lock is held by other session}, {@code sql/sqlite: lock on "x" already
   *     taken}) when the lock is not free in time
   */
  Lock lock(String name, Duration timeout);

  /**
   * Returns a held lock named {@code name} taken on {@code c}, the caller's own connection, waiting
   * at most {@code timeout}: one connection fewer than {@link #lock(String, Duration)} for locks
   * that belong to a database session. Closing the lock releases it and leaves {@code c} open; if
   * {@code c} is lost, the server releases the lock with it, so a caller that reconnects takes the
   * lock again on its new connection. The default takes the lock as {@link #lock(String,
   * Duration)} does, for locks that are not tied to a session (SQLite's lock file).
   *
   * @throws dev.strata.error.StrataException as {@link #lock(String, Duration)}
   */
  default Lock lock(Connection c, String name, Duration timeout) {
    return lock(name, timeout);
  }

  /** A held lock; closing releases it (and any connection it holds). Never throws. */
  interface Lock extends AutoCloseable {
    @Override
    void close();
  }
}
