package dev.strata.cli.robust;

/** {@link LockScenarios} on Postgres. */
class PostgresLockTest extends LockScenarios {
  @Override
  Engine engine() {
    return Engine.POSTGRES;
  }

  @Override
  String lockHeld() {
    return "sql/schema: lock is held by other session";
  }
}
