package dev.strata.cli.robust;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.testkit.QueryRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A real database under test and the queries the assertions need. Queries go through Strata's own
 * drivers ({@link DriverRegistry}), so the tests need no vendor code of their own.
 */
final class Db {
  static final String REVISIONS = "atlas_schema_revisions";

  private final Engine engine;
  private final String url;

  Db(Engine engine, String url) {
    this.engine = engine;
    this.url = url;
  }

  Engine engine() {
    return engine;
  }

  /** Returns the Strata URL of the database. */
  String url() {
    return url;
  }

  Connection connect() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(url);
    return d.connect();
  }

  void exec(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  long count(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  List<List<String>> rows(String sql) throws SQLException {
    try (Connection c = connect()) {
      return rows(c, sql);
    }
  }

  static List<List<String>> rows(Connection c, String sql) throws SQLException {
    return QueryRows.of(c, sql);
  }

  /** Returns true when a table of that name exists. */
  boolean tableExists(String table) throws SQLException {
    return tables().contains(table);
  }

  /** Returns the user tables, the revisions table excluded, sorted by name. */
  List<String> tables() throws SQLException {
    List<String> out = new ArrayList<>();
    for (List<String> r : rows(engine.tablesQuery())) {
      out.add(r.get(0));
    }
    return out;
  }

  boolean hasRevisionsTable() {
    try {
      count("SELECT COUNT(*) FROM " + REVISIONS);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Returns the revision rows without their times: version, description, type, applied, total,
   * error, error_stmt, hash, partial_hashes; empty when the table does not exist yet.
   */
  List<List<String>> revisions() throws SQLException {
    if (!hasRevisionsTable()) {
      return List.of();
    }
    return rows(
        "SELECT version, description, type, applied, total, error, error_stmt, hash, partial_hashes"
            + " FROM " + REVISIONS + " ORDER BY version");
  }

  /**
   * Returns everything a migration can change, as text lines to compare: the user tables' columns
   * and indexes, every row of every user table (sorted), and the revision rows without times.
   */
  List<String> snapshot() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = connect()) {
      for (List<String> r : rows(c, engine.columnsQuery())) {
        out.add("schema " + r);
      }
      if (engine.indexesQuery() != null) {
        for (List<String> r : rows(c, engine.indexesQuery())) {
          out.add("index " + r);
        }
      }
      List<String> tables = new ArrayList<>();
      for (List<String> r : rows(c, engine.tablesQuery())) {
        tables.add(r.get(0));
      }
      for (String t : tables) {
        List<String> lines = new ArrayList<>();
        for (List<String> r : rows(c, "SELECT * FROM " + t)) {
          lines.add("row " + t + " " + r);
        }
        lines.sort(null);
        out.addAll(lines);
      }
    }
    for (List<String> r : revisions()) {
      out.add("revision " + r);
    }
    return out;
  }
}
