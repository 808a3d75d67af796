package dev.strata.cli.e2e;

import dev.strata.testkit.TestDatabases;

/** The migrate scenarios on MariaDB, in a fresh database (schema-scoped URL). */
class MariadbScenariosTest extends MigrateScenarios {
  @Override
  Target newTarget() {
    TestDatabases dbs = new TestDatabases();
    String url = dbs.mariadbDatabase();
    return new Target() {
      @Override
      String url() {
        return url;
      }

      @Override
      String name() {
        return "mariadb";
      }

      @Override
      boolean transactionalDdl() {
        return false;
      }

      @Override
      public void close() {
        dbs.close();
      }
    };
  }
}
