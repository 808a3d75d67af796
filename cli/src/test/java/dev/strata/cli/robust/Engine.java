package dev.strata.cli.robust;

import dev.strata.testkit.TestDatabases;

/** The three engines the failure paths run on, with the SQL that differs between them. */
enum Engine {
  SQLITE,
  POSTGRES,
  MARIADB;

  /** Creates a fresh database through {@code dbs} (dropped with it) and returns it. */
  Db create(TestDatabases dbs) {
    switch (this) {
      case SQLITE:
        return new Db(this, dbs.sqliteFile());
      case POSTGRES:
        return new Db(this, dbs.postgresDatabase() + "&search_path=public");
      default:
        return new Db(this, dbs.mariadbDatabase());
    }
  }

  /** Returns true when DDL rolls back with its transaction. */
  boolean transactionalDdl() {
    return this != MARIADB;
  }

  /**
   * Returns a statement that runs for roughly {@code seconds} seconds and changes nothing. SQLite
   * has no sleep function: a recursive CTE counts long enough.
   */
  String slowSelect(int seconds) {
    switch (this) {
      case POSTGRES:
        return "SELECT pg_sleep(" + seconds + ");";
      case MARIADB:
        return "SELECT SLEEP(" + seconds + ");";
      default:
        return "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < "
            + (SQLITE_ROWS_PER_SECOND * seconds)
            + ") SELECT count(*) FROM c;";
    }
  }

  /** Rows per second SQLite's recursive CTE counts on the build machines, roughly. */
  static final long SQLITE_ROWS_PER_SECOND = 4_000_000L;

  /** Returns the query listing the user tables' columns, in order. */
  String columnsQuery() {
    switch (this) {
      case SQLITE:
        return "SELECT type, name, tbl_name, sql FROM sqlite_master"
            + " WHERE name NOT LIKE 'sqlite_%' AND tbl_name <> 'atlas_schema_revisions'"
            + " ORDER BY type, name";
      case POSTGRES:
        return "SELECT table_name, column_name, data_type, is_nullable, ordinal_position"
            + " FROM information_schema.columns WHERE table_schema = current_schema()"
            + " AND table_name <> 'atlas_schema_revisions' ORDER BY table_name, ordinal_position";
      default:
        return "SELECT table_name, column_name, column_type, is_nullable, ordinal_position"
            + " FROM information_schema.columns WHERE table_schema = DATABASE()"
            + " AND table_name <> 'atlas_schema_revisions' ORDER BY table_name, ordinal_position";
    }
  }

  /** Returns the query listing the user tables' indexes, or null when columnsQuery has them. */
  String indexesQuery() {
    switch (this) {
      case SQLITE:
        return null;
      case POSTGRES:
        return "SELECT tablename, indexname, indexdef FROM pg_indexes"
            + " WHERE schemaname = current_schema() AND tablename <> 'atlas_schema_revisions'"
            + " ORDER BY tablename, indexname";
      default:
        return "SELECT table_name, index_name, seq_in_index, column_name, non_unique"
            + " FROM information_schema.statistics WHERE table_schema = DATABASE()"
            + " AND table_name <> 'atlas_schema_revisions' ORDER BY 1, 2, 3";
    }
  }

  /** Returns the query listing the user tables, revisions table excluded. */
  String tablesQuery() {
    switch (this) {
      case SQLITE:
        return "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            + " AND name <> 'atlas_schema_revisions' ORDER BY name";
      case POSTGRES:
        return "SELECT table_name FROM information_schema.tables WHERE table_schema ="
            + " current_schema() AND table_type = 'BASE TABLE'"
            + " AND table_name <> 'atlas_schema_revisions' ORDER BY table_name";
      default:
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
            + " AND table_type = 'BASE TABLE' AND table_name <> 'atlas_schema_revisions'"
            + " ORDER BY table_name";
    }
  }
}
