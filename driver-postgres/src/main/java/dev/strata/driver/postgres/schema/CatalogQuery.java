package dev.strata.driver.postgres.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs one catalog query kept as a {@code .sql} resource beside this class, binding every parameter
 * to the same value (the array of inspected schema names, or null), and hands each row to a
 * callback. One call is one round trip.
 */
final class CatalogQuery {
  /** Receives one row of a catalog query. */
  @FunctionalInterface
  interface RowHandler {
    void row(ResultSet rs) throws SQLException;
  }

  private final Connection connection;

  CatalogQuery(Connection connection) {
    this.connection = connection;
  }

  /** Returns the connection the queries run on, for creating array parameters. */
  Connection connection() {
    return connection;
  }

  /** Runs resource {@code name} with every parameter bound to {@code param} (null allowed). */
  void each(String name, Array param, RowHandler handler) throws SQLException {
    String sql = load(name);
    // The queries use no '?' operator (jsonb), so every '?' is a parameter; counting them saves
    // the round trip of getParameterMetaData.
    int params = (int) sql.chars().filter(ch -> ch == '?').count();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 1; i <= params; i++) {
        if (param == null) {
          ps.setNull(i, java.sql.Types.ARRAY);
        } else {
          ps.setArray(i, param);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          handler.row(rs);
        }
      }
    }
  }

  /**
   * Returns the text of resource {@code name} (UTF-8) without its comment lines and trailing
   * semicolon.
   *
   * @throws IllegalStateException when the resource is missing (a packaging error)
   */
  static String load(String name) {
    try (InputStream in = CatalogQuery.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing SQL resource " + name);
      }
      StringBuilder b = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!line.stripLeading().startsWith("--")) {
          b.append(line).append('\n');
        }
      }
      String text = b.toString().strip();
      return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("reading SQL resource " + name, e);
    }
  }
}
