package dev.strata.cli.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** The migrate scenarios on SQLite, one database file per test. */
class SqliteScenariosTest extends MigrateScenarios {
  @Override
  Target newTarget() throws Exception {
    Path dir = Files.createTempDirectory("strata-sqlite");
    Path file = dir.resolve("test.db");
    return new Target() {
      @Override
      String url() {
        return "sqlite://" + file;
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
}
