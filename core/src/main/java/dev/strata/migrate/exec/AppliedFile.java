package dev.strata.migrate.exec;

import dev.strata.migrate.dir.MigrationFile;
import java.time.Instant;
import java.util.List;

/**
 * What happened to one file in an apply run.
 *
 * @param file the migration file
 * @param start when it started
 * @param end when it finished or failed
 * @param skipped statements applied by an earlier run and skipped now
 * @param applied statements executed in this run, including the one that failed
 * @param error the failure, or null when the file was applied
 */
public record AppliedFile(
    MigrationFile file,
    Instant start,
    Instant end,
    long skipped,
    List<String> applied,
    StatementError error) {
  public AppliedFile {
    applied = List.copyOf(applied);
  }
}
