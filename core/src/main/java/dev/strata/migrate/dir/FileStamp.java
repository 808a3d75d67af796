package dev.strata.migrate.dir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system tells about a regular file without reading it: its size, the times of its
 * last modification and last status change, and its identity. As for git's index, an unchanged
 * stamp of a file that had settled when it was read (changed well before the read began) means
 * unchanged content: every write moves the status-change time, which no tool can set back.
 *
 * @param size the size in bytes
 * @param modifiedNanos the modification time, in nanoseconds since the epoch
 * @param changedNanos the status-change time ({@code ctime}), in nanoseconds since the epoch
 * @param inode the inode number
 * @param device the device number
 */
public record FileStamp(long size, long modifiedNanos, long changedNanos, long inode, long device) {
  private static final String ATTRIBUTES = "unix:isRegularFile,size,lastModifiedTime,ctime,ino,dev";

  /** What reading a directory entry's attributes found. */
  enum Kind {
    /** A regular file, symbolic links followed, with its stamp. */
    STAMPED,
    /** A regular file on a file system without Unix attributes: no stamp. */
    UNSTAMPED,
    /** Anything else: a directory, a special file, a dangling link, or gone. */
    OTHER
  }

  /** A read: the entry's kind and, for {@link Kind#STAMPED}, its stamp. */
  record Read(Kind kind, FileStamp stamp) {}

  private static final Read UNSTAMPED = new Read(Kind.UNSTAMPED, null);
  private static final Read OTHER = new Read(Kind.OTHER, null);

  /** Reads {@code path}'s attributes with one {@code stat} call. */
  static Read read(Path path) {
    Map<String, Object> a;
    try {
      a = Files.readAttributes(path, ATTRIBUTES);
    } catch (UnsupportedOperationException e) {
      // No "unix" view (Windows, a zip file system): list the file as before, without a stamp,
      // so that a scan of this directory is never remembered (ScanCache needs every stamp).
      return Files.isRegularFile(path) ? UNSTAMPED : OTHER;
    } catch (IOException e) {
      return OTHER; // Gone since the listing, or unreadable: not a file to list (as isRegularFile).
    }
    if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
      return OTHER;
    }
    return new Read(
        Kind.STAMPED,
        new FileStamp(
            (Long) a.get("size"),
            nanos(a.get("lastModifiedTime")),
            nanos(a.get("ctime")),
            (Long) a.get("ino"),
            (Long) a.get("dev")));
  }

  /** Returns whether the file's content and status last changed before {@code instant}. */
  public boolean changedBefore(Instant instant) {
    long limit = TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
    return modifiedNanos < limit && changedNanos < limit;
  }

  private static long nanos(Object time) {
    return ((FileTime) time).to(TimeUnit.NANOSECONDS);
  }
}
