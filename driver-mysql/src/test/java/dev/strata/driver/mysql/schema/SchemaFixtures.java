package dev.strata.driver.mysql.schema;

import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.plan.PlannedStatement;
import dev.strata.sql.LexOptions;
import dev.strata.sql.Splitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** What the schema tests share: running scripts and plans, inspecting one schema. */
final class SchemaFixtures {
  private SchemaFixtures() {}

  /** Executes every statement of {@code script} (split as MySQL splits), one at a time. */
  static void execute(Connection c, String script) throws SQLException {
    for (dev.strata.sql.Statement s : Splitter.split(script, LexOptions.MYSQL)) {
      String sql = s.text().strip();
      if (sql.endsWith(";")) {
        sql = sql.substring(0, sql.length() - 1);
      }
      run(c, sql);
    }
  }

  /** Executes the plan's statements in order. */
  static void apply(Connection c, List<PlannedStatement> plan) throws SQLException {
    for (PlannedStatement p : plan) {
      run(c, p.sql());
    }
  }

  private static void run(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new SQLException(e.getMessage() + "\nstatement: " + sql, e.getSQLState(), e.getErrorCode(), e);
    }
  }

  /** Returns the connection's own schema as inspected (the connection is schema-scoped). */
  static Schema inspectOne(Connection c) throws SQLException {
    Realm r = new MysqlInspector().inspect(c, List.of());
    if (r.schemas().size() != 1) {
      throw new AssertionError("expected one schema, got " + r.schemas().size());
    }
    return r.schemas().get(0);
  }

  /** Returns {@code s} under the name {@code name}: two databases compare without their names. */
  static Schema renamed(Schema s, String name) {
    return new Schema(name, s.tables(), s.views(), s.sequences(), s.enums(), s.functions(), s.attrs());
  }

  /** Returns the schema name of a schema-scoped MySQL URL. */
  static String schemaOf(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
