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
 * the same public calls with a timer between them, on a database where N migrations are applied.
 * Warm JVM, mean over the loops after as many warm-up loops. Run on demand:
 *
 * <pre>
 * java -cp 'bench/target/strata-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*' \
 *     dev.strata.bench.NoopPhases postgres|mariadb|sqlite [migrations] [loops]
 * </pre>
 */
public final class NoopPhases {
  private static final String[] PHASES = {
    "driver lookup (ServiceLoader)",
    "ChecksumValidator.validate: list, read and hash every file",
    "MigrationDir.files(): list again",
    "Checkpoints.of: read every file's head again",
    "connect",
    "lock: a second connection + lock",
    "RevisionLocator.checkNotAmbiguous: revision-table columns",
    "RevisionStore.ensure: revision-table columns again",
    "RevisionStore.readAll",
    "PendingPlanner.plan",
    "unlock, close both connections",
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
        for (int round = 0; round < 2; round++) {
          java.util.Arrays.fill(phases, 0);
          floor = 0;
          for (int i = 0; i < loops; i++) {
            once(db.strataUrl(), work.atlasDir(), phases);
            long t = System.nanoTime();
            try (Connection c = db.connect()) {
              FloorRead.pending(c, work.atlasDir());
            }
            floor += System.nanoTime() - t;
          }
        }
        print(engine, n, loops, phases, floor);
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
    ChecksumValidator.validate(md);
    lap(phases, 1, t);
    List<MigrationFile> files = md.files();
    lap(phases, 2, t);
    Set<String> checkpoints = Checkpoints.of(files);
    lap(phases, 3, t);
    RevisionTableRef ref = RevisionLocator.locate(driver.url(), null);
    try (Connection c = driver.connect()) {
      lap(phases, 4, t);
      Locker.Lock lock = driver.locker().lock(MigrationExecutor.LOCK_NAME, Duration.ofSeconds(10));
      try {
        lap(phases, 5, t);
        RevisionStore store = new RevisionStore(driver.revisionDialect(), ref, c);
        RevisionLocator.checkNotAmbiguous(c, driver.revisionDialect(), driver.url(), null, ref);
        lap(phases, 6, t);
        store.ensure();
        lap(phases, 7, t);
        List<Revision> revisions = store.readAll();
        lap(phases, 8, t);
        if (!PendingPlanner.plan(files, revisions, ExecOrder.LINEAR, checkpoints)
            .pending()
            .isEmpty()) {
          throw new IllegalStateException("files are pending");
        }
        lap(phases, 9, t);
      } finally {
        lock.close();
      }
    }
    lap(phases, 10, t);
  }

  private static void lap(long[] phases, int i, long[] t) {
    long now = System.nanoTime();
    phases[i] += now - t[0];
    t[0] = now;
  }

  private static void print(BenchDatabase engine, int n, int loops, long[] phases, long floor) {
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
    System.out.printf(Locale.ROOT, "| **no-op apply, total** | **%.1f** |%n", total / 1e6 / loops);
    System.out.printf(
        Locale.ROOT,
        "| **floor-read** (connect, read history, list directory) | **%.1f** |%n",
        floor / 1e6 / loops);
  }
}
