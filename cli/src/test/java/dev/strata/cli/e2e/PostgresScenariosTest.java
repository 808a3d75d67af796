package dev.strata.cli.e2e;

import dev.strata.testkit.TestDatabases;

/** The migrate scenarios on PostgreSQL, in a fresh database scoped to its public schema. */
class PostgresScenariosTest extends MigrateScenarios {
  @Override
  Target newTarget() {
    TestDatabases dbs = new TestDatabases();
    String url = dbs.postgresDatabase() + "&search_path=public";
    return new Target() {
      @Override
      String url() {
        return url;
      }

      @Override
      String name() {
        return "postgres";
      }

      @Override
      boolean transactionalDdl() {
        return true;
      }

      @Override
      public void close() {
        dbs.close();
      }
    };
  }
}
