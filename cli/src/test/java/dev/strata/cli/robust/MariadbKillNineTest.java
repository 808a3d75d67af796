package dev.strata.cli.robust;

/** {@link KillNineScenarios} on Mariadb. */
class MariadbKillNineTest extends KillNineScenarios {
  @Override
  Engine engine() {
    return Engine.MARIADB;
  }
}
