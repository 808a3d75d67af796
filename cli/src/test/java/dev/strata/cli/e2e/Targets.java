package dev.strata.cli.e2e;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh databases of each engine for the scenarios; closing one drops it. */
final class Targets {
  private Targets() {}

  /** A SQLite file in a temporary directory; dev databases are in-memory. */
  static Target sqlite() throws Exception {
    Path dir = Files.createTempDirectory("strata-sqlite");
    Path file = dir.resolve("test.db");
    return new Target() {
      @Override
      String url() {
        return "sqlite://" + file;
      }

      @Override
      String devUrl() {
        return "sqlite://dev" + Long.toHexString(System.nanoTime()) + "?mode=memory";
      }

      @Override
      String name() {
        return "sqlite";
      }

      @Override
      boolean transactionalDdl() {
        return true;
      }

      @Override
      public void close() throws Exception {
        try (var files = Files.list(dir)) {
          for (Path p : (Iterable<Path>) files::iterator) {
            Files.deleteIfExists(p);
          }
        }
        Files.deleteIfExists(dir);
      }
    };
  }

  /** A PostgreSQL database scoped to its public schema; dev databases likewise. */
  static Target postgres() {
    TestDatabases dbs = new TestDatabases();
    String url = dbs.postgresDatabase() + "&search_path=public";
    return new Target() {
      @Override
      String url() {
        return url;
      }

      @Override
      String devUrl() {
        return dbs.postgresDatabase() + "&search_path=public";
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

  /** A MariaDB database (schema-scoped URL); dev databases likewise. */
  static Target mariadb() {
    TestDatabases dbs = new TestDatabases();
    String url = dbs.mariadbDatabase();
    return new Target() {
      @Override
      String url() {
        return url;
      }

      @Override
      String devUrl() {
        return dbs.mariadbDatabase();
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
