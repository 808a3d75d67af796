package dev.strata.spi;

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

  /** A held lock; closing releases it (and any connection it holds). Never throws. */
  interface Lock extends AutoCloseable {
    @Override
    void close();
  }
}
