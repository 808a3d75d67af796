package dev.strata.cli.e2e;

/** migrate diff, schema inspect and schema clean on Sqlite. */
class SqliteDeclarativeTest extends DeclarativeScenarios {
  @Override
  Target newTarget() throws Exception {
    return Targets.sqlite();
  }
}
