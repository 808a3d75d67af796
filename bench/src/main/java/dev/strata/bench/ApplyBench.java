package dev.strata.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The end-to-end benchmark of issue 3: apply N generated migrations (4 statements each) to a fresh
 * database with Strata (library and CLI), with a raw JDBC loop (the floor), Flyway and Liquibase;
 * then, with all of them applied, time a no-op apply and a status, in-process and as whole
 * processes. Every figure is reported as a ratio against the floor measured in the same run, so
 * that a noisy machine moves numerator and denominator alike. Run on demand, never as a test:
 *
 * <pre>
 * flock /tmp/strata-mvn.lock mvn -o -q -pl bench -am package -DskipTests
 * java -cp 'bench/target/strata-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*' \
 *     dev.strata.bench.ApplyBench postgres mariadb sqlite --report docs/benchmarks.md
 * </pre>
 *
 * Options: {@code --migrations N} (1000), {@code --repeats R} for applies (3), {@code
 * --read-repeats R} for reads (7), {@code --repo DIR} (the current directory), {@code --report
 * FILE} (write the results into that Markdown file), {@code --no-processes} (skip whole-process
 * runs), {@code --no-others} (skip Flyway and Liquibase), {@code --round-trips} (count the round
 * trips of each apply through a counting proxy instead of timing; PostgreSQL and MariaDB).
 */
public final class ApplyBench {
  private static final int WARMUP_MIGRATIONS = 20;

  private final Options options;
  private final Path scratch;

  private ApplyBench(Options options, Path scratch) {
    this.options = options;
    this.scratch = scratch;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path scratch = Files.createTempDirectory("strata-applybench");
    try {
      new ApplyBench(options, scratch).run();
    } finally {
      BenchDatabase.deleteTree(scratch);
    }
  }

  private void run() throws Exception {
    Path jar = options.repo.resolve("cli/target/strata.jar");
    if (options.processes && !Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar
              + " is missing: build it first (flock /tmp/strata-mvn.lock mvn -o -q -pl bench -am"
              + " package -DskipTests)");
    }
    System.out.printf(Locale.ROOT, "writing %d migrations...%n", options.migrations);
    Workload work = Workload.write(scratch.resolve("work"), options.migrations);
    Workload warm =
        Workload.write(scratch.resolve("warm"), Math.min(WARMUP_MIGRATIONS, options.migrations));
    for (BenchDatabase engine : options.databases) {
      if (options.roundTrips) {
        String counted = RoundTrips.run(engine, work, options.repo, scratch, options.others);
        System.out.println(counted);
        if (options.report != null && !counted.isEmpty()) {
          Report.write(options.repo.resolve(options.report), "round-trips:" + engine.id(), counted);
        }
        continue;
      }
      String loadBefore = Machine.loadAverage();
      Results results = measure(engine, work, warm);
      String loadAfter = Machine.loadAverage();
      String section = section(engine, results, loadBefore, loadAfter);
      System.out.println();
      System.out.println(section);
      if (options.report != null) {
        // A run of another size gets a block of its own: it never overwrites the 1,000-file one.
        String block = engine.id() + (options.migrations == 1000 ? "" : "-" + options.migrations);
        Report.write(options.repo.resolve(options.report), block, section);
        System.out.println("written to " + options.report);
      }
    }
  }

  private Results measure(BenchDatabase engine, Workload work, Workload warm) throws Exception {
    Results results = new Results();
    Suite warmSuite = new Suite(engine, warm, options.repo, scratch);
    System.out.printf(Locale.ROOT, "[%s] warming up on %d migrations%n", engine.id(), warm.size());
    for (Operation op : warmSuite.applies(false, options.others)) {
      try (BenchDatabase.Fresh db = engine.fresh(scratch, 0)) {
        op.action().run(db);
        verify(db, op, warm);
      }
    }
    Suite suite = new Suite(engine, work, options.repo, scratch);
    List<Operation> applies = suite.applies(options.processes, options.others);
    Operation floor = applies.get(0);
    Map<String, BenchDatabase.Fresh> applied = new HashMap<>();
    try {
      // Floor, op, floor, op, ..., floor: each op is compared with the floors either side of it.
      for (int rep = 1; rep <= options.repeats; rep++) {
        boolean last = rep == options.repeats;
        long before = apply(engine, floor, work, results, rep, last, applied);
        for (Operation op : applies.subList(1, applies.size())) {
          long t = apply(engine, op, work, null, rep, last, applied);
          long after = apply(engine, floor, work, results, rep, last, applied);
          results.add(op, t, (before + after) / 2);
          before = after;
        }
      }
      if (options.processes) {
        suite.writeArchives(applied.get("floor"));
      }
      List<Operation> reads = suite.reads(options.processes, options.others);
      for (Operation op : reads) {
        if (op.group() == Operation.Group.IN_PROCESS) {
          op.action().run(applied.get(op.family())); // one warm-up call each
        }
      }
      // Each round runs a group's floor first; the group's operations are compared with it.
      for (int rep = 1; rep <= options.readRepeats; rep++) {
        Map<Operation.Group, Long> floors = new EnumMap<>(Operation.Group.class);
        for (Operation op : reads) {
          long t = time(op, applied.get(op.family()));
          if (op.id().equals(op.group().baseline)) {
            floors.put(op.group(), t);
          }
          results.add(op, t, floors.getOrDefault(op.group(), t));
          progress(engine, "read " + rep + "/" + options.readRepeats, op, t);
        }
      }
    } finally {
      applied.values().forEach(BenchDatabase.Fresh::close);
    }
    return results;
  }

  /**
   * Applies the workload with {@code op} on a fresh database, checks the outcome and returns the
   * time; adds the sample to {@code results} (as its own floor) when given. In the last round the
   * first database of each family is kept in {@code applied} for the reads; others are dropped.
   */
  private long apply(
      BenchDatabase engine,
      Operation op,
      Workload work,
      Results results,
      int rep,
      boolean last,
      Map<String, BenchDatabase.Fresh> applied)
      throws Exception {
    BenchDatabase.Fresh db = engine.fresh(scratch, 0);
    boolean keep = false;
    try {
      long t = time(op, db);
      verify(db, op, work);
      if (results != null) {
        results.add(op, t, t);
      }
      progress(engine, "apply " + rep + "/" + options.repeats, op, t);
      keep = last && applied.putIfAbsent(op.family(), db) == null;
      return t;
    } finally {
      if (!keep) {
        db.close();
      }
    }
  }

  private static long time(Operation op, BenchDatabase.Fresh db) throws Exception {
    long start = System.nanoTime();
    op.action().run(db);
    return System.nanoTime() - start;
  }

  private static void progress(BenchDatabase engine, String phase, Operation op, long nanos) {
    System.out.printf(
        Locale.ROOT,
        "[%s] %-10s %-24s %s%n",
        engine.id(),
        phase,
        op.id(),
        Results.seconds(nanos / 1e9));
  }

  /** Fails unless the apply left one history row per file and the last table's rows. */
  private static void verify(BenchDatabase.Fresh db, Operation op, Workload work) {
    String history;
    switch (op.family()) {
      case "floor":
        history = FloorRead.TABLE;
        break;
      case "strata":
        history = "atlas_schema_revisions";
        break;
      case "flyway":
        history = "flyway_schema_history";
        break;
      default:
        history = "databasechangelog";
    }
    long rows = db.count(history);
    if (rows < 0) {
      rows = db.count(history.toUpperCase(Locale.ROOT)); // Liquibase on MariaDB
    }
    long data = db.count(work.lastTable());
    if (rows < work.size() || data != Workload.ROWS_PER_INSERT) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "%s left %d rows in %s and %d in %s",
              op.id(),
              rows,
              history,
              data,
              work.lastTable()));
    }
  }

  private String section(BenchDatabase engine, Results r, String loadBefore, String loadAfter) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "#### %s, %,d migrations (%s)%n%n",
            Machine.serverVersion(engine),
            options.migrations,
            LocalDate.now()));
    b.append("- machine: ").append(Machine.describe()).append('\n');
    b.append("- command: `").append(options.command()).append("`\n");
    b.append(
        String.format(
            Locale.ROOT,
            "- noise: load average %s before, %s after; (max − min) / median of an operation's"
                + " times: %.0f%% (median over operations), of its ratios to the floor: %.0f%%%n",
            loadBefore,
            loadAfter,
            r.medianSpread() * 100,
            r.medianRatioSpread() * 100));
    b.append('\n').append(r.table()).append('\n');
    String goals = Report.goals(r);
    if (!goals.isEmpty()) {
      b.append("Goals of issue 3:\n\n").append(goals);
    }
    return b.toString();
  }

  /** The command line, parsed. */
  static final class Options {
    final Set<BenchDatabase> databases = EnumSet.noneOf(BenchDatabase.class);
    int migrations = 1000;
    int repeats = 3;
    int readRepeats = 7;
    Path repo = Path.of("").toAbsolutePath();
    String report;
    boolean processes = true;
    boolean others = true;
    boolean roundTrips;
    private final List<String> args = new ArrayList<>();

    static Options parse(String[] args) {
      Options o = new Options();
      o.args.addAll(List.of(args));
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--migrations":
            o.migrations = Integer.parseInt(args[++i]);
            break;
          case "--repeats":
            o.repeats = Integer.parseInt(args[++i]);
            break;
          case "--read-repeats":
            o.readRepeats = Integer.parseInt(args[++i]);
            break;
          case "--repo":
            o.repo = Path.of(args[++i]).toAbsolutePath();
            break;
          case "--report":
            o.report = args[++i];
            break;
          case "--no-processes":
            o.processes = false;
            break;
          case "--no-others":
            o.others = false;
            break;
          case "--round-trips":
            o.roundTrips = true;
            break;
          default:
            if (a.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            o.databases.add(BenchDatabase.parse(a));
        }
      }
      if (o.databases.isEmpty()) {
        o.databases.addAll(EnumSet.allOf(BenchDatabase.class));
      }
      if (o.migrations < 1 || o.repeats < 1 || o.readRepeats < 1) {
        throw new IllegalArgumentException(
            "--migrations, --repeats and --read-repeats must be positive");
      }
      return o;
    }

    /**
     * Returns the command that reproduces this run from the repository root: without {@code
     * --repo}, and with the report named relative to the repository.
     */
    String command() {
      List<String> shown = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (a.equals("--repo")) {
          i++;
        } else if (a.equals("--report") && i + 1 < args.size()) {
          Path p = repo.resolve(args.get(++i)).normalize();
          shown.add(a);
          shown.add(
              p.startsWith(repo) ? repo.relativize(p).toString() : p.getFileName().toString());
        } else {
          shown.add(a);
        }
      }
      return "java -cp 'bench/target/strata-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*'"
          + " dev.strata.bench.ApplyBench "
          + String.join(" ", shown);
    }
  }
}
