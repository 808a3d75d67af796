package dev.strata.driver.sqlite;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.history.Revision;
import dev.strata.spi.RevisionDialect;
import dev.strata.spi.RevisionTableRef;
import dev.strata.spi.RevisionTableState;
import dev.strata.spi.support.GoStrings;
import dev.strata.spi.support.RevisionRows;
import dev.strata.spi.support.RevisionRows.Column;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code atlas_schema_revisions} on SQLite, in schema {@code main} only, with the column types Ent
 * gives it for Atlas (text, integer, datetime, json). Every write is one upsert statement.
 */
final class SqliteRevisionDialect implements RevisionDialect {
  // Types, defaults and the fills for old rows on ADD COLUMN.
  private static final RevisionRows ROWS =
      new RevisionRows(
          List.of(
              new Column("version", "text", true, null, "''"),
              new Column("description", "text", true, null, "''"),
              new Column("type", "integer", true, "2", null),
              new Column("applied", "integer", true, "0", null),
              new Column("total", "integer", true, "0", null),
              new Column("executed_at", "datetime", true, null, "'1970-01-01 00:00:00+00:00'"),
              new Column("execution_time", "integer", true, null, "0"),
              new Column("error", "text", false, null, null),
              new Column("error_stmt", "text", false, null, null),
              new Column("hash", "text", true, null, "''"),
              new Column("partial_hashes", "json", false, null, null),
              new Column("operator_version", "text", true, null, "''")),
          SqliteRevisionDialect::quote,
          SqliteRevisionDialect::readExecutedAt,
          (ps, index, at) -> ps.setString(index, SqliteTimestamps.format(at)),
          "sql/migrate: reading revision ");

  private final Map<String, String> upserts = new ConcurrentHashMap<>();

  /** A connection and a table name; connections compare by identity. */
  private record UpsertKey(Connection connection, String table) {}

  // xerial compiles on every prepareStatement (sqlite3_prepare_v2 costs about twice the upsert
  // itself), so the upsert stays prepared per connection. Entries of closed connections are
  // dropped on the next write; the statement is reset after each write (see write), so it holds
  // nothing open, and SQLite re-prepares it after a schema change.
  private final Map<UpsertKey, PreparedStatement> prepared = new HashMap<>();

  /** Returns the table name after checking that {@code ref} names schema main (or none). */
  private static String table(RevisionTableRef ref) {
    String schema = ref.schema();
    if (schema != null && !schema.isEmpty() && !schema.equals("main")) {
      throw new StrataException(
          ErrorCode.USAGE,
          "cannot store revisions-table in a separate schema ("
              + GoStrings.quote(schema)
              + ") with SQLite driver");
    }
    return quote(ref.table());
  }

  @Override
  public boolean schemaExists(Connection c, String schema) throws SQLException {
    if (schema == null || schema.isEmpty() || schema.equals("main")) {
      return true;
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM pragma_database_list WHERE name = ?")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public RevisionTableState tableState(Connection c, RevisionTableRef ref) throws SQLException {
    table(ref);
    return RevisionTableState.of(existingColumns(c, ref), RevisionRows.COLUMNS);
  }


  private static List<String> existingColumns(Connection c, RevisionTableRef ref)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
      ps.setString(1, ref.table());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  @Override
  public void ensureTable(Connection c, RevisionTableRef ref) throws SQLException {
    String table = table(ref);
    List<String> existing = existingColumns(c, ref);
    try (Statement s = c.createStatement()) {
      if (existing.isEmpty()) {
        s.execute(ROWS.createTable(table, ""));
        return;
      }
      Set<String> have = new HashSet<>(existing);
      for (Column col : ROWS.columns()) {
        if (!have.contains(col.name())) {
          // SQLite adds one column per statement, and a NOT NULL one only with a default.
          String fill = col.notNull() && col.defaultValue() == null ? " DEFAULT " + col.fill() : "";
          s.execute("ALTER TABLE " + table + " ADD COLUMN " + ROWS.definition(col) + fill);
        }
      }
    }
  }

  @Override
  public List<Revision> readAll(Connection c, RevisionTableRef ref) throws SQLException {
    return ROWS.readAll(c, table(ref), null);
  }

  private static Instant readExecutedAt(ResultSet rs, int column, String version)
      throws SQLException {
    String at = rs.getString(column);
    try {
      return at == null ? null : SqliteTimestamps.parse(at);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      // Unknown layouts, and dates that do not exist (2024-02-30): both name the revision.
      throw new SQLDataException(
          "sql/migrate: reading revision " + version + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void write(Connection c, RevisionTableRef ref, Revision r) throws SQLException {
    RevisionRows.checkWritable(r.version());
    String table = table(ref);
    PreparedStatement ps = upsertStatement(c, table);
    try {
      synchronized (ps) {
        ROWS.bind(ps, r);
        // A batch of one: xerial resets the statement after a batch but not after
        // executeUpdate, and a kept statement left un-reset makes VACUUM fail with "SQL
        // statements in progress".
        ps.addBatch();
        ps.executeBatch();
      }
    } catch (SQLException e) {
      evict(c, table); // prepare afresh next time rather than reuse a statement in doubt
      throw e;
    }
  }

  private void evict(Connection c, String table) {
    PreparedStatement ps;
    synchronized (prepared) {
      ps = prepared.remove(new UpsertKey(c, table));
    }
    if (ps != null) {
      try {
        ps.close();
      } catch (SQLException ignored) {
        // The statement is dropped anyway.
      }
    }
  }

  private PreparedStatement upsertStatement(Connection c, String table) throws SQLException {
    synchronized (prepared) {
      prepared.keySet().removeIf(k -> isClosed(k.connection()));
      UpsertKey key = new UpsertKey(c, table);
      PreparedStatement ps = prepared.get(key);
      if (ps == null || ps.isClosed()) {
        ps = c.prepareStatement(upserts.computeIfAbsent(table, SqliteRevisionDialect::upsert));
        prepared.put(key, ps);
      }
      return ps;
    }
  }

  private static boolean isClosed(Connection c) {
    try {
      return c.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  private static String upsert(String table) {
    return ROWS.upsert(
        table,
        col -> "?",
        " ON CONFLICT (`version`) DO UPDATE SET ",
        name -> name + " = excluded." + name);
  }

  @Override
  public void delete(Connection c, RevisionTableRef ref, String version) throws SQLException {
    // The identifier is refused before table(ref) can refuse another schema.
    RevisionRows.checkDeletable(version);
    ROWS.delete(c, table(ref), version);
  }

  private static String quote(String name) {
    return '`' + name.replace("`", "``") + '`';
  }
}
