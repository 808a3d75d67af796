package dev.strata.driver.sqlite.schema;

import dev.strata.model.Realm;
import dev.strata.model.change.SchemaChange;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import dev.strata.plan.Planner;
import dev.strata.spi.DriverRegistry;
import dev.strata.sql.LexOptions;
import dev.strata.sql.Splitter;
import dev.strata.sql.Statement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the schema tests do to real SQLite databases: open, run SQL text, inspect, apply plans. */
final class Databases {
  private static final DriverRegistry REGISTRY = DriverRegistry.load();

  private Databases() {}

  /** Returns a new connection to {@code url} through the SQLite driver. */
  static Connection open(String url) throws SQLException {
    return REGISTRY.driverFor(url).connect();
  }

  /** Runs every statement of {@code sql}, split as SQLite's splitter does. */
  static void run(Connection c, String sql) throws SQLException {
    for (Statement s : Splitter.split(sql, LexOptions.SQLITE)) {
      try (java.sql.Statement st = c.createStatement()) {
        st.execute(s.text());
      } catch (SQLException e) {
        throw new SQLException(e.getMessage() + " in: " + s.text(), e);
      }
    }
  }

  /** Returns the realm of schema main. */
  static Realm inspect(Connection c) throws SQLException {
    return new SqliteInspector().inspect(c, List.of());
  }

  /** Returns the plan of {@code changes} as Atlas formats it, for failure messages. */
  static String format(List<PlannedStatement> plan) {
    StringBuilder b = new StringBuilder();
    for (PlannedStatement s : plan) {
      if (!s.comment().isEmpty()) {
        b.append("-- ").append(s.comment()).append('\n');
      }
      b.append(s.sql()).append(";\n");
    }
    return b.toString();
  }

  /** Returns the statements that create {@code changes} with SQLite's writer, in planned order. */
  static List<PlannedStatement> plan(List<SchemaChange> changes) {
    return Planner.plan(changes, new SqlitePlanWriter(), PlanOptions.unqualified());
  }

  /**
   * Applies {@code plan} as an executor honouring the transactional flag does: consecutive
   * transactional statements in one transaction, the others alone outside any.
   */
  static void apply(Connection c, List<PlannedStatement> plan) throws SQLException {
    List<PlannedStatement> batch = new ArrayList<>();
    for (PlannedStatement s : plan) {
      if (s.transactional()) {
        batch.add(s);
        continue;
      }
      commit(c, batch);
      execute(c, s);
    }
    commit(c, batch);
  }

  private static void commit(Connection c, List<PlannedStatement> batch) throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    c.setAutoCommit(false);
    try {
      for (PlannedStatement s : batch) {
        execute(c, s);
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
      batch.clear();
    }
  }

  private static void execute(Connection c, PlannedStatement s) throws SQLException {
    try (java.sql.Statement st = c.createStatement()) {
      st.execute(s.sql());
    } catch (SQLException e) {
      throw new SQLException(e.getMessage() + " in: " + s.sql(), e);
    }
  }

  /** Returns the first column of the first row of {@code query} as text, or null. */
  static String value(Connection c, String query) throws SQLException {
    try (java.sql.Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** Returns the rows of {@code PRAGMA foreign_key_check}, one text per violation. */
  static List<String> foreignKeyViolations(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (java.sql.Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
      while (rs.next()) {
        out.add(rs.getString(1) + " row " + rs.getString(2) + " -> " + rs.getString(3));
      }
    }
    return out;
  }
}
