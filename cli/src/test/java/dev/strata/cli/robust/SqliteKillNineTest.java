package dev.strata.cli.robust;

/**
 * {@link KillNineScenarios} on SQLite. A killed process leaves its lock file behind (Atlas's
 * mechanism: the file holds an expiry time, atlas-compat.md §4.6), so the next run waits until it
 * expires: the runs use a 1 s lock timeout to keep the restarts quick.
 */
class SqliteKillNineTest extends KillNineScenarios {
  @Override
  Engine engine() {
    return Engine.SQLITE;
  }

  @Override
  String[] extraFlags() {
    return new String[] {"--lock-timeout", "1s"};
  }
}
