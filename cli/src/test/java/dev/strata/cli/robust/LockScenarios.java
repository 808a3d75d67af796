package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, test 2: two {@code migrate apply} processes on the same database. Atlas's lock
 * ({@code atlas_migrate_execute}, atlas-compat.md §4.6) lets exactly one apply; the other waits
 * (default {@code --lock-timeout 10s}) and then finds nothing to do, or, with a timeout shorter
 * than the winner's run, fails with {@code Error: acquiring database lock: ...} and exit code 1.
 */
abstract class LockScenarios extends RobustBase {
  static final String HEADER = "Migrating to version 2 (2 migrations in total):\n";

  /** Returns the locker's message when the lock is held elsewhere. */
  abstract String lockHeld();

  /** The winner's slow statement, with its arrow line as printed. */
  String slow;

  @BeforeEach
  void slowMigration() throws Exception {
    slow = engine().slowSelect(3);
    file("1_slow.sql",
        "CREATE TABLE events (note varchar(40) NOT NULL);\n"
            + "INSERT INTO events (note) VALUES ('one');\n"
            + slow + "\n"
            + "INSERT INTO events (note) VALUES ('two');\n");
    file("2_more.sql", "CREATE TABLE more_events (id int NOT NULL);\n");
    hash();
  }

  void assertAppliedOnce() throws Exception {
    assertThat(db.rows("SELECT note FROM events ORDER BY note"))
        .containsExactly(List.of("one"), List.of("two"));
    assertThat(db.tableExists("more_events")).isTrue();
    Cli.Result st = status();
    assertThat(st.out()).as(st.toString()).startsWith("Migration Status: OK\n");
  }

  @Test
  void twoAppliesStartedTogether() throws Exception {
    Cli.Result a;
    Cli.Result b;
    long aExit;
    long bExit;
    try (CliProcess pa = CliProcess.start(work, applyArgs(db));
        CliProcess pb = CliProcess.start(work, applyArgs(db))) {
      a = pa.awaitExit(90_000);
      b = pb.awaitExit(90_000);
      aExit = pa.exitedAt();
      bExit = pb.exitedAt();
    }
    assertThat(a.exitCode()).as(a.toString()).isZero();
    assertThat(b.exitCode()).as(b.toString()).isZero();
    boolean aWon = a.out().startsWith(HEADER);
    Cli.Result winner = aWon ? a : b;
    Cli.Result loser = aWon ? b : a;
    assertThat(winner.out()).as("one applies: %s\n%s", a, b).startsWith(HEADER)
        .contains("    -> " + slow + "\n")
        .endsWith("  -- 2 migrations\n  -- 5 sql statements\n");
    assertThat(loser.out()).as("the other finds nothing to do: %s\n%s", a, b)
        .isEqualTo("No migration files to execute\n");
    assertThat(loser.err()).isEmpty();
    // The loser waited for the winner's lock: it cannot have finished before the winner released
    // it, which the winner does at its very end.
    long winnerExit = aWon ? aExit : bExit;
    long loserExit = aWon ? bExit : aExit;
    assertThat(loserExit).as("the loser ends after the winner").isGreaterThan(winnerExit - 300_000_000L);
    assertAppliedOnce();
  }

  @Test
  void loserWithAShortLockTimeoutFails() throws Exception {
    try (CliProcess winner = CliProcess.start(work, applyArgs(db))) {
      // Once the slow statement is printed, the winner holds the lock for its duration.
      assertThat(winner.awaitLines("    -> " + slow, 1, 60_000)).as(winner.out()).isTrue();
      Cli.Result zero = apply("--lock-timeout", "0s");
      long t0 = System.nanoTime();
      Cli.Result one = apply("--lock-timeout", "1s");
      long waited = (System.nanoTime() - t0) / 1_000_000;
      assertThat(winner.alive())
          .as("the winner's slow statement must outlast the losers; calibrate Engine.slowSelect")
          .isTrue();
      assertThat(zero.exitCode()).as(zero.toString()).isEqualTo(1);
      assertThat(zero.err()).isEqualTo("Error: acquiring database lock: " + lockHeld() + "\n");
      assertThat(zero.out()).isEmpty();
      assertThat(one.exitCode()).as(one.toString()).isEqualTo(1);
      assertThat(one.err()).isEqualTo("Error: acquiring database lock: " + lockHeld() + "\n");
      assertThat(one.out()).isEmpty();
      assertThat(waited).as("waited for the lock (ms)").isBetween(900L, 2_900L);
      Cli.Result w = winner.awaitExit(60_000);
      assertThat(w.exitCode()).as(w.toString()).isZero();
      assertThat(w.out()).startsWith(HEADER);
    }
    assertAppliedOnce();
  }
}
