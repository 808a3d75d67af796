package dev.strata.cli.e2e;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.testkit.QueryRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real database a scenario runs against, with the few queries the assertions need. Queries go
 * through Strata's own drivers, so the tests need no vendor code of their own.
 */
abstract class Target implements AutoCloseable {
  /** Returns the Strata URL of the database under test. */
  abstract String url();

  /** Returns the engine's name for display: sqlite, postgres, mariadb. */
  abstract String name();

  /** Returns the URL of an empty database of the same engine, to serve as dev database. */
  abstract String devUrl();

  /** Returns true when DDL rolls back with its transaction. */
  abstract boolean transactionalDdl();

  Connection connect() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(url());
    return d.connect();
  }

  void exec(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  long count(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  List<List<String>> rows(String sql) throws SQLException {
    try (Connection c = connect()) {
      return QueryRows.of(c, sql);
    }
  }

  /** Returns true when a table of that name exists in the database under test. */
  boolean tableExists(String table) throws SQLException {
    try {
      count("SELECT COUNT(*) FROM " + table);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }
}
