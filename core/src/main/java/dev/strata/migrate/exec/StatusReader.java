package dev.strata.migrate.exec;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.MigrationDir;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.history.Revision;
import dev.strata.migrate.history.RevisionLocator;
import dev.strata.migrate.history.RevisionStore;
import dev.strata.spi.Driver;
import dev.strata.spi.RevisionTableRef;
import dev.strata.spi.RevisionTableState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Computes {@code migrate status}: read-only except for upgrading an existing revisions table. */
public final class StatusReader {
  private final Driver driver;
  private final MigrationDir dir;
  private final StatementReader reader;
  private final String revisionsSchema;

  public StatusReader(Driver driver, MigrationDir dir, StatementReader reader, String revisionsSchema) {
    this.driver = driver;
    this.dir = dir;
    this.reader = reader;
    this.revisionsSchema = revisionsSchema;
  }

  /** Returns the status; throws for checksum errors and connection failures. */
  public StatusResult status() {
    // The directory is checked on a helper thread while this one connects and reads; a failure
    // here waits for it, so a broken directory is reported first.
    DirScan scan = DirScan.start(dir);
    List<Revision> revisions;
    DirScan.Result d;
    try {
      RevisionTableRef ref;
      try {
        ref = RevisionLocator.locate(driver.url(), revisionsSchema);
      } catch (RuntimeException e) {
        scan.result();
        throw e;
      }
      try (Connection c = MigrationExecutor.dirFirst(scan, () -> Connections.open(driver))) {
        RevisionStore store = new RevisionStore(driver.revisionDialect(), ref, c);
        String table = KnownTables.key(driver, ref);
        revisions =
            MigrationExecutor.dirFirst(scan, () -> KnownTables.readIfKnown(table, store));
        RevisionTableState state = RevisionTableState.CURRENT;
        if (revisions == null) {
          state = MigrationExecutor.dirFirst(scan, store::state);
          revisions =
              state == RevisionTableState.CURRENT
                  ? MigrationExecutor.dirFirst(scan, store::readAll)
                  : List.of();
        }
        d = scan.result();
        if (state == RevisionTableState.MISSING) {
          // Only a missing table can be ambiguous: skip the look-ups when it is there.
          RevisionLocator.checkNotAmbiguous(
              c, driver.revisionDialect(), driver.url(), revisionsSchema, ref);
        } else if (state == RevisionTableState.OUTDATED) {
          store.ensure();
          revisions = store.readAll();
        }
        if (state != RevisionTableState.MISSING) {
          KnownTables.current(table);
        }
      }
    } catch (SQLException e) {
      throw Connections.failure(driver, e);
    }
    List<Revision> known = revisions;
    d = DirScan.confirmed(dir, d, r -> upToDate(r, known));
    List<MigrationFile> files = d.files();
    Set<String> checkpoints = d.checkpoints();
    List<MigrationFile> available = PendingPlanner.fromLastCheckpoint(files, checkpoints);
    List<MigrationFile> pending;
    List<MigrationFile> outOfOrder = List.of();
    String error = "";
    String next = null;
    try {
      pending = PendingPlanner.plan(files, revisions, ExecOrder.LINEAR, checkpoints).pending();
    } catch (StrataException e) {
      PendingPlan skip = PendingPlanner.plan(files, revisions, ExecOrder.LINEAR_SKIP, checkpoints);
      if (skip.outOfOrder().isEmpty()) {
        throw e;
      }
      pending = skip.pending();
      outOfOrder = skip.outOfOrder();
      error = e.getMessage();
      next = "";
    }
    String current =
        revisions.isEmpty()
            ? "No migration applied yet"
            : revisions.get(revisions.size() - 1).version();
    String status = pending.isEmpty() && outOfOrder.isEmpty() ? "OK" : "PENDING";
    if (next == null) {
      next = pending.isEmpty() ? "Already at latest version" : pending.get(0).version();
    }
    long count = 0;
    long total = 0;
    String sql = "";
    boolean partial = false;
    if (!revisions.isEmpty()) {
      Revision last = revisions.get(revisions.size() - 1);
      if (last.isPartial()) {
        partial = true;
        MigrationFile file =
            files.stream()
                .filter(f -> f.version().equals(last.version()))
                .reduce((a, b) -> b)
                .orElseThrow(
                    () ->
                        new StrataException(
                            ErrorCode.REVISIONS,
                            "migration file with version \"" + last.version() + "\" not found"));
        count = last.applied();
        total = reader.statements(file).size();
        sql = last.errorStmt() == null ? "" : last.errorStmt();
        error = last.error() == null ? error : last.error().replace('\n', ' ');
      } else if (last.error() != null && !last.error().isEmpty()) {
        sql = last.errorStmt() == null ? "" : last.errorStmt();
        error = last.error().replace('\n', ' ');
      }
    }
    return new StatusResult(
        available, pending, outOfOrder, revisions, current, next, count, total, status, error, sql,
        partial);
  }

  // Whether status is OK with the scan d: revisions recorded, the last one complete, nothing
  // pending, nothing out of order.
  private static boolean upToDate(DirScan.Result d, List<Revision> revisions) {
    return !revisions.isEmpty()
        && !revisions.get(revisions.size() - 1).isPartial()
        && PendingPlanner.plan(d.files(), revisions, ExecOrder.LINEAR, d.checkpoints())
            .pending()
            .isEmpty();
  }
}
