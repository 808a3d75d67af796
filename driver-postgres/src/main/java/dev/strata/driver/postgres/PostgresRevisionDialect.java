package dev.strata.driver.postgres;

import dev.strata.spi.support.JsonArrays;
import dev.strata.spi.support.SqlResources;

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
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code atlas_schema_revisions} on PostgreSQL, with the column types Ent gives it for Atlas
 * (character varying, bigint, timestamptz, text, jsonb). Every write is one upsert statement, so
 * one round trip; pgjdbc caches the server-side prepared statement per connection by SQL text.
 */
final class PostgresRevisionDialect implements RevisionDialect {
  /** The version of Atlas's cloud identifier row, hidden from reads and refused for writes. */
  static final String CLOUD_IDENTIFIER = ".atlas_cloud_identifier";

  private static final String COLUMNS_QUERY = SqlResources.load(PostgresRevisionDialect.class, "revision-columns.sql");

  /** A column of the table: type, NOT NULL, default, and the value that fills old rows on ADD. */
  private record Column(
      String name, String type, boolean notNull, String defaultValue, String fill) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("version", "character varying", true, null, "''"),
          new Column("description", "character varying", true, null, "''"),
          new Column("type", "bigint", true, "2", null),
          new Column("applied", "bigint", true, "0", null),
          new Column("total", "bigint", true, "0", null),
          new Column("executed_at", "timestamptz", true, null, "CURRENT_TIMESTAMP"),
          new Column("execution_time", "bigint", true, null, "0"),
          new Column("error", "text", false, null, null),
          new Column("error_stmt", "text", false, null, null),
          new Column("hash", "character varying", true, null, "''"),
          new Column("partial_hashes", "jsonb", false, null, null),
          new Column("operator_version", "character varying", true, null, "''"));

  private static final List<String> COLUMN_NAMES = COLUMNS.stream().map(Column::name).toList();

  // Immutable after the first insert (Ent's Immutable fields): never in the UPDATE part.
  private static final Set<String> KEPT_ON_UPDATE = Set.of("version", "description", "executed_at");

  private final Map<RevisionTableRef, String> upserts = new ConcurrentHashMap<>();

  @Override
  public boolean schemaExists(Connection c, String schema) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public RevisionTableState tableState(Connection c, RevisionTableRef ref) throws SQLException {
    return RevisionTableState.of(existingColumns(c, ref), COLUMN_NAMES);
  }


  // Returns null when the schema is missing, an empty list when the table is, else the columns.
  private static List<String> existingColumns(Connection c, RevisionTableRef ref)
      throws SQLException {
    List<String> rows = columns(c, ref);
    if (rows.isEmpty()) {
      return null;
    }
    rows.removeIf(Objects::isNull);
    return rows;
  }

  private static List<String> columns(Connection c, RevisionTableRef ref) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(COLUMNS_QUERY)) {
      ps.setString(1, ref.table());
      ps.setString(2, ref.schema());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
    }
    return rows;
  }

  @Override
  public void ensureTable(Connection c, RevisionTableRef ref) throws SQLException {
    List<String> existing = existingColumns(c, ref);
    StringJoiner ddl = new StringJoiner(";\n");
    if (existing == null && ref.schema() != null) {
      ddl.add("CREATE SCHEMA IF NOT EXISTS " + quote(ref.schema()));
    }
    if (existing == null || existing.isEmpty()) {
      ddl.add(createTable(ref));
    } else {
      // A NOT NULL column without a default of its own is added with a filling default (old rows
      // need a value) that a second statement drops, so the column ends up as Atlas's. PostgreSQL
      // runs DROP DEFAULT before ADD COLUMN within one ALTER TABLE, hence two statements.
      Set<String> have = new HashSet<>(existing);
      StringJoiner add = new StringJoiner(", ", "ALTER TABLE " + table(ref) + " ", "");
      StringJoiner drop = new StringJoiner(", ", "ALTER TABLE " + table(ref) + " ", "");
      add.setEmptyValue("");
      drop.setEmptyValue("");
      for (Column col : COLUMNS) {
        if (have.contains(col.name())) {
          continue;
        }
        if (col.notNull() && col.defaultValue() == null) {
          add.add("ADD COLUMN " + definition(col) + " DEFAULT " + col.fill());
          drop.add("ALTER COLUMN " + quote(col.name()) + " DROP DEFAULT");
        } else {
          add.add("ADD COLUMN " + definition(col));
        }
      }
      if (add.length() > 0) {
        ddl.add(add.toString());
      }
      if (drop.length() > 0) {
        ddl.add(drop.toString());
      }
    }
    if (ddl.length() > 0) {
      try (Statement s = c.createStatement()) {
        s.execute(ddl.toString());
      }
    }
  }

  private static String createTable(RevisionTableRef ref) {
    StringJoiner cols =
        new StringJoiner(", ", "CREATE TABLE IF NOT EXISTS " + table(ref) + " (", ")");
    for (Column col : COLUMNS) {
      cols.add(definition(col));
    }
    cols.add("PRIMARY KEY (\"version\")");
    return cols.toString();
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
            + " WHERE \"version\" <> '"
            + CLOUD_IDENTIFIER
            + "' ORDER BY \"version\" COLLATE \"C\"";
    List<Revision> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(revision(rs));
      }
    }
    // Go compares strings byte-wise (UTF-8); "C" collation agrees, the sort only guards odd data.
    out.sort(Comparator.comparing(Revision::version, PostgresRevisionDialect::compareUtf8));
    return out;
  }

  private static Revision revision(ResultSet rs) throws SQLException {
    OffsetDateTime executedAt = rs.getObject(6, OffsetDateTime.class);
    List<String> partial;
    try {
      partial = JsonArrays.decode(rs.getString(11));
    } catch (IllegalArgumentException e) {
      throw new SQLDataException(
          "sql/migrate: reading partial_hashes of version "
              + rs.getString(1)
              + ": "
              + e.getMessage(),
          e);
    }
    return new Revision(
        rs.getString(1),
        rs.getString(2),
        (int) rs.getLong(3),
        rs.getLong(4),
        rs.getLong(5),
        executedAt == null ? null : executedAt.toInstant(),
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
    try (PreparedStatement ps =
        c.prepareStatement(upserts.computeIfAbsent(ref, PostgresRevisionDialect::upsert))) {
      ps.setString(1, r.version());
      ps.setString(2, orEmpty(r.description()));
      ps.setLong(3, Integer.toUnsignedLong(r.type()));
      ps.setLong(4, r.applied());
      ps.setLong(5, r.total());
      Instant at = r.executedAt() == null ? Instant.now() : r.executedAt();
      ps.setObject(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      ps.setLong(7, r.executionTimeNanos());
      ps.setString(8, r.error());
      ps.setString(9, r.errorStmt());
      ps.setString(10, orEmpty(r.hash()));
      String partial = JsonArrays.encode(r.partialHashes());
      if (partial == null) {
        ps.setNull(11, Types.VARCHAR);
      } else {
        ps.setString(11, partial);
      }
      ps.setString(12, orEmpty(r.operatorVersion()));
      ps.executeUpdate();
    }
  }

  private static String upsert(RevisionTableRef ref) {
    StringJoiner names = new StringJoiner(", ", "(", ")");
    StringJoiner values = new StringJoiner(", ", "(", ")");
    StringJoiner updates = new StringJoiner(", ");
    for (Column col : COLUMNS) {
      names.add(quote(col.name()));
      values.add(col.type().equals("jsonb") ? "CAST(? AS jsonb)" : "?");
      if (!KEPT_ON_UPDATE.contains(col.name())) {
        updates.add(quote(col.name()) + " = EXCLUDED." + quote(col.name()));
      }
    }
    return "INSERT INTO "
        + table(ref)
        + " "
        + names
        + " VALUES "
        + values
        + " ON CONFLICT (\"version\") DO UPDATE SET "
        + updates;
  }

  @Override
  public void delete(Connection c, RevisionTableRef ref, String version) throws SQLException {
    if (CLOUD_IDENTIFIER.equals(version)) {
      throw new StrataException(
          ErrorCode.REVISIONS, "deleting the revision-table identifier is not allowed");
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM " + table(ref) + " WHERE \"version\" = ?")) {
      ps.setString(1, version);
      ps.executeUpdate();
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String table(RevisionTableRef ref) {
    return ref.schema() == null
        ? quote(ref.table())
        : quote(ref.schema()) + "." + quote(ref.table());
  }

  private static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
