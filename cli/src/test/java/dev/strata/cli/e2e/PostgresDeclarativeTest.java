package dev.strata.cli.e2e;

/** migrate diff, schema inspect and schema clean on Postgres. */
class PostgresDeclarativeTest extends DeclarativeScenarios {
  @Override
  Target newTarget() throws Exception {
    return Targets.postgres();
  }
}
