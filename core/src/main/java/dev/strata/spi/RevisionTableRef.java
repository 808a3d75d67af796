package dev.strata.spi;

/**
 * Where {@code atlas_schema_revisions} lives: a schema (null for SQLite's {@code main}) and the
 * fixed table name.
 */
public record RevisionTableRef(String schema, String table) {
  /** The table name Atlas uses; fixed. */
  public static final String TABLE = "atlas_schema_revisions";

  /** Returns a reference to the standard table in {@code schema} (null for none). */
  public static RevisionTableRef in(String schema) {
    return new RevisionTableRef(schema, TABLE);
  }
}
