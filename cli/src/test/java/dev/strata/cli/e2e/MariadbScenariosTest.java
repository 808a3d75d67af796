package dev.strata.cli.e2e;

/** The migrate scenarios on Mariadb. */
class MariadbScenariosTest extends MigrateScenarios {
  @Override
  Target newTarget() throws Exception {
    return Targets.mariadb();
  }
}
