package dev.strata.spi;

import dev.strata.model.Realm;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a live database into the schema model, with a constant number of catalog queries per
 * schema (never a few per table).
 */
public interface Inspector {
  /**
   * Returns the realm: the given schemas, or when {@code schemas} is empty every schema in the
   * connection's scope (the URL's schema when schema-scoped; all user schemas of a realm-scoped
   * URL, without system schemas). Schemas that do not exist are left out. The revisions table is
   * included like any other table: callers exclude it.
   */
  Realm inspect(Connection c, List<String> schemas) throws SQLException;
}
