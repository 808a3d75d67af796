package dev.strata.driver.postgres;

import dev.strata.migrate.history.Revision;
import dev.strata.spi.RevisionDialect;
import dev.strata.spi.RevisionTableRef;
import dev.strata.spi.RevisionTableState;
import dev.strata.spi.support.RevisionRows;
import dev.strata.spi.support.RevisionRows.Column;
import dev.strata.spi.support.SqlResources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
  private static final String COLUMNS_QUERY = SqlResources.load(PostgresRevisionDialect.class, "revision-columns.sql");

  // Types, defaults and the fills for old rows on ADD COLUMN.
  private static final RevisionRows ROWS =
      new RevisionRows(
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
              new Column("operator_version", "character varying", true, null, "''")),
          PostgresRevisionDialect::quote,
          PostgresRevisionDialect::readExecutedAt,
          (ps, index, at) -> ps.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)),
          "sql/migrate: reading partial_hashes of version ");

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
    return RevisionTableState.of(existingColumns(c, ref), RevisionRows.COLUMNS);
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
      ddl.add(ROWS.createTable(table(ref), ""));
    } else {
      // A NOT NULL column without a default of its own is added with a filling default (old rows
      // need a value) that a second statement drops, so the column ends up as Atlas's. PostgreSQL
      // runs DROP DEFAULT before ADD COLUMN within one ALTER TABLE, hence two statements.
      Set<String> have = new HashSet<>(existing);
      StringJoiner add = new StringJoiner(", ", "ALTER TABLE " + table(ref) + " ", "");
      StringJoiner drop = new StringJoiner(", ", "ALTER TABLE " + table(ref) + " ", "");
      add.setEmptyValue("");
      drop.setEmptyValue("");
      for (Column col : ROWS.columns()) {
        if (have.contains(col.name())) {
          continue;
        }
        if (col.notNull() && col.defaultValue() == null) {
          add.add("ADD COLUMN " + ROWS.definition(col) + " DEFAULT " + col.fill());
          drop.add("ALTER COLUMN " + quote(col.name()) + " DROP DEFAULT");
        } else {
          add.add("ADD COLUMN " + ROWS.definition(col));
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

  @Override
  public List<Revision> readAll(Connection c, RevisionTableRef ref) throws SQLException {
    return ROWS.readAll(c, table(ref), "C");
  }

  private static Instant readExecutedAt(ResultSet rs, int column, String version)
      throws SQLException {
    OffsetDateTime executedAt = rs.getObject(column, OffsetDateTime.class);
    return executedAt == null ? null : executedAt.toInstant();
  }

  @Override
  public void write(Connection c, RevisionTableRef ref, Revision r) throws SQLException {
    ROWS.write(c, upserts.computeIfAbsent(ref, PostgresRevisionDialect::upsert), r);
  }

  private static String upsert(RevisionTableRef ref) {
    return ROWS.upsert(
        table(ref),
        col -> col.type().equals("jsonb") ? "CAST(? AS jsonb)" : "?",
        " ON CONFLICT (\"version\") DO UPDATE SET ",
        name -> name + " = EXCLUDED." + name);
  }

  @Override
  public void delete(Connection c, RevisionTableRef ref, String version) throws SQLException {
    ROWS.delete(c, table(ref), version);
  }

  private static String table(RevisionTableRef ref) {
    return ROWS.qualified(ref);
  }

  private static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
