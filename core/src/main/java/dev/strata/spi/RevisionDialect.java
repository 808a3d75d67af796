package dev.strata.spi;

import dev.strata.migrate.history.Revision;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Creates, reads and writes {@code atlas_schema_revisions} in Atlas's exact layout
 * (atlas-compat.md §3.2) so that Atlas and Strata can take over from each other.
 */
public interface RevisionDialect {
  /** Returns true when schema {@code schema} exists (always true for SQLite's main). */
  boolean schemaExists(Connection c, String schema) throws SQLException;

  /** Returns true when the revisions table exists at {@code ref}. */
  default boolean tableExists(Connection c, RevisionTableRef ref) throws SQLException {
    return tableState(c, ref) != RevisionTableState.MISSING;
  }

  /** Returns whether the table at {@code ref} is missing, outdated or current: one query. */
  RevisionTableState tableState(Connection c, RevisionTableRef ref) throws SQLException;

  /**
   * Creates the schema (when missing and not null) and the table, or adds the columns an older
   * table lacks. Additive only: never drops or changes a column.
   */
  void ensureTable(Connection c, RevisionTableRef ref) throws SQLException;

  /**
   * Returns every revision except {@code .atlas_cloud_identifier}, ordered by version (string
   * order); empty when there are none.
   */
  List<Revision> readAll(Connection c, RevisionTableRef ref) throws SQLException;

  /**
   * Inserts or updates {@code revision} keyed by version; an update keeps {@code description} and
   * {@code executed_at} as stored (Atlas's upsert rule).
   */
  void write(Connection c, RevisionTableRef ref, Revision revision) throws SQLException;

  /** Deletes the revision with {@code version}; no error when it does not exist. */
  void delete(Connection c, RevisionTableRef ref, String version) throws SQLException;
}
