package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, test 3: the server kills the CLI's connection while a slow statement runs (PostgreSQL
 * {@code pg_terminate_backend}, MariaDB {@code KILL CONNECTION}). strata.md §4.2: where
 * exactly-once holds (PostgreSQL always, MariaDB for DML) the same run reconnects, says so in a
 * line, and resumes from the revision table; the end state equals an uninterrupted run's and the
 * killed statement took effect exactly once.
 */
abstract class ServerKillScenarios extends RobustBase {
  static final Pattern RECONNECTED =
      Pattern.compile(
          "(?m)^  -- connection lost \\(.+\\); reconnected and resuming from the revision table"
              + " \\(attempt 1 of \\d+\\)$");

  final ExecutorService background = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopBackground() {
    background.shutdownNow();
  }

  /** Returns a statement that inserts {@code note} into events after about two seconds. */
  abstract String slowInsert(String note);

  /** Returns a DDL statement that creates table slow_t, one row, after about two seconds. */
  abstract String slowCreateTable();

  /**
   * Finds the server session running a statement that starts with {@code prefix} (other than the
   * one of {@code admin}) and kills it; returns false when none runs.
   */
  abstract boolean killSessionRunning(Connection admin, String prefix) throws Exception;

  /** The migration: statements around a slow one. */
  void eventsMigration(String slow) throws Exception {
    file("1_events.sql",
        "CREATE TABLE events (note varchar(40) NOT NULL);\n"
            + "INSERT INTO events (note) VALUES ('before');\n"
            + slow + "\n"
            + "INSERT INTO events (note) VALUES ('after');\n"
            + "CREATE TABLE done_marker (id int NOT NULL);\n");
    file("2_more.sql", "INSERT INTO events (note) VALUES ('file 2');\n");
    hash();
  }

  /**
   * Runs apply in the background, kills the server session of the statement starting with {@code
   * prefix} once it runs, and returns the run's result.
   */
  Cli.Result applyAndKill(String prefix, String... flags) throws Exception {
    Future<Cli.Result> run = background.submit(() -> apply(flags));
    boolean killed = false;
    try (Connection admin = db.connect()) {
      long deadline = System.currentTimeMillis() + 30_000;
      while (!killed && !run.isDone() && System.currentTimeMillis() < deadline) {
        killed = killSessionRunning(admin, prefix);
        if (!killed) {
          Thread.sleep(20);
        }
      }
    }
    Cli.Result r = run.get(120, TimeUnit.SECONDS);
    assertThat(killed).as("the slow statement was seen and killed; run: %s", r).isTrue();
    return r;
  }

  /** Applies the directory on a fresh database without interruption and returns its state. */
  List<String> reference(String... flags) throws Exception {
    Db ref = freshDb();
    Cli.Result r = apply(ref, flags);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return ref.snapshot();
  }

  void resumesAfterTheServerKilledTheConnection(String mode) throws Exception {
    String slow = slowInsert("slow");
    eventsMigration(slow);
    List<String> expected = reference("--tx-mode", mode);
    Cli.Result r = applyAndKill("INSERT INTO events (note) SELECT", "--tx-mode", mode);
    log("tx-mode " + mode + ":\n" + r);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).as(r.toString()).containsPattern(RECONNECTED);
    assertThat(r.err()).isEmpty();
    assertThat(db.rows("SELECT note FROM events ORDER BY note"))
        .as("each statement took effect exactly once")
        .containsExactly(List.of("after"), List.of("before"), List.of("file 2"), List.of("slow"));
    assertThat(db.snapshot()).containsExactlyElementsOf(expected);
    // The report counts what this run did: 2 files, 6 statements, the retried one once.
    assertThat(r.out()).as(r.toString()).endsWith("  -- 2 migrations\n  -- 6 sql statements\n");
    assertThat(status().out()).startsWith("Migration Status: OK\n");
  }

  @Test
  void dmlKilledByTheServerResumesInTheSameRunTxModeNone() throws Exception {
    resumesAfterTheServerKilledTheConnection("none");
  }

  @Test
  void dmlKilledByTheServerResumesInTheSameRunTxModeFile() throws Exception {
    resumesAfterTheServerKilledTheConnection("file");
  }

  @Test
  void dmlKilledByTheServerResumesInTheSameRunTxModeAll() throws Exception {
    resumesAfterTheServerKilledTheConnection("all");
  }

  /**
   * {@code migrate apply 2} counts the files it applied once across a reconnect: in tx-mode all
   * with transactional DDL the retry starts over, so the file finished before the loss must not
   * count twice (the run would stop one file short); with implicit-commit DDL it stays done.
   */
  @Test
  void anAmountCountsEachFileOnceAcrossAReconnectInTxModeAll() throws Exception {
    file("1_events.sql",
        "CREATE TABLE events (note varchar(40) NOT NULL);\n"
            + "INSERT INTO events (note) VALUES ('before');\n");
    file("2_slow.sql", slowInsert("slow") + "\n");
    file("3_third.sql", "INSERT INTO events (note) VALUES ('third');\n");
    hash();
    Future<Cli.Result> run =
        background.submit(() -> cli.run("migrate", "apply", "2", "--url", db.url(), "--tx-mode", "all"));
    boolean killed = false;
    try (Connection admin = db.connect()) {
      long deadline = System.currentTimeMillis() + 30_000;
      while (!killed && !run.isDone() && System.currentTimeMillis() < deadline) {
        killed = killSessionRunning(admin, "INSERT INTO events (note) SELECT");
        if (!killed) {
          Thread.sleep(20);
        }
      }
    }
    Cli.Result r = run.get(120, TimeUnit.SECONDS);
    assertThat(killed).as("the slow statement was seen and killed; run: %s", r).isTrue();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).as(r.toString()).containsPattern(RECONNECTED);
    assertThat(db.rows("SELECT note FROM events ORDER BY note"))
        .as("files 1 and 2, once each, and not file 3")
        .containsExactly(List.of("before"), List.of("slow"));
    Cli.Result st = status();
    assertThat(st.out()).as(st.toString())
        .contains("  -- Current Version: 2\n", "  -- Pending Files:   1\n");
  }

  /**
   * A DDL statement killed mid-run. On PostgreSQL it is transactional and resumes like DML. On
   * MariaDB its implicit commit means the run may stop instead (with a connection-loss error that
   * says to run apply again); either way it must never be applied twice or skipped: the next run
   * finishes and the state equals an uninterrupted run's.
   */
  @Test
  void ddlKilledByTheServerIsNeverAppliedTwice() throws Exception {
    eventsMigration(slowCreateTable());
    List<String> expected = reference("--tx-mode", "none");
    Cli.Result r = applyAndKill("CREATE TABLE slow_t", "--tx-mode", "none");
    log("DDL killed:\n" + r);
    if (r.exitCode() == 0) {
      assertThat(r.out()).as(r.toString()).containsPattern(RECONNECTED);
    } else {
      assertThat(engine().transactionalDdl())
          .as("transactional DDL resumes in the same run: %s", r).isFalse();
      assertThat(r.err()).as(r.toString())
          .startsWith("Error: sql/migrate: executing statement \"CREATE TABLE slow_t");
      assertThat(r.out()).as(r.toString()).contains("Failure: connection loss in 1_events.sql");
      Cli.Result st = status();
      assertThat(st.out()).as(st.toString()).startsWith("Migration Status: PENDING\n");
      Cli.Result again = apply("--tx-mode", "none");
      log("next run:\n" + again);
      assertThat(again.exitCode()).as(again.toString()).isZero();
    }
    assertThat(db.rows("SELECT note FROM slow_t")).containsExactly(List.of("slow"));
    assertThat(db.snapshot()).containsExactlyElementsOf(expected);
    assertThat(status().out()).startsWith("Migration Status: OK\n");
  }
}
