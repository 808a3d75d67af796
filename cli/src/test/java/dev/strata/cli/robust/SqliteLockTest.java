package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link LockScenarios} on SQLite, whose lock is a file holding an expiry time (atlas-compat.md
 * §4.6), plus the file a killed process leaves behind.
 */
class SqliteLockTest extends LockScenarios {
  @Override
  Engine engine() {
    return Engine.SQLITE;
  }

  @Override
  String lockHeld() {
    return "sql/sqlite: lock on \"atlas_migrate_execute\" already taken";
  }

  @Test
  void lockFileOfAKilledRunExpires() throws Exception {
    try (CliProcess victim = CliProcess.start(work, applyArgs(db, "--lock-timeout", "4s"))) {
      assertThat(victim.awaitLines("    -> " + slow, 1, 60_000)).as(victim.out()).isTrue();
      victim.kill();
    }
    long killedAt = System.nanoTime();
    // The dead process's lock file stays until its expiry: a run that does not wait is refused.
    Cli.Result refused = apply("--lock-timeout", "0s");
    assertThat(refused.err()).isEqualTo("Error: acquiring database lock: " + lockHeld() + "\n");
    // A run with the default timeout waits for the expiry and then applies everything.
    Cli.Result r = apply();
    long waited = (System.nanoTime() - killedAt) / 1_000_000;
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith(HEADER);
    assertThat(waited).as("ms from the kill to the end of the next run").isLessThan(10_000L);
    assertAppliedOnce();
  }
}
