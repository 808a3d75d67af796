package dev.strata.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.StatusCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase (open-source edition) on the benchmark's SQL: a formatted-SQL changelog with one
 * changeset per migration file, run through its command API with default settings (one transaction
 * per changeset, checksums validated, its lock table). Analytics are switched off and its console
 * output goes to its (quiet) log, so neither network nor terminal is timed.
 */
final class LiquibaseRunner {
  // Held so that the level set here is not lost when the logger is garbage-collected.
  private static final Logger LOG = Logger.getLogger("liquibase");

  static {
    System.setProperty("liquibase.analytics.enabled", "false");
    System.setProperty("liquibase.showBanner", "false");
    LOG.setLevel(Level.WARNING);
  }

  private LiquibaseRunner() {}

  /** Applies every pending changeset. */
  static void update(BenchDatabase.Fresh db, Path changelogDir) throws Exception {
    run(db, changelogDir, UpdateCommandStep.COMMAND_NAME);
  }

  /** Returns what {@code liquibase status} prints. */
  static String status(BenchDatabase.Fresh db, Path changelogDir) throws Exception {
    return run(db, changelogDir, StatusCommandStep.COMMAND_NAME);
  }

  private static String run(BenchDatabase.Fresh db, Path changelogDir, String[] command)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Connection c = db.connect()) {
      Database database =
          DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
      Map<String, Object> scope =
          Map.of(
              Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(changelogDir),
              Scope.Attr.ui.name(), new LoggerUIService());
      Scope.child(
          scope,
          () ->
              new CommandScope(command)
                  .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                  .addArgumentValue(
                      UpdateCommandStep.CHANGELOG_FILE_ARG, Workload.LIQUIBASE_CHANGELOG)
                  .setOutput(out)
                  .execute());
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
