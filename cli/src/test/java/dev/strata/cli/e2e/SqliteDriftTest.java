package dev.strata.cli.e2e;

/** The schema-drift story on Sqlite. */
class SqliteDriftTest extends DriftScenarios {
  @Override
  Target newTarget() throws Exception {
    return Targets.sqlite();
  }
}
