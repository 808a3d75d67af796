package dev.strata.migrate.exec;

import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.history.Revision;
import java.util.List;

/**
 * The migration status of a database, shaped like Atlas's {@code MigrateStatus} (§5).
 *
 * @param available every file that could run (from the last checkpoint)
 * @param pending files still to run, in order
 * @param outOfOrder files added before the last applied version
 * @param applied the revisions
 * @param current the last revision's version, or {@code No migration applied yet}
 * @param next the first pending version, {@code Already at latest version}, or empty when it
 *     cannot be told (files out of order)
 * @param count statements applied of a partially applied last file
 * @param total statements of that file
 * @param status {@code OK} or {@code PENDING}
 * @param error the last attempt's error, or the out-of-order error; empty when none
 * @param sql the statement that failed in the last attempt; empty when none
 * @param partial true when the last revision is partially applied
 */
public record StatusResult(
    List<MigrationFile> available,
    List<MigrationFile> pending,
    List<MigrationFile> outOfOrder,
    List<Revision> applied,
    String current,
    String next,
    long count,
    long total,
    String status,
    String error,
    String sql,
    boolean partial) {
  public StatusResult {
    available = List.copyOf(available);
    pending = List.copyOf(pending);
    outOfOrder = List.copyOf(outOfOrder);
    applied = List.copyOf(applied);
  }
}
