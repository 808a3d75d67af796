package dev.strata.driver.mysql;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
 * {@code atlas_schema_revisions} on MySQL and MariaDB, with the column types Ent gives it for Atlas
 * (varchar(255), bigint unsigned, bigint, timestamp, longtext, json; utf8mb4 with utf8mb4_bin).
 * Every write is one upsert statement, so one round trip.
 *
 * <p>{@code executed_at} is a TIMESTAMP holding the UTC wall-clock time, written and read as text:
 * go-sql-driver (Atlas) does the same with its default {@code loc=UTC}, so the two tools read each
 * other's rows whatever the session time zone.
 */
final class MysqlRevisionDialect implements RevisionDialect {
  /** The version of Atlas's cloud identifier row, hidden from reads and refused for writes. */
  static final String CLOUD_IDENTIFIER = ".atlas_cloud_identifier";

  private static final String COLUMNS_QUERY = SqlResources.load(MysqlRevisionDialect.class, "revision-columns.sql");
  private static final DateTimeFormatter WRITE_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  /** A column of the table: type, NOT NULL and default. */
  private record Column(String name, String type, boolean notNull, String defaultValue) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("version", "varchar(255)", true, null),
          new Column("description", "varchar(255)", true, null),
          new Column("type", "bigint unsigned", true, "2"),
          new Column("applied", "bigint", true, "0"),
          new Column("total", "bigint", true, "0"),
          new Column("executed_at", "timestamp", true, null),
          new Column("execution_time", "bigint", true, null),
          new Column("error", "longtext", false, null),
          new Column("error_stmt", "longtext", false, null),
          new Column("hash", "varchar(255)", true, null),
          new Column("partial_hashes", "json", false, null),
          new Column("operator_version", "varchar(255)", true, null));

  private static final List<String> COLUMN_NAMES = COLUMNS.stream().map(Column::name).toList();

  // Immutable after the first insert (Ent's Immutable fields): never in the UPDATE part.
  private static final Set<String> KEPT_ON_UPDATE = Set.of("version", "description", "executed_at");

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
    return RevisionTableState.of(existingColumns(c, ref), COLUMN_NAMES);
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
      ddl.add(createTable(ref));
    } else {
      Set<String> have = new HashSet<>(existing);
      StringJoiner alter = new StringJoiner(", ", "ALTER TABLE " + table(ref) + " ", "");
      alter.setEmptyValue("");
      for (Column col : COLUMNS) {
        if (!have.contains(col.name())) {
          // MySQL fills old rows of a NOT NULL column with the type's implicit default.
          alter.add("ADD COLUMN " + definition(col));
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

  private static String createTable(RevisionTableRef ref) {
    StringJoiner cols =
        new StringJoiner(
            ", ",
            "CREATE TABLE IF NOT EXISTS " + table(ref) + " (",
            ") CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    for (Column col : COLUMNS) {
      cols.add(definition(col));
    }
    cols.add("PRIMARY KEY (`version`)");
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
    // Go compares strings byte-wise; utf8mb4_bin agrees, the sort guards tables in other
    // collations.
    out.sort(Comparator.comparing(Revision::version, MysqlRevisionDialect::compareUtf8));
    return out;
  }

  private static Revision revision(ResultSet rs) throws SQLException {
    String version = rs.getString(1);
    List<String> partial;
    try {
      partial = JsonArrays.decode(rs.getString(11));
    } catch (IllegalArgumentException e) {
      throw new SQLDataException(
          "sql/migrate: reading partial_hashes of version " + version + ": " + e.getMessage(), e);
    }
    return new Revision(
        version,
        rs.getString(2),
        (int) rs.getLong(3),
        rs.getLong(4),
        rs.getLong(5),
        parseTimestamp(version, rs.getString(6)),
        rs.getLong(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        partial,
        rs.getString(12));
  }

  // The TIMESTAMP's text is the UTC wall-clock time; zero dates (old servers) read as the epoch.
  private static Instant parseTimestamp(String version, String text) throws SQLException {
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
        c.prepareStatement(upserts.computeIfAbsent(ref, MysqlRevisionDialect::upsert))) {
      ps.setString(1, r.version());
      ps.setString(2, orEmpty(r.description()));
      ps.setLong(3, Integer.toUnsignedLong(r.type()));
      ps.setLong(4, r.applied());
      ps.setLong(5, r.total());
      Instant at = r.executedAt() == null ? Instant.now() : r.executedAt();
      ps.setString(6, WRITE_FORMAT.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
      ps.setLong(7, r.executionTimeNanos());
      ps.setString(8, r.error());
      ps.setString(9, r.errorStmt());
      ps.setString(10, orEmpty(r.hash()));
      ps.setString(11, JsonArrays.encode(r.partialHashes()));
      ps.setString(12, orEmpty(r.operatorVersion()));
      ps.executeUpdate();
    }
  }

  // executed_at = executed_at: on servers that created the TIMESTAMP with ON UPDATE
  // CURRENT_TIMESTAMP (explicit_defaults_for_timestamp=OFF, the default before MariaDB 10.10 and
  // MySQL 8), assigning the column its own value keeps it from being bumped by the update.
  private static String upsert(RevisionTableRef ref) {
    StringJoiner names = new StringJoiner(", ", "(", ")");
    StringJoiner values = new StringJoiner(", ", "(", ")");
    StringJoiner updates = new StringJoiner(", ");
    for (Column col : COLUMNS) {
      names.add(quote(col.name()));
      values.add("?");
      if (!KEPT_ON_UPDATE.contains(col.name())) {
        updates.add(quote(col.name()) + " = VALUES(" + quote(col.name()) + ")");
      }
    }
    updates.add("`executed_at` = `executed_at`");
    return "INSERT INTO "
        + table(ref)
        + " "
        + names
        + " VALUES "
        + values
        + " ON DUPLICATE KEY UPDATE "
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

  private static String table(RevisionTableRef ref) {
    return ref.schema() == null
        ? quote(ref.table())
        : quote(ref.schema()) + "." + quote(ref.table());
  }

  private static String quote(String name) {
    return '`' + name.replace("`", "``") + '`';
  }
}
