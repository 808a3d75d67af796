package dev.strata.migrate.exec;

import dev.strata.migrate.dir.MigrationFile;
import dev.strata.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Receives the progress of an apply run, in this nesting: {@code planned} once, then per file
 * {@code fileStarted}, {@code statementStarted} per statement (followed by {@code
 * statementFailed} for the one that fails), and {@code fileApplied} when the file succeeded.
 * {@code reconnected} may come between statements. Every method defaults to doing nothing.
 */
public interface ApplyListener {
  /** Nothing is pending: the database is up to date. */
  default void nothingToDo() {}

  /**
   * The run will execute {@code pending}.
   *
   * @param current the version of the last revision, or empty when none
   * @param target the version of the last pending file
   */
  default void planned(String current, String target, List<MigrationFile> pending) {}

  /** {@code file} starts; {@code skipped} statements were applied by an earlier run. */
  default void fileStarted(MigrationFile file, long skipped) {}

  /** {@code statement} is about to run. */
  default void statementStarted(MigrationFile file, Statement statement) {}

  /** {@code statement} failed with {@code errorText} (the driver's text). */
  default void statementFailed(MigrationFile file, Statement statement, String errorText) {}

  /** {@code file} was applied completely. */
  default void fileApplied(MigrationFile file, Duration took) {}

  /** The connection was lost and re-opened; the run resumes from the revision table. */
  default void reconnected(int attempt, int maxAttempts, String cause) {}

  /** A listener that ignores everything. */
  ApplyListener NONE = new ApplyListener() {};
}
