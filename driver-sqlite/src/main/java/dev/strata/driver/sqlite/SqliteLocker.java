package dev.strata.driver.sqlite;

import dev.strata.spi.support.GoStrings;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.spi.Locker;
import dev.strata.url.DatabaseUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.Adler32;

/**
 * Takes Atlas's SQLite locks, named exactly as Atlas names them so that the two exclude each
 * other: {@code <temp dir>/<name>.lock} for a database file (one lock for every file on the
 * machine, as Atlas has it), {@code <name>_<adler32 of the URL's host and path, hex>.lock} for an
 * in-memory database. The file holds the lock's
 * expiry time in Unix nanoseconds. An unexpired file means the lock is taken; an expired one is
 * taken over; releasing deletes the file. The file is created atomically, so two Strata processes
 * never both win; Atlas's own check-then-create is looser.
 */
final class SqliteLocker implements Locker {
  private static final long FIRST_POLL_MILLIS = 25;
  private static final long MAX_POLL_MILLIS = 250;

  private final DatabaseUrl url;
  private final Path dir;

  SqliteLocker(DatabaseUrl url) {
    this(url, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** A locker whose lock files live in {@code dir} instead of the system's temporary directory. */
  SqliteLocker(DatabaseUrl url, Path dir) {
    this.url = url;
    this.dir = dir;
  }

  /** Returns the lock file's name for lock {@code name} on {@code url}'s database. */
  static String fileName(DatabaseUrl url, String name) {
    if (!url.inMemory()) {
      return name + ".lock";
    }
    // Atlas hashes the URL's host and path as written ("dev" for sqlite://dev?mode=memory).
    Adler32 adler = new Adler32();
    adler.update(url.path().getBytes(StandardCharsets.UTF_8));
    return name + "_" + Long.toHexString(adler.getValue()) + ".lock";
  }

  /** Returns the path of the lock file for {@code name}. */
  Path path(String name) {
    return dir.resolve(fileName(url, name));
  }

  /**
   * Creates the lock file, polling while another holder's file is unexpired until {@code timeout}
   * has passed (zero tries once; negative waits for ever and writes an expiry that never passes).
   */
  @Override
  public Lock lock(String name, Duration timeout) {
    Path path = path(name);
    boolean forever = timeout.isNegative();
    long deadline = System.nanoTime() + (forever ? 0 : timeout.toNanos());
    long poll = FIRST_POLL_MILLIS;
    String unreadable = null;
    while (true) {
      String expiry = Long.toString(forever ? Long.MAX_VALUE : unixNanos() + timeout.toNanos());
      try {
        Files.write(path, expiry.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
        return new FileLock(path, expiry);
      } catch (FileAlreadyExistsException e) {
        String held = read(path);
        unreadable = null;
        if (held != null) {
          try {
            if (Long.parseLong(held.strip()) <= unixNanos()) {
              deleteIfUnchanged(path, held); // expired: take it over
              continue;
            }
          } catch (NumberFormatException bad) {
            // Possibly half-written by another process right now; judged again at the deadline.
            unreadable = held;
          }
        } else {
          continue; // released between our create and read
        }
      } catch (IOException e) {
        throw new StrataException(
            ErrorCode.LOCK,
            "sql/sqlite: creating lockfile " + GoStrings.quote(path.toString()) + ": " + e,
            e);
      }
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (!forever && left <= 0) {
        if (unreadable != null) {
          throw new StrataException(
              ErrorCode.LOCK,
              "sql/sqlite: invalid lock file format: parsing expiration date: "
                  + GoStrings.quote(unreadable));
        }
        throw new StrataException(
            ErrorCode.LOCK, "sql/sqlite: lock on " + GoStrings.quote(name) + " already taken");
      }
      sleepMillis(forever ? poll : Math.min(poll, left));
      poll = Math.min(poll * 2, MAX_POLL_MILLIS);
    }
  }

  private static long unixNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  // Returns the file's text, or null when it no longer exists.
  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new StrataException(ErrorCode.LOCK, "sql/sqlite: reading lock dir: " + e, e);
    }
  }

  // Deletes the file only if it still holds {@code expected}: never another holder's fresh lock.
  private static void deleteIfUnchanged(Path path, String expected) {
    if (expected.equals(read(path))) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        throw new StrataException(ErrorCode.LOCK, "sql/sqlite: removing expired lockfile: " + e, e);
      }
    }
  }

  private static void sleepMillis(long millis) {
    try {
      Thread.sleep(Math.max(1, millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrataException(
          ErrorCode.LOCK, "sql/sqlite: interrupted while waiting for a lock", e);
    }
  }

  /** A held lock file. */
  private static final class FileLock implements Lock {
    private final Path path;
    private final String expiry;
    private boolean closed;

    FileLock(Path path, String expiry) {
      this.path = path;
      this.expiry = expiry;
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        // After expiry another process may have taken the file over: leave its lock alone.
        if (expiry.equals(read(path))) {
          Files.deleteIfExists(path);
        }
      } catch (IOException | RuntimeException ignored) {
        // Releasing never throws; a leftover file expires on its own.
      }
    }

    @Override
    public String toString() {
      return "SqliteFileLock[" + path + "]";
    }
  }
}
