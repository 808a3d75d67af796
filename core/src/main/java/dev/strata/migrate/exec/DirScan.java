package dev.strata.migrate.exec;

import dev.strata.migrate.dir.ChecksumValidator;
import dev.strata.migrate.dir.DirFormat;
import dev.strata.migrate.dir.MigrationDir;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.dir.SumFile;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The directory work every apply and status does before it can plan: check {@code atlas.sum}
 * (read and hash every file), list the migration files and find the checkpoints. It runs on a
 * helper thread while the caller connects, takes the lock and reads the revisions, because the
 * two take about as long as each other and neither needs the other until planning.
 *
 * <p>Errors keep their sequential order: a caller that fails on the database side calls {@link
 * #result()} before rethrowing, so a broken directory is reported first, as if it had been checked
 * first. Nothing the caller does before {@link #result()} may change the database.
 */
final class DirScan {
  /** What the scan found. */
  record Result(SumFile sum, List<MigrationFile> files, Set<String> checkpoints) {}

  private final CompletableFuture<Result> future;

  private DirScan(CompletableFuture<Result> future) {
    this.future = future;
  }

  /** Starts scanning {@code dir} on a daemon thread. */
  static DirScan start(MigrationDir dir) {
    CompletableFuture<Result> f = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                f.complete(scan(dir));
              } catch (Throwable e) {
                f.completeExceptionally(e);
              }
            },
            "strata-dir-scan");
    t.setDaemon(true);
    t.start();
    return new DirScan(f);
  }

  /** Scans {@code dir} on the calling thread. */
  static Result scan(MigrationDir dir) {
    List<MigrationFile> sumFiles = dir.sumFiles();
    SumFile sum = ChecksumValidator.validate(dir, sumFiles);
    List<MigrationFile> files = dir.format() == DirFormat.ATLAS ? sumFiles : dir.files();
    return new Result(sum, files, Checkpoints.of(files));
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
