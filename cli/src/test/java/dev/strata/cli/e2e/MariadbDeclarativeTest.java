package dev.strata.cli.e2e;

/** migrate diff, schema inspect and schema clean on Mariadb. */
class MariadbDeclarativeTest extends DeclarativeScenarios {
  @Override
  Target newTarget() throws Exception {
    return Targets.mariadb();
  }
}
