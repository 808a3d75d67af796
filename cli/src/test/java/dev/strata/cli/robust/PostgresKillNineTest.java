package dev.strata.cli.robust;

/** {@link KillNineScenarios} on Postgres. */
class PostgresKillNineTest extends KillNineScenarios {
  @Override
  Engine engine() {
    return Engine.POSTGRES;
  }
}
