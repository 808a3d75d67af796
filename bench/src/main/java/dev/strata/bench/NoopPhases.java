package dev.strata.bench;

import dev.strata.migrate.dir.ChecksumValidator;
import dev.strata.migrate.dir.DirFormat;
import dev.strata.migrate.dir.LocalDir;
import dev.strata.migrate.dir.MigrationDir;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.exec.Checkpoints;
import dev.strata.migrate.exec.ExecOrder;
import dev.strata.migrate.exec.MigrationExecutor;
import dev.strata.migrate.exec.PendingPlanner;
import dev.strata.migrate.exec.TxMode;
import dev.strata.migrate.history.Revision;
import dev.strata.migrate.history.RevisionLocator;
import dev.strata.migrate.history.RevisionStore;
import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.spi.Locker;
import dev.strata.spi.RevisionTableRef;
import dev.strata.spi.RevisionTableState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a no-op {@code migrate apply} spends its time, phase by phase, next to the floor's history
 * read: the steps {@link MigrationExecutor#apply()} takes when nothing is pending, replayed through
 * the same public calls with a timer between them, one after the other, on a database where N
 * migrations are applied, as a JVM's first run takes them; then the executor's own time, which
 * from the third loop on reuses the directory scan (ScanCache) and reads the revisions table
 * without a catalog query (KnownTables). Warm JVM, mean over the loops after as many warm-up
 * loops. Run on demand:
 *
 * <pre>
 * java -cp 'bench/target/strata-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*' \
 *     dev.strata.bench.NoopPhases postgres|mariadb|sqlite [migrations] [loops]
 * </pre>
 */
public final class NoopPhases {
  // The directory side and the database side of a first run, each timed sequentially here; the
  // executor's own total, with what it remembers from earlier runs, follows.
  private static final String[] PHASES = {
    "driver lookup (cached registry)",
    "directory: list, read and hash every file (ChecksumValidator.validate)",
    "directory: checkpoints (file heads, from the bytes read above)",
    "database: connect",
    "database: lock on the same connection",
    "database: revision-table state (one catalog query)",
    "database: RevisionStore.readAll",
    "PendingPlanner.plan",
    "database: unlock, close",
  };

  private NoopPhases() {}

  public static void main(String[] args) throws Exception {
    BenchDatabase engine = BenchDatabase.parse(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int loops = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    Path scratch = Files.createTempDirectory("strata-noopphases");
    try {
      Workload work = Workload.write(scratch.resolve("work"), n);
      try (BenchDatabase.Fresh db = engine.fresh(scratch, 0)) {
        StrataRunner.apply(db.strataUrl(), work.atlasDir(), TxMode.ALL);
        history(db, work);
        long[] phases = new long[PHASES.length];
        long floor = 0;
        long total = 0;
        for (int round = 0; round < 2; round++) {
          java.util.Arrays.fill(phases, 0);
          floor = 0;
          total = 0;
          for (int i = 0; i < loops; i++) {
            once(db.strataUrl(), work.atlasDir(), phases);
            total += executor(db.strataUrl(), work.atlasDir());
            long t = System.nanoTime();
            try (Connection c = db.connect()) {
              FloorRead.pending(c, work.atlasDir());
            }
            floor += System.nanoTime() - t;
          }
        }
        print(engine, n, loops, phases, total, floor);
      }
    } finally {
      BenchDatabase.deleteTree(scratch);
    }
  }

  /** Writes the floor's history rows, as if the floor had applied the files Strata applied. */
  private static void history(BenchDatabase.Fresh db, Workload work) throws Exception {
    try (Connection c = db.connect()) {
      try (java.sql.Statement st = c.createStatement()) {
        st.execute(Floor.CREATE_HISTORY);
      }
      java.sql.PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO " + FloorRead.TABLE + " VALUES (?, ?, 0, CURRENT_TIMESTAMP, 0)");
      for (Workload.Migration m : work.migrations()) {
        ps.setString(1, m.version());
        ps.setString(2, m.name());
        ps.executeUpdate();
      }
    }
  }

  private static void once(String url, Path dir, long[] phases) throws Exception {
    long[] t = {System.nanoTime()};
    Driver driver = DriverRegistry.load().driverFor(url);
    lap(phases, 0, t);
    MigrationDir md = LocalDir.open(dir, DirFormat.ATLAS);
    List<MigrationFile> files = md.sumFiles();
    ChecksumValidator.validate(md, files);
    lap(phases, 1, t);
    Set<String> checkpoints = Checkpoints.of(files);
    lap(phases, 2, t);
    RevisionTableRef ref = RevisionLocator.locate(driver.url(), null);
    try (Connection c = driver.connect()) {
      lap(phases, 3, t);
      Locker.Lock lock =
          driver.locker().lock(c, MigrationExecutor.LOCK_NAME, Duration.ofSeconds(10));
      try {
        lap(phases, 4, t);
        RevisionStore store = new RevisionStore(driver.revisionDialect(), ref, c);
        if (store.state() != RevisionTableState.CURRENT) {
          throw new IllegalStateException("the revision table should be current");
        }
        lap(phases, 5, t);
        List<Revision> revisions = store.readAll();
        lap(phases, 6, t);
        if (!PendingPlanner.plan(files, revisions, ExecOrder.LINEAR, checkpoints)
            .pending()
            .isEmpty()) {
          throw new IllegalStateException("files are pending");
        }
        lap(phases, 7, t);
      } finally {
        lock.close();
      }
    }
    lap(phases, 8, t);
  }

  /** The executor itself, directory and database overlapped. */
  private static long executor(String url, Path dir) {
    long t = System.nanoTime();
    if (StrataRunner.apply(url, dir, TxMode.FILE) != 0) {
      throw new IllegalStateException("files were pending");
    }
    return System.nanoTime() - t;
  }

  private static void lap(long[] phases, int i, long[] t) {
    long now = System.nanoTime();
    phases[i] += now - t[0];
    t[0] = now;
  }

  private static void print(
      BenchDatabase engine, int n, int loops, long[] phases, long executor, long floor) {
    System.out.printf(
        Locale.ROOT,
        "No-op apply, phase by phase: %s, %,d migrations applied, mean of %d loops%n%n",
        Machine.serverVersion(engine),
        n,
        loops);
    System.out.println("| phase | ms |");
    System.out.println("|---|---:|");
    long total = 0;
    for (int i = 0; i < PHASES.length; i++) {
      total += phases[i];
      System.out.printf(Locale.ROOT, "| %s | %.1f |%n", PHASES[i], phases[i] / 1e6 / loops);
    }
    System.out.printf(Locale.ROOT, "| sum of the phases, one after the other | %.1f |%n", total / 1e6 / loops);
    System.out.printf(
        Locale.ROOT,
        "| **MigrationExecutor.apply(), nothing pending** (scan reused, revisions read directly)"
            + " | **%.1f** |%n",
        executor / 1e6 / loops);
    System.out.printf(
        Locale.ROOT,
        "| **floor-read** (connect, read history, list directory) | **%.1f** |%n",
        floor / 1e6 / loops);
  }
}
