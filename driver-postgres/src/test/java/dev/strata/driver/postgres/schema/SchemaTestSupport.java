package dev.strata.driver.postgres.schema;

import dev.strata.model.Realm;
import dev.strata.plan.PlannedStatement;
import dev.strata.spi.DriverRegistry;
import dev.strata.sql.LexOptions;
import dev.strata.sql.Splitter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Connections, script execution and clean-up shared by the schema tests; real servers only. */
final class SchemaTestSupport {
  private SchemaTestSupport() {}

  /** Returns a connection to {@code url} opened by the Strata driver registered for it. */
  static Connection connect(String url) throws SQLException {
    return DriverRegistry.load().driverFor(url).connect();
  }

  /** Executes each statement of {@code script}, split as PostgreSQL files are split. */
  static void execute(Connection c, String script) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (dev.strata.sql.Statement st : Splitter.split(script, LexOptions.POSTGRES)) {
        try {
          s.execute(st.text());
        } catch (SQLException e) {
          throw new SQLException(
              "executing " + st.text() + ": " + e.getMessage(), e.getSQLState(), e);
        }
      }
    }
  }

  /** Executes the planned statements in order, naming the failing one in the error. */
  static void apply(Connection c, List<PlannedStatement> plan) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (PlannedStatement p : plan) {
        try {
          s.execute(p.sql());
        } catch (SQLException e) {
          throw new SQLException(
              "executing " + p.sql() + ": " + e.getMessage(), e.getSQLState(), e);
        }
      }
    }
  }

  /** Returns the realm of every user schema the connection sees. */
  static Realm inspect(Connection c) throws SQLException {
    return new PostgresInspector().inspect(c, List.of());
  }

  /**
   * Drops every user schema and recreates an empty {@code public}, so that a database can serve the
   * next case without the cost of CREATE/DROP DATABASE.
   */
  static void reset(Connection c) throws SQLException {
    List<String> schemas = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog',"
                    + " 'information_schema') AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT"
                    + " LIKE 'pg\\_temp\\_%'")) {
      while (rs.next()) {
        schemas.add(rs.getString(1));
      }
    }
    try (Statement s = c.createStatement()) {
      for (String name : schemas) {
        s.execute("DROP SCHEMA " + Identifiers.quote(name) + " CASCADE");
      }
      s.execute("CREATE SCHEMA public");
    }
  }

  /** Renders a plan as a migration file shows it, for failure messages. */
  static String show(List<PlannedStatement> plan) {
    StringBuilder b = new StringBuilder();
    for (PlannedStatement p : plan) {
      b.append("-- ").append(p.comment()).append('\n').append(p.sql()).append(";\n");
    }
    return b.toString();
  }
}
