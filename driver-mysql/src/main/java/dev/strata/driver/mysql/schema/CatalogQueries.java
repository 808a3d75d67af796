package dev.strata.driver.mysql.schema;

import dev.strata.driver.mysql.Flavor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog queries kept as {@code .sql} resources beside this class, and the one way they run:
 * every {@code ?} of a query is the schema being inspected, so that each query reads exactly one
 * schema (MariaDB then opens only that schema's tables). A query with a MySQL-specific spelling
 * has a second resource named {@code <name>-mysql.sql}.
 */
final class CatalogQueries {
  private final Flavor flavor;

  CatalogQueries(Flavor flavor) {
    this.flavor = flavor;
  }

  /** Reads one result row; returns the row's value. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** Returns the rows of query {@code name} run for {@code schema}, in the query's order. */
  <T> List<T> run(Connection c, String name, String schema, RowReader<T> reader)
      throws SQLException {
    return runText(c, text(name), schema, reader);
  }

  /** Returns the rows of the SQL text {@code sql}, every parameter bound to {@code schema}. */
  static <T> List<T> runText(Connection c, String sql, String schema, RowReader<T> reader)
      throws SQLException {
    List<T> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      // The resources hold no '?' other than parameters (no string literal contains one);
      // counting them spares the server round trip of getParameterMetaData.
      long params = sql.chars().filter(ch -> ch == '?').count();
      for (int i = 1; i <= params; i++) {
        ps.setString(i, schema);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(reader.read(rs));
        }
      }
    }
    return rows;
  }

  /** Returns the text of query {@code name} for this flavour, without its header comment. */
  String text(String name) {
    if (flavor == Flavor.MYSQL) {
      String mysql = loadOrNull(name + "-mysql.sql");
      if (mysql != null) {
        return mysql;
      }
    }
    String text = loadOrNull(name + ".sql");
    if (text == null) {
      throw new IllegalStateException("missing SQL resource " + name + ".sql");
    }
    return text;
  }

  // The resource without its leading "--" comment lines and trailing semicolon; null if missing.
  private static String loadOrNull(String resource) {
    try (InputStream in = CatalogQueries.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      StringBuilder sb = new StringBuilder();
      boolean header = true;
      for (String line : text.split("\n", -1)) {
        if (header && line.startsWith("--")) {
          continue;
        }
        header = false;
        sb.append(line).append('\n');
      }
      String sql = sb.toString().strip();
      return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
    } catch (IOException e) {
      throw new UncheckedIOException("reading SQL resource " + resource, e);
    }
  }
}
