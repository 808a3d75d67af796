package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, test 1: {@code kill -9} of the CLI at random statements of long files, chained on the
 * same database (kill, restart, kill again, ...), then a run to completion. Every statement of the
 * migration is visible when it runs twice: CREATE TABLE / CREATE INDEX / ADD COLUMN without IF NOT
 * EXISTS fail on a second run, and the INSERTs into {@code step_log} and the {@code UPDATE counter
 * SET n = n + 1} leave a second row or a wrong count. After every kill the database must agree with
 * its revision rows (strata.md §4.1: no statement applied but unrecorded), and the final state must
 * equal an uninterrupted run's on a fresh database. Where the statements run out before
 * TARGET_KILLS (a loaded machine lands kills late), the kills go on in a new round on a fresh
 * database, up to MAX_ROUNDS.
 *
 * <p>The random points come from a seed printed in the report; {@code -Dstrata.robust.seed=N}
 * replays a run (the servers' timing still varies).
 */
abstract class KillNineScenarios extends RobustBase {
  static final int FILES = 3;
  static final int PER_FILE = 48;
  static final int TARGET_KILLS = 24;
  /** Fresh databases a test may use up before it has TARGET_KILLS kills. */
  static final int MAX_ROUNDS = 3;
  static final String ARROW = "    -> ";
  /** How the engine marks a revision whose implicit-commit statement was interrupted. */
  static final String IN_FLIGHT = "strata: statement interrupted before its outcome was recorded";
  /**
   * Returns the tx modes of the killed runs, drawn at random; {@code -Dstrata.robust.txmodes=none}
   * narrows a replay down. By default half run in tx-mode none and a quarter each in file and all;
   * all only where DDL commits implicitly and the engine chains records through it. With
   * transactional DDL a run in all is one transaction, which a kill rolls back whole, and SQLite
   * finishes the rest of the run in less time than the kill takes to land.
   */
  String[] modes() {
    String given = System.getProperty("strata.robust.txmodes");
    if (given != null) {
      return given.split(",");
    }
    return engine().transactionalDdl()
        ? new String[] {"none", "none", "file"}
        : new String[] {"none", "none", "file", "all"};
  }

  /** The order of a cycle's steps when its DDL statements run back to back. */
  private static final int[] GROUPED_CYCLE = {0, 2, 4, 1, 3, 5, 6};

  /** The kinds of generated statements, for the invariants. */
  enum Kind {
    CREATE_TABLE,
    DDL,
    LOG,
    COUNTER,
    ROW,
    DML
  }

  /** One generated statement: its file (the version), index in the file, kind and SQL. */
  record Stmt(int file, int index, Kind kind, String table, String sql) {}

  final List<List<Stmt>> files = new ArrayList<>();

  /** Extra flags for every run (SQLite: a short lock timeout, see its subclass). */
  String[] extraFlags() {
    return new String[0];
  }

  /** Generates the migration: file f holds PER_FILE statements mixing DDL and DML. */
  void generate() throws Exception {
    for (int f = 1; f <= FILES; f++) {
      List<Stmt> stmts = new ArrayList<>();
      if (f == 1) {
        stmts.add(new Stmt(f, 0, Kind.CREATE_TABLE, "step_log",
            "CREATE TABLE step_log (file int NOT NULL, stmt int NOT NULL, note varchar(60) NOT NULL);"));
        stmts.add(new Stmt(f, 1, Kind.CREATE_TABLE, "counter",
            "CREATE TABLE counter (name varchar(20) NOT NULL, n int NOT NULL);"));
        stmts.add(new Stmt(f, 2, Kind.DML, null,
            "INSERT INTO counter (name, n) VALUES ('updates', 0);"));
      }
      int start = stmts.size();
      String table = null;
      for (int j = start; j < PER_FILE; j++) {
        // Every other cycle runs its three DDL statements back to back: on MariaDB they share one
        // in-flight record; in the others DML between them commits with each record.
        int step = (j - start) % 7;
        boolean grouped = (j - start) / 7 % 2 == 0;
        switch (grouped ? GROUPED_CYCLE[step] : step) {
          case 0:
            table = "t" + f + "_" + j;
            stmts.add(new Stmt(f, j, Kind.CREATE_TABLE, table,
                "CREATE TABLE " + table + " (id int NOT NULL, v varchar(40));"));
            break;
          case 1:
            // A multi-line statement: its continuation line is indented in the report.
            stmts.add(new Stmt(f, j, Kind.LOG, null,
                "INSERT INTO step_log (file, stmt, note)\n  VALUES (" + f + ", " + j
                    + ", 'after create " + table + "');"));
            break;
          case 2:
            stmts.add(new Stmt(f, j, Kind.DDL, null,
                "ALTER TABLE " + table + " ADD COLUMN c" + j + " int;"));
            break;
          case 3:
            stmts.add(new Stmt(f, j, Kind.ROW, table,
                "INSERT INTO " + table + " (id, v) VALUES (" + j + ", 'row " + j + "');"));
            break;
          case 4:
            stmts.add(new Stmt(f, j, Kind.DDL, null,
                "CREATE INDEX ix" + f + "_" + j + " ON " + table + " (v);"));
            break;
          case 5:
            stmts.add(new Stmt(f, j, Kind.COUNTER, null,
                "UPDATE counter SET n = n + 1 WHERE name = 'updates';"));
            break;
          default:
            stmts.add(new Stmt(f, j, Kind.LOG, null,
                "INSERT INTO step_log (file, stmt, note) VALUES (" + f + ", " + j + ", 'step " + j
                    + "');"));
        }
      }
      StringBuilder b = new StringBuilder("-- Kill test file " + f + ".\n");
      for (Stmt s : stmts) {
        b.append(s.sql()).append('\n');
      }
      file(f + "_part" + f + ".sql", b.toString());
      files.add(stmts);
    }
    hash();
  }

  int totalStatements() {
    return files.stream().mapToInt(List::size).sum();
  }

  @Test
  void killNineAtRandomStatementsThenFinish() throws Exception {
    long seed = Long.getLong("strata.robust.seed", System.nanoTime());
    Random rnd = new Random(seed);
    log(engine() + ": seed " + seed + " (replay with -Dstrata.robust.seed=" + seed + ")");
    generate();
    long t0 = System.nanoTime();

    // The uninterrupted reference run on a database of its own.
    Db reference = freshDb();
    Cli.Result ref = apply(reference, "--tx-mode", "none");
    assertThat(ref.exitCode()).as(ref.toString()).isZero();
    List<String> expected = reference.snapshot();

    // A run goes on for a while between the line the test reads and the kill landing, longer on a
    // loaded machine, so the statements may run out before TARGET_KILLS: then the next round
    // starts over on a fresh database. Every round ends with a run to completion and the checks.
    Tally tally = new Tally();
    for (int round = 1; tally.kills < TARGET_KILLS && round <= MAX_ROUNDS; round++) {
      if (round > 1) {
        log("round " + round + ": the statements ran out after " + tally.kills
            + " kills; going on with a fresh database");
        db = freshDb();
      }
      killUntilTheStatementsRunOut(rnd, tally);
      finishAndCheck(expected, tally);
    }
    assertThat(tally.kills).as("kills in %d rounds", MAX_ROUNDS).isEqualTo(TARGET_KILLS);
    log(String.format(
        "%s: %d kills (by tx mode: %s; %d left a DDL in flight), %d statements, %.1f s",
        engine(), tally.kills, tally.killsByMode, tally.inFlightKills, totalStatements(),
        (System.nanoTime() - t0) / 1e9));
  }

  /** What the rounds of a test add up to, and the history of the current round. */
  static final class Tally {
    int kills;
    final Map<String, Integer> killsByMode = new TreeMap<>();
    int inFlightKills;
    final List<String> history = new ArrayList<>();
  }

  /** Kills runs of {@link #db} until TARGET_KILLS or until fewer than two statements are left. */
  private void killUntilTheStatementsRunOut(Random rnd, Tally tally) throws Exception {
    String[] modes = modes();
    int total = totalStatements();
    List<String> history = tally.history;
    history.clear();
    while (tally.kills < TARGET_KILLS) {
      int remaining = total - appliedTotal();
      if (remaining < 2) {
        return;
      }
      int killsLeft = TARGET_KILLS - tally.kills;
      int avg = Math.max(1, remaining / (killsLeft + 1));
      int n = 1 + rnd.nextInt(Math.max(1, Math.min(2 * avg, remaining - 1)));
      String mode = modes[rnd.nextInt(modes.length)];
      // A run goes on for a few statements between the line it prints and the kill, more with a
      // delay: delay only while statements are plentiful, at most a millisecond per four
      // statements left after the kill line (a transaction runs one in well under 0.5 ms), so
      // the run does not finish before the kill and the file lasts for TARGET_KILLS.
      // With transactional DDL, a file run in tx-mode file is one transaction that a kill rolls
      // back whole wherever it lands, and SQLite runs a statement of it in a tenth of that, so
      // a delay there only lets the run finish first.
      int after = remaining - n;
      boolean wholeFiles = engine().transactionalDdl() && !mode.equals("none");
      int delay =
          !wholeFiles && avg > 4 && after > 12 ? rnd.nextInt(Math.min(25, after / 4)) : 0;
      List<String> args = new ArrayList<>(List.of(applyArgs(db, "--tx-mode", mode)));
      args.addAll(List.of(extraFlags()));
      Cli.Result r;
      boolean killed;
      try (CliProcess p = CliProcess.start(work, args.toArray(new String[0]))) {
        boolean reached = p.awaitLines(ARROW, n, 60_000);
        if (reached) {
          if (delay > 0) {
            Thread.sleep(delay);
          }
          p.kill();
        }
        r = p.awaitExit(60_000);
        killed = reached;
      }
      String what = "run " + (history.size() + 1) + ": --tx-mode " + mode + ", SIGKILL after "
          + n + " statement line(s) + " + delay + " ms";
      int before = total - remaining;
      String inFlight = "";
      for (List<String> rev : db.revisions()) {
        if (rev.get(5) != null && rev.get(5).startsWith(IN_FLIGHT)) {
          inFlight = ", in flight: " + rev.get(6);
          tally.inFlightKills++;
          if (tally.inFlightKills == 1) {
            // Status explains an interrupted run rather than a failed statement.
            Cli.Result st = status();
            assertThat(st.out()).as(st.toString())
                .contains("Failure: interrupted run in ", "Nothing in the file needs fixing")
                .doesNotContain("Fix the");
          }
        }
      }
      history.add(what + " -> exit " + r.exitCode() + ", applied " + before + " -> " + appliedTotal()
          + inFlight);
      if (r.exitCode() == 0) {
        log(what + ": the run completed before the kill");
        return;
      }
      assertThat(r.exitCode())
          .as("%s failed instead of being killed.\nHistory:\n%s\nOutput of the failed run:\n%s",
              what, String.join("\n", history), r)
          .isEqualTo(137);
      assertThat(killed).isTrue();
      tally.kills++;
      tally.killsByMode.merge(mode, 1, Integer::sum);
      checkRecordsMatchTheDatabase(what, history);
    }
  }

  /** Runs {@link #db} to completion and checks it against the uninterrupted run's state. */
  private void finishAndCheck(List<String> expected, Tally tally) throws Exception {
    tally.history.forEach(this::log);
    List<String> finalArgs = new ArrayList<>(List.of(applyArgs(db, "--tx-mode", "none")));
    finalArgs.addAll(List.of(extraFlags()));
    Cli.Result last;
    try (CliProcess p = CliProcess.start(work, finalArgs.toArray(new String[0]))) {
      last = p.awaitExit(120_000);
    }
    assertThat(last.exitCode())
        .as("the final run after %d kills failed.\nHistory:\n%s\n%s", tally.kills,
            String.join("\n", tally.history), last)
        .isZero();

    // No statement ran twice, none was skipped.
    assertThat(db.rows("SELECT file, stmt, COUNT(*) FROM step_log GROUP BY file, stmt HAVING COUNT(*) > 1"))
        .as("step_log rows inserted twice").isEmpty();
    long updates = files.stream().flatMap(List::stream).filter(s -> s.kind() == Kind.COUNTER).count();
    assertThat(db.count("SELECT n FROM counter WHERE name = 'updates'")).isEqualTo(updates);
    assertThat(db.snapshot()).as("final state vs an uninterrupted run")
        .containsExactlyElementsOf(expected);
    Cli.Result st = status();
    assertThat(st.out()).as(st.toString()).startsWith("Migration Status: OK\n");
    assertThat(apply().out()).isEqualTo("No migration files to execute\n");
  }

  /** Returns the statements recorded as applied, over all files. */
  int appliedTotal() throws Exception {
    int sum = 0;
    for (int a : applied().values()) {
      sum += a;
    }
    return sum;
  }

  /** Returns the applied count of every file with a revision row, by file number. */
  Map<Integer, Integer> applied() throws Exception {
    Map<Integer, Integer> out = new HashMap<>();
    for (List<String> r : db.revisions()) {
      out.put(Integer.parseInt(r.get(0)), Integer.parseInt(r.get(3)));
    }
    return out;
  }

  /**
   * Checks the exactly-once invariant at the instant of the kill: every DML statement's effect (a
   * step_log row, a row of a t table, the counter) is present exactly when the revision rows count
   * it as applied; on transactional-DDL engines the same holds for tables; on MariaDB at most the
   * one statement after the recorded prefix (the interrupted DDL, for the next run to judge) may
   * have taken effect unrecorded.
   */
  void checkRecordsMatchTheDatabase(String what, List<String> history) throws Exception {
    Map<Integer, Integer> applied = applied();
    List<String> wantLog = new ArrayList<>();
    long wantCounter = 0;
    Set<String> wantTables = new HashSet<>();
    Set<String> inFlightTables = new HashSet<>();
    List<String> wantRows = new ArrayList<>();
    Set<String> rowTables = new java.util.TreeSet<>();
    for (List<Stmt> stmts : files) {
      // MariaDB: the DDL statements from the first unrecorded one to the next DML may share one
      // in-flight record, so any of them may have run.
      boolean ddlRun = true;
      for (Stmt s : stmts) {
        int a = applied.getOrDefault(s.file(), 0);
        if (s.index() >= a) {
          ddlRun = ddlRun && (s.kind() == Kind.CREATE_TABLE || s.kind() == Kind.DDL);
        }
        if (s.index() < a) {
          if (s.kind() == Kind.LOG) {
            wantLog.add(s.file() + "/" + s.index());
          } else if (s.kind() == Kind.COUNTER) {
            wantCounter++;
          } else if (s.kind() == Kind.CREATE_TABLE) {
            wantTables.add(s.table());
          } else if (s.kind() == Kind.ROW) {
            wantRows.add(s.table() + "/" + s.index());
          }
        } else if (ddlRun && s.kind() == Kind.CREATE_TABLE) {
          inFlightTables.add(s.table());
        }
      }
    }
    String context = what + "\nrevisions: " + db.revisions() + "\nhistory:\n" + String.join("\n", history);
    Set<String> tables = new HashSet<>(db.tables());
    if (engine().transactionalDdl()) {
      assertThat(tables).as("tables vs revisions after " + context).isEqualTo(wantTables);
    } else {
      assertThat(tables).as("tables vs revisions after " + context).containsAll(wantTables);
      Set<String> extra = new HashSet<>(tables);
      extra.removeAll(wantTables);
      assertThat(inFlightTables).as("unrecorded tables after " + context).containsAll(extra);
    }
    if (tables.contains("step_log")) {
      List<String> log = new ArrayList<>();
      for (List<String> r : db.rows("SELECT file, stmt FROM step_log")) {
        log.add(r.get(0) + "/" + r.get(1));
      }
      assertThat(log).as("step_log vs revisions after " + context)
          .containsExactlyInAnyOrderElementsOf(wantLog);
    }
    for (List<Stmt> stmts : files) {
      for (Stmt s : stmts) {
        if (s.kind() == Kind.ROW && tables.contains(s.table())) {
          rowTables.add(s.table());
        }
      }
    }
    List<String> rows = new ArrayList<>();
    for (String t : rowTables) {
      for (List<String> r : db.rows("SELECT id FROM " + t)) {
        rows.add(t + "/" + r.get(0));
      }
    }
    wantRows.removeIf(r -> !rowTables.contains(r.substring(0, r.indexOf('/'))));
    assertThat(rows).as("rows of the t tables vs revisions after " + context)
        .containsExactlyInAnyOrderElementsOf(wantRows);
    if (tables.contains("counter")) {
      List<List<String>> c = db.rows("SELECT n FROM counter");
      long n = c.isEmpty() ? 0 : Long.parseLong(c.get(0).get(0));
      assertThat(n).as("counter vs revisions after " + context).isEqualTo(wantCounter);
      assertThat(c.size()).as("counter rows after " + context).isEqualTo(applied.getOrDefault(1, 0) > 2 ? 1 : 0);
    }
  }
}
