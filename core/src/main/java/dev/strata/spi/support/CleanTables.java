package dev.strata.spi.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the schemas and tables a clean check looks at, for drivers whose catalog has schemas. */
public final class CleanTables {
  private CleanTables() {}

  /**
   * Returns each schema's tables in the order {@code query} lists them; a schema without tables maps
   * to an empty list, and the map is empty when the query finds no schema. {@code query} returns
   * (schema, table) rows, one with a NULL table for an empty schema, and takes {@code schema} (null
   * for every schema) as both of its parameters.
   */
  public static Map<String, List<String>> bySchema(Connection c, String query, String schema)
      throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(query)) {
      ps.setString(1, schema);
      ps.setString(2, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> list = tables.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
          String table = rs.getString(2);
          if (table != null) {
            list.add(table);
          }
        }
      }
    }
    return tables;
  }
}
