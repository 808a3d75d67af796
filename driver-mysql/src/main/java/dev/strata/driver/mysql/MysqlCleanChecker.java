package dev.strata.driver.mysql;

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
 * Atlas's clean check for MySQL and MariaDB (atlas-compat.md §4.5). A schema-scoped URL looks at
 * its schema only: clean when missing, empty, or holding only the revisions table. A realm URL
 * looks at every user schema of the server.
 */
final class MysqlCleanChecker implements CleanChecker {
  private static final String QUERY = SqlResources.load(MysqlCleanChecker.class, "clean-tables.sql");
  private final String schema;

  /** {@code schema} is the URL's schema, or null for a realm-scoped URL. */
  MysqlCleanChecker(String schema) {
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

  /** Returns the reason a realm (every schema of the server) is not clean, or empty. */
  static Optional<String> realmReason(
      Map<String, List<String>> schemas, RevisionTableRef revisions) {
    String revSchema = revisions == null || revisions.schema() == null ? "" : revisions.schema();
    String revTable = revisions == null ? "" : revisions.table();
    if (schemas.size() > 1) {
      return Optional.of("found multiple schemas: " + schemas.size());
    }
    if (schemas.isEmpty()) {
      return Optional.empty();
    }
    Map.Entry<String, List<String>> only = schemas.entrySet().iterator().next();
    List<String> tables = only.getValue();
    if (!only.getKey().equals(revSchema)) {
      return Optional.of("found schema " + GoStrings.quote(only.getKey()));
    }
    if (tables.size() > 1) {
      return Optional.of("found multiple tables: " + tables.size());
    }
    if (tables.size() == 1 && !tables.get(0).equals(revTable)) {
      return Optional.of("found table " + GoStrings.quote(tables.get(0)));
    }
    return Optional.empty();
  }
}
