package dev.strata.bench;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway (community edition) on the benchmark's SQL, through its Java API with default settings:
 * one transaction per file where the database allows, checksums validated on migrate.
 */
final class FlywayRunner {
  private FlywayRunner() {}

  private static Flyway flyway(BenchDatabase.Fresh db, Path dir) {
    return Flyway.configure()
        .dataSource(db.jdbcUrl(), db.user(), "")
        .locations("filesystem:" + dir.toAbsolutePath())
        .load();
  }

  /** Applies every pending file; returns how many ran. */
  static int migrate(BenchDatabase.Fresh db, Path dir) {
    MigrateResult r = flyway(db, dir).migrate();
    return r.migrationsExecuted;
  }

  /** Returns the number of pending migrations {@code flyway info} reports. */
  static int infoPending(BenchDatabase.Fresh db, Path dir) {
    return flyway(db, dir).info().pending().length;
  }
}
