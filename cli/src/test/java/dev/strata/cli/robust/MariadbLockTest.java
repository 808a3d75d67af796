package dev.strata.cli.robust;

/** {@link LockScenarios} on Mariadb. */
class MariadbLockTest extends LockScenarios {
  @Override
  Engine engine() {
    return Engine.MARIADB;
  }

  @Override
  String lockHeld() {
    return "sql/schema: lock is held by other session";
  }
}
