package dev.strata.devdb;

import dev.strata.diff.Differ;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.exec.StatementReader;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.change.SchemaChange;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import dev.strata.plan.Planner;
import dev.strata.spi.Driver;
import dev.strata.sql.Splitter;
import dev.strata.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An empty database used to compute states: migration files or SQL schema files are executed on
 * it, the result is inspected, and everything they created is dropped again (atlas-compat.md
 * §7.3). Any empty database serves; SQLite can use {@code sqlite://dev?mode=memory}.
 */
public final class DevDatabase implements AutoCloseable {
  private final Driver driver;
  private final Connection connection;
  private final Set<String> initialSchemas = new HashSet<>();
  private boolean dirty;

  private DevDatabase(Driver driver, Connection connection) {
    this.driver = driver;
    this.connection = connection;
  }

  /**
   * Returns the dev database behind {@code driver}, connected and checked to be clean.
   *
   * @throws StrataException when it cannot be reached or is not empty
   */
  public static DevDatabase open(Driver driver) {
    Connection c;
    try {
      c = driver.connect();
    } catch (SQLException e) {
      throw new StrataException(
          ErrorCode.CONNECTION, "connecting to the dev database: " + driver.url().mask(e.getMessage()), e);
    }
    DevDatabase dev = new DevDatabase(driver, c);
    try {
      var reason = driver.cleanChecker().dirtyReason(c, null);
      if (reason.isPresent()) {
        throw new StrataException(
            ErrorCode.NOT_CLEAN,
            "dev database is not clean ("
                + reason.get()
                + "): pass the URL of an empty database with --dev-url; it is cleaned after use");
      }
      for (Schema s : driver.inspector().inspect(c, scope(driver)).schemas()) {
        dev.initialSchemas.add(s.name());
      }
      return dev;
    } catch (SQLException e) {
      dev.close();
      throw new StrataException(ErrorCode.CONNECTION, driver.url().mask(e.getMessage()), e);
    } catch (RuntimeException e) {
      dev.close();
      throw e;
    }
  }

  /** Returns the driver of the dev database. */
  public Driver driver() {
    return driver;
  }

  /**
   * Returns the state the migration files produce, executed in order on the dev database; the
   * dev database is restored afterwards.
   */
  public Realm replayFiles(List<MigrationFile> files, StatementReader reader) {
    try {
      for (MigrationFile f : files) {
        run(f.name(), reader.statements(f));
      }
      return inspectAndRestore();
    } catch (RuntimeException e) {
      restoreQuietly();
      throw e;
    }
  }

  /** A SQL source: a name for messages and its text. */
  public record SqlSource(String name, String text) {}

  /** Returns the state the SQL schema files produce; the dev database is restored afterwards. */
  public Realm replaySql(List<SqlSource> sources) {
    try {
      for (SqlSource s : sources) {
        List<Statement> statements;
        try {
          statements = Splitter.split(s.text(), driver.dialect().lexOptions());
        } catch (StrataException e) {
          throw new StrataException(ErrorCode.SCAN, s.name() + ": " + e.getMessage(), e);
        }
        run(s.name(), statements);
      }
      return inspectAndRestore();
    } catch (RuntimeException e) {
      restoreQuietly();
      throw e;
    }
  }

  private void run(String source, List<Statement> statements) {
    for (Statement s : statements) {
      dirty = true;
      try (java.sql.Statement st = connection.createStatement()) {
        st.execute(s.text());
      } catch (SQLException e) {
        throw new StrataException(
            ErrorCode.STATEMENT_FAILED,
            "read state from \""
                + source
                + "\": executing statement at line "
                + s.line()
                + ": \""
                + s.text()
                + "\": "
                + driver.dialect().describe(e),
            e);
      }
    }
  }

  private Realm inspectAndRestore() {
    try {
      Realm state = driver.inspector().inspect(connection, scope(driver));
      restore(state);
      return state;
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION, driver.url().mask(e.getMessage()), e);
    }
  }

  /** Drops everything the replay created, through the dialect's own plan. */
  private void restore(Realm state) throws SQLException {
    List<Schema> empty = new ArrayList<>();
    for (Schema s : state.schemas()) {
      if (initialSchemas.contains(s.name())) {
        empty.add(Schema.empty(s.name()).withTables(List.of()));
      }
    }
    List<SchemaChange> changes = Differ.diff(state, new Realm(keepAttrs(state, empty)), driver.diffHooks());
    for (PlannedStatement p : Planner.plan(changes, driver.planWriter(), PlanOptions.qualified())) {
      try (java.sql.Statement st = connection.createStatement()) {
        st.execute(p.sql());
      }
    }
    dirty = false;
  }

  // Restoring never changes the schemas' own attributes: keep them as they are.
  private static List<Schema> keepAttrs(Realm state, List<Schema> empty) {
    List<Schema> out = new ArrayList<>();
    for (Schema e : empty) {
      Schema s = state.schema(e.name()).orElse(e);
      out.add(new Schema(s.name(), List.of(), List.of(), List.of(), List.of(), List.of(), s.attrs()));
    }
    return out;
  }

  private void restoreQuietly() {
    try {
      restore(driver.inspector().inspect(connection, scope(driver)));
    } catch (SQLException | RuntimeException ignored) {
      // The original error matters more; the next clean check reports what is left.
    }
  }

  private static List<String> scope(Driver d) {
    return d.url().schema().map(List::of).orElse(List.of());
  }

  @Override
  public void close() {
    if (dirty) {
      restoreQuietly();
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Closing a dev connection that already failed: nothing left to do.
    }
  }
}
