package dev.strata.migrate.exec;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.MigrationDir;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.history.Revision;
import dev.strata.migrate.history.RevisionLocator;
import dev.strata.migrate.history.RevisionStore;
import dev.strata.migrate.history.RevisionType;
import dev.strata.spi.Driver;
import dev.strata.spi.Locker;
import dev.strata.spi.RevisionTableRef;
import dev.strata.spi.RevisionTableState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies pending migration files to one database: validates the directory, takes Atlas's lock,
 * plans the pending files, runs them under the transaction mode and records every statement.
 * When the connection drops where resuming cannot run a statement twice, it reconnects and
 * resumes from the revision table, a bounded number of times.
 */
public final class MigrationExecutor {
  /** The lock name Atlas uses for apply and set. */
  public static final String LOCK_NAME = "atlas_migrate_execute";

  private final Driver driver;
  private final MigrationDir dir;
  private final StatementReader reader;
  private final ApplyOptions options;
  private final ApplyListener listener;
  private final Clock clock;

  public MigrationExecutor(
      Driver driver,
      MigrationDir dir,
      StatementReader reader,
      ApplyOptions options,
      ApplyListener listener,
      Clock clock) {
    this.driver = driver;
    this.dir = dir;
    this.reader = reader;
    this.options = options;
    this.listener = listener;
    this.clock = clock;
  }

  /**
   * Returns what the run did. Failures of the directory (checksum), of the options and of the lock
   * are thrown; a failing statement is returned in {@link ApplyResult#error()} together with
   * everything that ran before it.
   */
  public ApplyResult apply() {
    if (options.amount() < 0) {
      throw new StrataException(
          ErrorCode.USAGE, "cannot apply '" + options.amount() + "' migration files");
    }
    if (options.baseline() != null && !options.baseline().isEmpty() && options.allowDirty()) {
      throw new StrataException(
          ErrorCode.USAGE, "sql/migrate: baseline and allow-dirty are mutually exclusive");
    }
    // The directory is checked on a helper thread while this one connects, locks and reads.
    DirScan scan = DirScan.start(dir);
    RevisionTableRef ref;
    try {
      ref = RevisionLocator.locate(driver.url(), options.revisionsSchema());
    } catch (RuntimeException e) {
      scan.result();
      throw e;
    }
    Run run = new Run(clock.instant());
    int attempt = 0;
    while (true) {
      try {
        return once(run, scan, ref);
      } catch (FileRunner.ResumableLoss loss) {
        if (attempt >= options.maxReconnects()) {
          return run.result(
              new StrataException(ErrorCode.CONNECTION, "connection lost: " + driver.url().mask(loss.getMessage()), loss),
              clock.instant());
        }
        attempt++;
        run.reconnects = attempt;
        listener.reconnected(attempt, options.maxReconnects(), driver.url().mask(loss.getMessage()));
        sleep(200L << Math.min(attempt, 5));
      }
    }
  }

  /**
   * One connected attempt; a reconnect starts a new one that picks up from the revisions. Until
   * the directory scan is in, only reads happen, and a failure waits for the scan so that a broken
   * directory is reported first.
   */
  private ApplyResult once(Run run, DirScan scan, RevisionTableRef ref)
      throws FileRunner.ResumableLoss {
    try (Connection c = dirFirst(scan, this::connect);
        Locker.Lock lock = dirFirst(scan, () -> lock(c))) {
      RevisionStore store = new RevisionStore(driver.revisionDialect(), ref, c);
      String table = KnownTables.key(driver, ref);
      List<Revision> revisions = dirFirst(scan, () -> KnownTables.readIfKnown(table, store));
      RevisionTableState state = RevisionTableState.CURRENT;
      if (revisions == null) {
        state = dirFirst(scan, store::state);
        revisions = state == RevisionTableState.CURRENT ? dirFirst(scan, store::readAll) : null;
      }
      DirScan.Result d = scan.result();
      if (state == RevisionTableState.MISSING) {
        // Only a missing table can be ambiguous: skip the look-ups when it is there.
        RevisionLocator.checkNotAmbiguous(
            c, driver.revisionDialect(), driver.url(), options.revisionsSchema(), ref);
      }
      if (revisions == null) {
        store.ensure();
        revisions = store.readAll();
      }
      KnownTables.current(table);
      List<Revision> known = revisions;
      d = DirScan.confirmed(dir, d, r -> nothingToDo(r, known, run));
      List<MigrationFile> files = d.files();
      if (revisions.isEmpty()) {
        revisions = firstRun(c, store, files, ref);
      }
      List<MigrationFile> pending = pending(files, d.checkpoints(), revisions, run);
      if (!run.planned) {
        run.current = revisions.isEmpty() ? "" : revisions.get(revisions.size() - 1).version();
        if (pending.isEmpty()) {
          listener.nothingToDo();
          return run.result(null, clock.instant());
        }
        run.pending = pending;
        run.target = pending.get(pending.size() - 1).version();
        run.planned = true;
        listener.planned(run.current, run.target, pending);
      }
      if (pending.isEmpty()) {
        return run.result(null, clock.instant());
      }
      FileLoader loader = new FileLoader(driver.dialect(), reader, d.sum(), options.txMode());
      List<LoadedFile> loaded;
      try {
        loaded = loader.loadAll(pending);
      } catch (StrataException e) {
        return run.result(e, clock.instant());
      }
      return execute(c, store, loaded, revisions, run);
    } catch (SQLException e) {
      if (driver.dialect().isConnectionLoss(e) && run.planned) {
        throw new FileRunner.ResumableLoss(e, null);
      }
      throw Connections.failure(driver, e);
    }
  }

  private ApplyResult execute(
      Connection c, RevisionStore store, List<LoadedFile> loaded, List<Revision> revisions, Run run)
      throws SQLException, FileRunner.ResumableLoss {
    Map<String, Revision> byVersion = new HashMap<>();
    for (Revision r : revisions) {
      byVersion.put(r.version(), r);
    }
    FileRunner runner =
        new FileRunner(
            driver.dialect(), driver.outcomeProbe().orElse(null), listener, clock,
            options.operatorVersion(), options.dryRun());
    boolean all = options.txMode() == TxMode.ALL && !options.dryRun();
    if (all) {
      c.setAutoCommit(false);
    }
    for (LoadedFile f : loaded) {
      Revision existing = byVersion.get(f.file().version());
      if (existing != null && !existing.isPartial()) {
        existing = null; // A complete row for an out-of-order version cannot exist; be safe.
      }
      FileRunner.Outcome outcome;
      try {
        outcome = runner.run(c, store, f, existing);
      } catch (FileRunner.ResumableLoss loss) {
        if (all && driver.dialect().transactionalDdl()) {
          // The whole transaction is gone; the retry starts over.
          run.applied.clear();
          run.interrupted.clear();
          run.done = 0;
        } else {
          // What committed stays (implicit-commit DDL commits each file, in tx-mode all too).
          run.interrupt(loss.partial());
        }
        throw loss;
      }
      run.applied.add(run.merge(outcome.file()));
      if (outcome.error() != null) {
        if (all) {
          c.rollback();
          c.setAutoCommit(true);
        }
        return run.result(outcome.error(), clock.instant());
      }
      run.done++;
    }
    if (all) {
      c.commit();
      c.setAutoCommit(true);
    }
    return run.result(null, clock.instant());
  }

  /** Handles a database without revisions: clean check, baseline, allow-dirty. */
  private List<Revision> firstRun(
      Connection c, RevisionStore store, List<MigrationFile> files, RevisionTableRef ref)
      throws SQLException {
    String baseline = options.baseline();
    if (baseline == null || baseline.isEmpty()) {
      if (!options.allowDirty()) {
        Optional<String> dirty = driver.cleanChecker().dirtyReason(c, ref);
        if (dirty.isPresent()) {
          throw new StrataException(
              ErrorCode.NOT_CLEAN,
              "sql/migrate: connected database is not clean: "
                  + dirty.get()
                  + ". baseline version or allow-dirty is required");
        }
      }
      return List.of();
    }
    MigrationFile base = null;
    for (MigrationFile f : files) {
      if (f.version().equals(baseline)) {
        base = f;
      }
    }
    if (base == null) {
      throw new StrataException(
          ErrorCode.USAGE, "baseline version \"" + baseline + "\" not found");
    }
    Revision row =
        new Revision(
            base.version(), base.description(), RevisionType.BASELINE, 0, 0, clock.instant(), 0,
            null, null, "", null, options.operatorVersion());
    store.write(row);
    return List.of(row);
  }

  // Whether a run finds nothing to do with the scan d: revisions recorded, the last one complete,
  // nothing pending.
  private boolean nothingToDo(DirScan.Result d, List<Revision> revisions, Run run) {
    return !revisions.isEmpty()
        && !revisions.get(revisions.size() - 1).isPartial()
        && pending(d.files(), d.checkpoints(), revisions, run).isEmpty();
  }

  private List<MigrationFile> pending(
      List<MigrationFile> files, Set<String> checkpoints, List<Revision> revisions, Run run) {
    PendingPlan plan = PendingPlanner.plan(files, revisions, options.execOrder(), checkpoints);
    List<MigrationFile> pending = new ArrayList<>(plan.pending());
    String to = options.toVersion();
    if (to != null && !to.isEmpty()) {
      pending = ToVersion.cut(files, pending, to);
    }
    int amount = options.amount();
    if (amount > 0) {
      int left = Math.max(0, amount - run.done);
      if (pending.size() > left) {
        pending = pending.subList(0, left);
      }
    }
    return pending;
  }

  private Connection connect() {
    return Connections.open(driver);
  }

  /** A step of the database side before the directory scan is in. */
  @FunctionalInterface
  interface SqlStep<T> {
    T run() throws SQLException;
  }

  /** Runs {@code step}; when it fails, a failure of the directory scan is thrown instead. */
  static <T> T dirFirst(DirScan scan, SqlStep<T> step) throws SQLException {
    try {
      return step.run();
    } catch (SQLException | RuntimeException e) {
      scan.result();
      throw e;
    }
  }

  // On the executor's own connection: a session lock dies with it, and the next attempt of a
  // reconnecting run takes it again on its new connection.
  private Locker.Lock lock(Connection c) {
    try {
      return driver.locker().lock(c, LOCK_NAME, options.lockTimeout());
    } catch (StrataException e) {
      throw new StrataException(e.code(), "acquiring database lock: " + e.getMessage(), e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What the run has done so far, kept across reconnects. */
  private static final class Run {
    final Instant start;
    final List<AppliedFile> applied = new ArrayList<>();
    List<MigrationFile> pending = List.of();
    String current = "";
    String target = "";
    boolean planned;
    int done;
    int reconnects;
    // What files interrupted by a lost connection applied before the reconnect, by name.
    final Map<String, AppliedFile> interrupted = new LinkedHashMap<>();

    Run(Instant start) {
      this.start = start;
    }

    void interrupt(AppliedFile partial) {
      if (partial != null) {
        interrupted.put(partial.file().name(), partial);
      }
    }

    /** Returns {@code f} joined with what its interrupted attempt applied, if any. */
    AppliedFile merge(AppliedFile f) {
      AppliedFile before = interrupted.remove(f.file().name());
      if (before == null) {
        return f;
      }
      List<String> statements = new ArrayList<>(before.applied());
      statements.addAll(f.applied());
      return new AppliedFile(f.file(), before.start(), f.end(), before.skipped(), statements, f.error());
    }

    ApplyResult result(StrataException error, Instant end) {
      List<AppliedFile> all = new ArrayList<>(applied);
      all.addAll(interrupted.values());
      return new ApplyResult(current, target, pending, all, start, end, error, reconnects);
    }
  }
}
