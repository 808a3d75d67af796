package dev.strata.driver.postgres;

import dev.strata.spi.support.CleanTables;
import dev.strata.spi.support.GoStrings;
import dev.strata.spi.support.SqlResources;

import dev.strata.spi.CleanChecker;
import dev.strata.spi.RevisionTableRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Atlas's clean check for PostgreSQL (atlas-compat.md §4.5). With {@code search_path} only that
 * schema is looked at: it is clean when missing, empty, or holding only the revisions table.
 * Without it every user schema must be {@code public} without tables, or the revisions schema
 * holding only the revisions table.
 */
final class PostgresCleanChecker implements CleanChecker {
  private static final String QUERY = SqlResources.load(PostgresCleanChecker.class, "clean-tables.sql");
  private final String schema;

  /** {@code schema} is the URL's {@code search_path}, or null for a realm-scoped URL. */
  PostgresCleanChecker(String schema) {
    this.schema = schema;
  }

  @Override
  public Optional<String> dirtyReason(Connection connection, RevisionTableRef revisions)
      throws SQLException {
    Map<String, List<String>> tables = CleanTables.bySchema(connection, QUERY, schema);
    return schema != null
        ? schemaReason(schema, tables.getOrDefault(schema, List.of()), revisions)
        : realmReason(tables, revisions);
  }

  /** Returns the reason a schema-scoped database is not clean, or empty. */
  static Optional<String> schemaReason(
      String schema, List<String> tables, RevisionTableRef revisions) {
    if (tables.isEmpty()) {
      return Optional.empty();
    }
    String revSchema = revisions == null ? null : revisions.schema();
    String revTable = revisions == null ? "" : revisions.table();
    boolean sameSchema = revSchema == null || revSchema.isEmpty() || revSchema.equals(schema);
    if (sameSchema && tables.size() == 1 && tables.get(0).equals(revTable)) {
      return Optional.empty();
    }
    return Optional.of(
        "found table " + GoStrings.quote(tables.get(0)) + " in schema " + GoStrings.quote(schema));
  }

  /** Returns the reason a realm (every schema of the database) is not clean, or empty. */
  static Optional<String> realmReason(
      Map<String, List<String>> schemas, RevisionTableRef revisions) {
    String revSchema = revisions == null || revisions.schema() == null ? "" : revisions.schema();
    String revTable = revisions == null ? "" : revisions.table();
    for (Map.Entry<String, List<String>> e : schemas.entrySet()) {
      String name = e.getKey();
      List<String> tables = e.getValue();
      if (tables.isEmpty() && name.equals("public")) {
        continue;
      }
      if (tables.isEmpty() || !name.equals(revSchema)) {
        return Optional.of("found schema " + GoStrings.quote(name));
      }
      if (tables.size() > 1) {
        return Optional.of("found " + tables.size() + " tables in schema " + GoStrings.quote(name));
      }
      if (!tables.get(0).equals(revTable)) {
        return Optional.of(
            "found table "
                + GoStrings.quote(tables.get(0))
                + " in schema "
                + GoStrings.quote(name));
      }
    }
    return Optional.empty();
  }
}
