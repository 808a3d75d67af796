package dev.strata.driver.mysql;

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
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code atlas_schema_revisions} on MySQL and MariaDB, with the column types Ent gives it for Atlas
 * (varchar(255), bigint unsigned, bigint, timestamp, longtext, json; utf8mb4 with utf8mb4_bin).
 * Every write is one upsert statement, so one round trip.
 *
 * <p>{@code executed_at} is a TIMESTAMP holding the UTC wall-clock time, written and read as text:
 * go-sql-driver (Atlas) does the same with its default {@code loc=UTC}, so the two tools read each
 * other's rows whatever the session time zone.
 */
final class MysqlRevisionDialect implements RevisionDialect {
  private static final String COLUMNS_QUERY = SqlResources.load(MysqlRevisionDialect.class, "revision-columns.sql");
  private static final DateTimeFormatter WRITE_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  // Types and defaults; MySQL fills old rows of an added NOT NULL column itself.
  private static final RevisionRows ROWS =
      new RevisionRows(
          List.of(
              new Column("version", "varchar(255)", true, null, null),
              new Column("description", "varchar(255)", true, null, null),
              new Column("type", "bigint unsigned", true, "2", null),
              new Column("applied", "bigint", true, "0", null),
              new Column("total", "bigint", true, "0", null),
              new Column("executed_at", "timestamp", true, null, null),
              new Column("execution_time", "bigint", true, null, null),
              new Column("error", "longtext", false, null, null),
              new Column("error_stmt", "longtext", false, null, null),
              new Column("hash", "varchar(255)", true, null, null),
              new Column("partial_hashes", "json", false, null, null),
              new Column("operator_version", "varchar(255)", true, null, null)),
          MysqlRevisionDialect::quote,
          MysqlRevisionDialect::readExecutedAt,
          (ps, index, at) ->
              ps.setString(index, WRITE_FORMAT.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC))),
          "sql/migrate: reading partial_hashes of version ");

  private final Map<RevisionTableRef, String> upserts = new ConcurrentHashMap<>();

  @Override
  public boolean schemaExists(Connection c, String schema) throws SQLException {
    return schemaFound(c, schema);
  }

  private static boolean schemaFound(Connection c, String schema) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
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
  // Both look-ups compare TABLE_SCHEMA and TABLE_NAME with plain values: MariaDB then reads one
  // table's definition instead of every table of the schema (a join made this take ~0.1 s a call
  // on a schema of 1,000 tables).
  private static List<String> existingColumns(Connection c, RevisionTableRef ref)
      throws SQLException {
    String schema = ref.schema() != null ? ref.schema() : c.getCatalog();
    List<String> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(COLUMNS_QUERY)) {
      ps.setString(1, schema);
      ps.setString(2, ref.table());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
    }
    if (!rows.isEmpty()) {
      return rows;
    }
    return schema != null && schemaFound(c, schema) ? rows : null;
  }

  @Override
  public void ensureTable(Connection c, RevisionTableRef ref) throws SQLException {
    List<String> existing = existingColumns(c, ref);
    List<String> ddl = new ArrayList<>();
    if (existing == null && ref.schema() != null) {
      ddl.add("CREATE DATABASE IF NOT EXISTS " + quote(ref.schema()));
    }
    if (existing == null || existing.isEmpty()) {
      ddl.add(ROWS.createTable(table(ref), " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"));
    } else {
      Set<String> have = new HashSet<>(existing);
      StringJoiner alter = new StringJoiner(", ", "ALTER TABLE " + table(ref) + " ", "");
      alter.setEmptyValue("");
      for (Column col : ROWS.columns()) {
        if (!have.contains(col.name())) {
          // MySQL fills old rows of a NOT NULL column with the type's implicit default.
          alter.add("ADD COLUMN " + ROWS.definition(col));
        }
      }
      if (alter.length() > 0) {
        ddl.add(alter.toString());
      }
    }
    try (Statement s = c.createStatement()) {
      for (String sql : ddl) {
        s.execute(sql);
      }
    }
  }

  @Override
  public List<Revision> readAll(Connection c, RevisionTableRef ref) throws SQLException {
    return ROWS.readAll(c, table(ref), null);
  }

  // The TIMESTAMP's text is the UTC wall-clock time; zero dates (old servers) read as the epoch.
  private static Instant readExecutedAt(ResultSet rs, int column, String version)
      throws SQLException {
    String text = rs.getString(column);
    if (text == null) {
      return null;
    }
    if (text.startsWith("0000-00-00")) {
      return Instant.EPOCH;
    }
    try {
      return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new SQLDataException(
          "sql/migrate: reading executed_at of version " + version + ": " + text, e);
    }
  }

  @Override
  public void write(Connection c, RevisionTableRef ref, Revision r) throws SQLException {
    ROWS.write(c, upserts.computeIfAbsent(ref, MysqlRevisionDialect::upsert), r);
  }

  // executed_at = executed_at: on servers that created the TIMESTAMP with ON UPDATE
  // CURRENT_TIMESTAMP (explicit_defaults_for_timestamp=OFF, the default before MariaDB 10.10 and
  // MySQL 8), assigning the column its own value keeps it from being bumped by the update.
  private static String upsert(RevisionTableRef ref) {
    return ROWS.upsert(
            table(ref),
            col -> "?",
            " ON DUPLICATE KEY UPDATE ",
            name -> name + " = VALUES(" + name + ")")
        + ", `executed_at` = `executed_at`";
  }

  @Override
  public void delete(Connection c, RevisionTableRef ref, String version) throws SQLException {
    ROWS.delete(c, table(ref), version);
  }

  private static String table(RevisionTableRef ref) {
    return ROWS.qualified(ref);
  }

  private static String quote(String name) {
    return '`' + name.replace("`", "``") + '`';
  }
}
