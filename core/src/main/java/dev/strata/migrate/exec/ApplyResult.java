package dev.strata.migrate.exec;

import dev.strata.error.StrataException;
import dev.strata.migrate.dir.MigrationFile;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of an apply run, shaped like Atlas's {@code MigrateApply} template data.
 *
 * @param current the version before the run, or empty when nothing was applied before
 * @param target the version of the last pending file, or empty when nothing was pending
 * @param pending the files the run planned to execute
 * @param applied the files it executed (the last one may have failed)
 * @param start when the run started
 * @param end when it ended
 * @param error the error that stopped the run, or null
 * @param reconnects how many times a lost connection was re-opened
 */
public record ApplyResult(
    String current,
    String target,
    List<MigrationFile> pending,
    List<AppliedFile> applied,
    Instant start,
    Instant end,
    StrataException error,
    int reconnects) {
  public ApplyResult {
    pending = List.copyOf(pending);
    applied = List.copyOf(applied);
  }

  /** Returns true when nothing was pending. */
  public boolean nothingToDo() {
    return pending.isEmpty() && error == null;
  }
}
