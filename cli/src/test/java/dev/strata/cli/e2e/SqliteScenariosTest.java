package dev.strata.cli.e2e;

/** The migrate scenarios on Sqlite. */
class SqliteScenariosTest extends MigrateScenarios {
  @Override
  Target newTarget() throws Exception {
    return Targets.sqlite();
  }
}
