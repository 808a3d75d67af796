package dev.strata.cli.e2e;

/** The schema-drift story on Postgres. */
class PostgresDriftTest extends DriftScenarios {
  @Override
  Target newTarget() throws Exception {
    return Targets.postgres();
  }
}
