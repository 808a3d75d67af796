package dev.strata.cli.e2e;

/** The schema-drift story on Mariadb. */
class MariadbDriftTest extends DriftScenarios {
  @Override
  Target newTarget() throws Exception {
    return Targets.mariadb();
  }
}
