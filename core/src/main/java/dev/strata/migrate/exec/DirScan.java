package dev.strata.migrate.exec;

import dev.strata.migrate.dir.ChecksumValidator;
import dev.strata.migrate.dir.DirFormat;
import dev.strata.migrate.dir.LocalDir;
import dev.strata.migrate.dir.MigrationDir;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.dir.SumFile;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * The directory work every apply and status does before it can plan: check {@code atlas.sum}
 * (read and hash every file), list the migration files and find the checkpoints. It runs on a
 * helper thread while the caller connects, takes the lock and reads the revisions, because the
 * two take about as long as each other and neither needs the other until planning. Within one
 * JVM, an unchanged directory's scan comes from {@link ScanCache} without reading the files, and
 * then answers only whether anything is to be done ({@link #confirmed}).
 *
 * <p>Errors keep their sequential order: a caller that fails on the database side calls {@link
 * #result()} before rethrowing, so a broken directory is reported first, as if it had been checked
 * first. Nothing the caller does before {@link #result()} may change the database.
 */
final class DirScan {
  /**
   * What the scan found.
   *
   * @param fromCache true when the files were not read: the result is {@link ScanCache}'s, good
   *     only for finding that nothing is to be done (see {@link #confirmed})
   */
  record Result(
      SumFile sum, List<MigrationFile> files, Set<String> checkpoints, boolean fromCache) {}

  private final CompletableFuture<Result> future;

  private DirScan(CompletableFuture<Result> future) {
    this.future = future;
  }

  /**
   * Starts scanning {@code dir} through this JVM's {@link ScanCache}: on a daemon thread, or on
   * the calling thread when the cache knows the directory. A remembered scan takes a listing, a
   * few milliseconds for a thousand files, and on two cores a helper thread beside the caller's
   * connect slowed both by more than it overlapped.
   */
  static DirScan start(MigrationDir dir) {
    CompletableFuture<Result> f = new CompletableFuture<>();
    if (dir instanceof LocalDir && ScanCache.SHARED.knows((LocalDir) dir)) {
      try {
        f.complete(scan(dir, ScanCache.SHARED));
      } catch (RuntimeException | Error e) {
        f.completeExceptionally(e);
      }
      return new DirScan(f);
    }
    Thread t =
        new Thread(
            () -> {
              try {
                f.complete(scan(dir, ScanCache.SHARED));
              } catch (Throwable e) {
                f.completeExceptionally(e);
              }
            },
            "strata-dir-scan");
    t.setDaemon(true);
    t.start();
    return new DirScan(f);
  }

  /**
   * Scans {@code dir} on the calling thread: reuses {@code cache}'s scan when the directory is a
   * local Atlas-format one known to be unchanged, else reads every file, and from a directory's
   * second scan on offers the result to the cache.
   *
   * @param cache null to read every file
   */
  static Result scan(MigrationDir dir, ScanCache cache) {
    if (cache == null
        || !(dir instanceof LocalDir)
        || dir.format() != DirFormat.ATLAS
        || !cache.scannedBefore((LocalDir) dir)) {
      return read(dir, dir.sumFiles());
    }
    LocalDir local = (LocalDir) dir;
    Instant listedAfter = cache.now();
    LocalDir.StampedListing listing = local.stampedSumFiles();
    Result cached = cache.lookup(local, listing);
    if (cached != null) {
      return cached;
    }
    Result r = read(dir, listing.files());
    cache.store(local, listing, listedAfter, r);
    return r;
  }

  /**
   * Returns {@code r} when it was read from the files, or when {@code nothingToDo} holds for it;
   * else scans {@code dir} again, reading every file. A result from the cache answers only that
   * nothing is to be done: anything that goes on to plan, run or report files needs the files
   * checked. A predicate that throws counts as false, so the error comes from the real scan.
   */
  static Result confirmed(MigrationDir dir, Result r, Predicate<Result> nothingToDo) {
    if (!r.fromCache()) {
      return r;
    }
    boolean nothing;
    try {
      nothing = nothingToDo.test(r);
    } catch (RuntimeException e) {
      nothing = false;
    }
    return nothing ? r : scan(dir, null);
  }

  // Checks the sum (reading and hashing every file), lists the files and finds the checkpoints.
  private static Result read(MigrationDir dir, List<MigrationFile> sumFiles) {
    SumFile sum = ChecksumValidator.validate(dir, sumFiles);
    List<MigrationFile> files = dir.format() == DirFormat.ATLAS ? sumFiles : dir.files();
    return new Result(sum, files, Checkpoints.of(files), false);
  }

  /**
   * Waits for the scan and returns its result.
   *
   * @throws RuntimeException whatever the scan threw (a {@code StrataException} for a checksum or
   *     I/O failure), unwrapped
   */
  Result result() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true; // Finish the wait: the scan is short and its answer is needed.
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          }
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
