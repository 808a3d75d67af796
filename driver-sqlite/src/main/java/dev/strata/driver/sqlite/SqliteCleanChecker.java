package dev.strata.driver.sqlite;

import dev.strata.spi.support.GoStrings;
import dev.strata.spi.support.SqlResources;

import dev.strata.spi.CleanChecker;
import dev.strata.spi.RevisionTableRef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Atlas's clean check for SQLite (atlas-compat.md §4.5): a single schema {@code main} with no
 * tables, or with the revisions table only.
 */
final class SqliteCleanChecker implements CleanChecker {
  private static final String SCHEMAS = SqlResources.load(SqliteCleanChecker.class, "clean-schemas.sql");
  private static final String TABLES = SqlResources.load(SqliteCleanChecker.class, "clean-tables.sql");

  @Override
  public Optional<String> dirtyReason(Connection connection, RevisionTableRef revisions)
      throws SQLException {
    Map<String, List<String>> schemas = new LinkedHashMap<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery(SCHEMAS)) {
        while (rs.next()) {
          schemas.put(rs.getString(1), new ArrayList<>());
        }
      }
      for (Map.Entry<String, List<String>> e : schemas.entrySet()) {
        String quoted = '"' + e.getKey().replace("\"", "\"\"") + '"';
        try (ResultSet rs = s.executeQuery(TABLES.replace("{schema}", quoted))) {
          while (rs.next()) {
            e.getValue().add(rs.getString(1));
          }
        }
      }
    }
    return reason(schemas, revisions);
  }

  /** Returns the reason the schemas make the database not clean, or empty. */
  static Optional<String> reason(Map<String, List<String>> schemas, RevisionTableRef revisions) {
    if (schemas.size() > 1) {
      return Optional.of("found multiple schemas: " + schemas.size());
    }
    if (schemas.isEmpty()) {
      return Optional.empty();
    }
    Map.Entry<String, List<String>> only = schemas.entrySet().iterator().next();
    List<String> tables = only.getValue();
    if (!only.getKey().equals("main")) {
      return Optional.of("found schema " + GoStrings.quote(only.getKey()));
    }
    if (tables.size() > 1) {
      return Optional.of("found multiple tables: " + tables.size());
    }
    if (tables.size() == 1 && (revisions == null || !tables.get(0).equals(revisions.table()))) {
      return Optional.of("found table " + GoStrings.quote(tables.get(0)));
    }
    return Optional.empty();
  }
}
