package dev.strata.cli.e2e;

/** The migrate scenarios on Postgres. */
class PostgresScenariosTest extends MigrateScenarios {
  @Override
  Target newTarget() throws Exception {
    return Targets.postgres();
  }
}
