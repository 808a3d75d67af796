package dev.strata.migrate.exec;

import dev.strata.migrate.dir.FileStamp;
import dev.strata.migrate.dir.LocalDir;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.dir.SumFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers, per local directory, the last directory scan of apply and status that passed, with
 * the stamp of every file it covered, so that a later scan in the same JVM of an unchanged
 * directory skips reading and hashing the files: most of a no-op apply's time in a warm JVM, for
 * a library caller or a test suite that migrates database after database from one directory.
 *
 * <p>What makes a remembered scan safe to reuse:
 *
 * <ul>
 *   <li>it is kept only when every file, {@code atlas.sum} included, had settled: last changed at
 *       least {@link #SETTLE} before the listing. A write in the same clock tick as the read could
 *       otherwise hide behind an equal stamp (git's "racy" case);
 *   <li>it is reused only for a listing of the same names in which every stamp is equal, and when
 *       {@code atlas.sum} holds the same bytes;
 *   <li>it answers only "nothing to do". A run or status that finds anything pending or partial
 *       scans again, reading every file, before it uses any file's content ({@link
 *       DirScan#confirmed}).
 * </ul>
 *
 * A file system without Unix attributes gives no stamps, and nothing is remembered.
 */
final class ScanCache {
  /** How long before a listing a file must have last changed for its scan to be remembered. */
  static final Duration SETTLE = Duration.ofSeconds(2);

  /** Directories remembered at once; the cache starts over when a new one would pass this. */
  private static final int MAX_DIRECTORIES = 16;

  /** The cache of this JVM, for apply and status. */
  static final ScanCache SHARED = new ScanCache(Clock.systemUTC());

  // What a reuse needs, and no file contents: the scan's files hold the bytes they read, which
  // a cache that lives as long as the JVM must not keep.
  private record Entry(
      List<String> names,
      Map<String, FileStamp> stamps,
      byte[] sumBytes,
      SumFile sum,
      Set<String> checkpoints) {}

  private final Clock clock;
  private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
  private final Set<Path> seen = ConcurrentHashMap.newKeySet();
  private final AtomicLong hits = new AtomicLong();

  ScanCache(Clock clock) {
    this.clock = clock;
  }

  /** Returns the time to pass to {@link #store}: read it before listing the directory. */
  Instant now() {
    return clock.instant();
  }

  /**
   * Returns whether {@code dir} was scanned before in this JVM, and notes that it now is. A
   * directory's first scan, the only one of a CLI run, lists without stamps: reading them costs
   * more than the plain listing, for a reuse that may never come.
   */
  boolean scannedBefore(LocalDir dir) {
    Path key = key(dir);
    if (seen.contains(key)) {
      return true;
    }
    if (seen.size() >= MAX_DIRECTORIES * 64) {
      seen.clear();
    }
    seen.add(key);
    return false;
  }

  /** Returns whether a scan of {@code dir} is remembered (whether or not it is still good). */
  boolean knows(LocalDir dir) {
    return entries.containsKey(key(dir));
  }

  /** Returns how many lookups found a scan to reuse. */
  long hits() {
    return hits.get();
  }

  /**
   * Returns the remembered scan of {@code dir} with the files of {@code listing}, marked as from
   * the cache, or null when the directory is not known to be unchanged.
   */
  DirScan.Result lookup(LocalDir dir, LocalDir.StampedListing listing) {
    Entry e = entries.get(key(dir));
    if (e == null
        || !e.stamps().equals(listing.stamps())
        || !e.names().equals(names(listing.files()))) {
      return null;
    }
    Optional<byte[]> sum = dir.readSum();
    if (sum.isEmpty() || !Arrays.equals(sum.get(), e.sumBytes())) {
      return null;
    }
    hits.incrementAndGet();
    return new DirScan.Result(e.sum(), listing.files(), e.checkpoints(), true);
  }

  /**
   * Remembers {@code result}, the scan of {@code dir} whose files {@code listing} listed after
   * {@code listedAfter}, when every file had settled by then.
   */
  void store(
      LocalDir dir, LocalDir.StampedListing listing, Instant listedAfter, DirScan.Result result) {
    List<String> names = names(listing.files());
    Map<String, FileStamp> stamps = listing.stamps();
    if (!stamps.containsKey(SumFile.FILE_NAME) || !stamps.keySet().containsAll(names)) {
      return;
    }
    Instant settled = listedAfter.minus(SETTLE);
    for (FileStamp s : stamps.values()) {
      if (!s.changedBefore(settled)) {
        return;
      }
    }
    Optional<byte[]> sum = dir.readSum();
    if (sum.isEmpty()) {
      return;
    }
    Path key = key(dir);
    if (entries.size() >= MAX_DIRECTORIES && !entries.containsKey(key)) {
      entries.clear();
    }
    // A HashMap, not Map.copyOf: equals iterates it, and a HashMap iterates fastest.
    entries.put(
        key,
        new Entry(
            names,
            Collections.unmodifiableMap(new HashMap<>(stamps)),
            sum.get(),
            result.sum(),
            Set.copyOf(result.checkpoints())));
  }

  private static Path key(LocalDir dir) {
    return dir.path().toAbsolutePath().normalize();
  }

  private static List<String> names(List<MigrationFile> files) {
    List<String> out = new ArrayList<>(files.size());
    for (MigrationFile f : files) {
      out.add(f.name());
    }
    return out;
  }
}
