package dev.strata.driver.sqlite;

import dev.strata.spi.support.JsonArrays;
import dev.strata.spi.support.GoStrings;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.history.Revision;
import dev.strata.spi.RevisionDialect;
import dev.strata.spi.RevisionTableRef;
import dev.strata.spi.RevisionTableState;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code atlas_schema_revisions} on SQLite, in schema {@code main} only, with the column types Ent
 * gives it for Atlas (text, integer, datetime, json). Every write is one upsert statement.
 */
final class SqliteRevisionDialect implements RevisionDialect {
  /** The version of Atlas's cloud identifier row, hidden from reads and refused for writes. */
  static final String CLOUD_IDENTIFIER = ".atlas_cloud_identifier";

  /** A column: type, NOT NULL, default, and the value that fills old rows on ADD COLUMN. */
  private record Column(
      String name, String type, boolean notNull, String defaultValue, String fill) {}

  private static final List<Column> COLUMNS =
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
          new Column("operator_version", "text", true, null, "''"));

  private static final List<String> COLUMN_NAMES = COLUMNS.stream().map(Column::name).toList();

  // Immutable after the first insert (Ent's Immutable fields): never in the UPDATE part.
  private static final Set<String> KEPT_ON_UPDATE = Set.of("version", "description", "executed_at");

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
    return RevisionTableState.of(existingColumns(c, ref), COLUMN_NAMES);
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
        StringJoiner cols =
            new StringJoiner(", ", "CREATE TABLE IF NOT EXISTS " + table + " (", ")");
        COLUMNS.forEach(col -> cols.add(definition(col)));
        cols.add("PRIMARY KEY (`version`)");
        s.execute(cols.toString());
        return;
      }
      Set<String> have = new HashSet<>(existing);
      for (Column col : COLUMNS) {
        if (!have.contains(col.name())) {
          // SQLite adds one column per statement, and a NOT NULL one only with a default.
          String fill = col.notNull() && col.defaultValue() == null ? " DEFAULT " + col.fill() : "";
          s.execute("ALTER TABLE " + table + " ADD COLUMN " + definition(col) + fill);
        }
      }
    }
  }

  private static String definition(Column col) {
    return quote(col.name())
        + " "
        + col.type()
        + (col.notNull() ? " NOT NULL" : " NULL")
        + (col.defaultValue() == null ? "" : " DEFAULT " + col.defaultValue());
  }

  @Override
  public List<Revision> readAll(Connection c, RevisionTableRef ref) throws SQLException {
    StringJoiner cols = new StringJoiner(", ", "SELECT ", "");
    COLUMNS.forEach(col -> cols.add(quote(col.name())));
    String sql =
        cols
            + " FROM "
            + table(ref)
            + " WHERE `version` <> '"
            + CLOUD_IDENTIFIER
            + "' ORDER BY `version`";
    List<Revision> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(revision(rs));
      }
    }
    // SQLite's BINARY collation compares UTF-8 bytes as Go does; the sort only guards odd data.
    out.sort(Comparator.comparing(Revision::version, SqliteRevisionDialect::compareUtf8));
    return out;
  }

  private static Revision revision(ResultSet rs) throws SQLException {
    String version = rs.getString(1);
    List<String> partial;
    Instant executedAt;
    try {
      partial = JsonArrays.decode(rs.getString(11));
      String at = rs.getString(6);
      executedAt = at == null ? null : SqliteTimestamps.parse(at);
    } catch (IllegalArgumentException e) {
      throw new SQLDataException(
          "sql/migrate: reading revision " + version + ": " + e.getMessage(), e);
    }
    return new Revision(
        version,
        rs.getString(2),
        (int) rs.getLong(3),
        rs.getLong(4),
        rs.getLong(5),
        executedAt,
        rs.getLong(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        partial,
        rs.getString(12));
  }

  static int compareUtf8(String a, String b) {
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void write(Connection c, RevisionTableRef ref, Revision r) throws SQLException {
    if (CLOUD_IDENTIFIER.equals(r.version())) {
      throw new StrataException(
          ErrorCode.REVISIONS, "writing the revision-table identifier is not allowed");
    }
    String table = table(ref);
    PreparedStatement ps = upsertStatement(c, table);
    try {
      synchronized (ps) {
        ps.setString(1, r.version());
        ps.setString(2, orEmpty(r.description()));
        ps.setLong(3, Integer.toUnsignedLong(r.type()));
        ps.setLong(4, r.applied());
        ps.setLong(5, r.total());
        ps.setString(
            6, SqliteTimestamps.format(r.executedAt() == null ? Instant.now() : r.executedAt()));
        ps.setLong(7, r.executionTimeNanos());
        ps.setString(8, r.error());
        ps.setString(9, r.errorStmt());
        ps.setString(10, orEmpty(r.hash()));
        ps.setString(11, JsonArrays.encode(r.partialHashes()));
        ps.setString(12, orEmpty(r.operatorVersion()));
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
    StringJoiner names = new StringJoiner(", ", "(", ")");
    StringJoiner values = new StringJoiner(", ", "(", ")");
    StringJoiner updates = new StringJoiner(", ");
    for (Column col : COLUMNS) {
      names.add(quote(col.name()));
      values.add("?");
      if (!KEPT_ON_UPDATE.contains(col.name())) {
        updates.add(quote(col.name()) + " = excluded." + quote(col.name()));
      }
    }
    return "INSERT INTO "
        + table
        + " "
        + names
        + " VALUES "
        + values
        + " ON CONFLICT (`version`) DO UPDATE SET "
        + updates;
  }

  @Override
  public void delete(Connection c, RevisionTableRef ref, String version) throws SQLException {
    if (CLOUD_IDENTIFIER.equals(version)) {
      throw new StrataException(
          ErrorCode.REVISIONS, "deleting the revision-table identifier is not allowed");
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM " + table(ref) + " WHERE `version` = ?")) {
      ps.setString(1, version);
      ps.executeUpdate();
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String quote(String name) {
    return '`' + name.replace("`", "``") + '`';
  }
}
