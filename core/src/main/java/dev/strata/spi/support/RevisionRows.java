package dev.strata.spi.support;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.history.Revision;
import dev.strata.spi.RevisionTableRef;
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
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The half of {@code atlas_schema_revisions} (atlas-compat.md §3.2) that every engine shares:
 * Atlas's column order, the cloud-identifier row, the shape of the CREATE TABLE, SELECT, upsert and
 * DELETE texts, the binding of a {@link Revision} to the upsert's parameters, the row to {@link
 * Revision} mapping and Go's byte-wise version order. A driver's {@code RevisionDialect} holds one
 * instance made with what differs: column types, identifier quoting and how {@code executed_at} is
 * read and bound; the catalog look-ups, ALTER TABLE rules and upsert syntax stay in the driver.
 */
public final class RevisionRows {
  /** The version of Atlas's cloud identifier row, hidden from reads and refused for writes. */
  public static final String CLOUD_IDENTIFIER = ".atlas_cloud_identifier";

  /** Atlas's column names in table order; the SELECT and the upsert's parameters follow it. */
  public static final List<String> COLUMNS =
      List.of(
          "version",
          "description",
          "type",
          "applied",
          "total",
          "executed_at",
          "execution_time",
          "error",
          "error_stmt",
          "hash",
          "partial_hashes",
          "operator_version");

  // Immutable after the first insert (Ent's Immutable fields): never in the UPDATE part.
  private static final Set<String> KEPT_ON_UPDATE = Set.of("version", "description", "executed_at");

  /**
   * A column as one engine declares it: type, NOT NULL, default, and the value that fills old rows
   * when the column is added to an existing table (null where the engine needs none).
   */
  public record Column(
      String name, String type, boolean notNull, String defaultValue, String fill) {}

  /** Reads {@code executed_at} from result column {@code column} of the row of {@code version}. */
  @FunctionalInterface
  public interface TimestampReader {
    /** Returns the instant stored in the column, or null when it is NULL. */
    Instant read(ResultSet rs, int column, String version) throws SQLException;
  }

  /** Binds {@code executed_at} as parameter {@code index} in the engine's encoding. */
  @FunctionalInterface
  public interface TimestampBinder {
    /** Binds {@code at} (never null) to parameter {@code index}. */
    void bind(PreparedStatement ps, int index, Instant at) throws SQLException;
  }

  private final List<Column> columns;
  private final UnaryOperator<String> quote;
  private final TimestampReader readExecutedAt;
  private final TimestampBinder bindExecutedAt;
  private final String badPartialHashes;

  /**
   * Creates the shared part for one engine. {@code columns} must name {@link #COLUMNS} in order;
   * {@code badPartialHashes} starts the message of an unreadable {@code partial_hashes} value and is
   * followed by the version (for example {@code "sql/migrate: reading partial_hashes of version "}).
   *
   * @throws IllegalArgumentException when {@code columns} are not Atlas's columns in Atlas's order
   */
  public RevisionRows(
      List<Column> columns,
      UnaryOperator<String> quote,
      TimestampReader readExecutedAt,
      TimestampBinder bindExecutedAt,
      String badPartialHashes) {
    this.columns = List.copyOf(columns);
    if (!this.columns.stream().map(Column::name).toList().equals(COLUMNS)) {
      throw new IllegalArgumentException("not Atlas's revision columns: " + columns);
    }
    this.quote = quote;
    this.readExecutedAt = readExecutedAt;
    this.bindExecutedAt = bindExecutedAt;
    this.badPartialHashes = badPartialHashes;
  }

  /** Returns the columns as this engine declares them, in Atlas's order. */
  public List<Column> columns() {
    return columns;
  }

  /** Returns {@code ref}'s table quoted, qualified by its schema when the schema is not null. */
  public String qualified(RevisionTableRef ref) {
    return ref.schema() == null
        ? quote.apply(ref.table())
        : quote.apply(ref.schema()) + "." + quote.apply(ref.table());
  }

  /** Returns the column's definition: quoted name, type, NULL or NOT NULL, and its default. */
  public String definition(Column col) {
    return quote.apply(col.name())
        + " "
        + col.type()
        + (col.notNull() ? " NOT NULL" : " NULL")
        + (col.defaultValue() == null ? "" : " DEFAULT " + col.defaultValue());
  }

  /**
   * Returns the CREATE TABLE IF NOT EXISTS of {@code table} (already quoted) with every column and
   * the primary key on version, followed by {@code tableOptions} (empty for none).
   */
  public String createTable(String table, String tableOptions) {
    StringJoiner cols =
        new StringJoiner(", ", "CREATE TABLE IF NOT EXISTS " + table + " (", ")" + tableOptions);
    for (Column col : columns) {
      cols.add(definition(col));
    }
    cols.add("PRIMARY KEY (" + quote.apply("version") + ")");
    return cols.toString();
  }

  /**
   * Returns every revision of {@code table} (already quoted) but the cloud identifier, in Go's
   * byte-wise version order; empty when there are none. {@code collation} names the collation of
   * the ORDER BY, or is null for the column's own.
   */
  public List<Revision> readAll(Connection c, String table, String collation)
      throws SQLException {
    StringJoiner cols = new StringJoiner(", ", "SELECT ", "");
    columns.forEach(col -> cols.add(quote.apply(col.name())));
    String version = quote.apply("version");
    String sql =
        cols
            + " FROM "
            + table
            + " WHERE "
            + version
            + " <> '"
            + CLOUD_IDENTIFIER
            + "' ORDER BY "
            + version
            + (collation == null ? "" : " COLLATE " + quote.apply(collation));
    List<Revision> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(revision(rs));
      }
    }
    // Go compares strings byte-wise (UTF-8); the engines' binary collations agree, the sort only
    // guards tables in other collations and odd data.
    out.sort(Comparator.comparing(Revision::version, RevisionRows::compareUtf8));
    return out;
  }

  private Revision revision(ResultSet rs) throws SQLException {
    String version = rs.getString(1);
    List<String> partial;
    try {
      partial = JsonArrays.decode(rs.getString(11));
    } catch (IllegalArgumentException e) {
      throw new SQLDataException(badPartialHashes + version + ": " + e.getMessage(), e);
    }
    Instant executedAt = readExecutedAt.read(rs, 6, version);
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

  private static int compareUtf8(String a, String b) {
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the upsert of {@code table} (already quoted): INSERT of every column with {@code
   * placeholder} as each value, then {@code onConflict} (the engine's words, spaces included) and
   * {@code assignment} of each quoted column that an update may change.
   */
  public String upsert(
      String table,
      Function<Column, String> placeholder,
      String onConflict,
      UnaryOperator<String> assignment) {
    StringJoiner names = new StringJoiner(", ", "(", ")");
    StringJoiner values = new StringJoiner(", ", "(", ")");
    StringJoiner updates = new StringJoiner(", ");
    for (Column col : columns) {
      names.add(quote.apply(col.name()));
      values.add(placeholder.apply(col));
      if (!KEPT_ON_UPDATE.contains(col.name())) {
        updates.add(assignment.apply(quote.apply(col.name())));
      }
    }
    return "INSERT INTO " + table + " " + names + " VALUES " + values + onConflict + updates;
  }

  /**
   * Binds {@code r} to the parameters of an {@link #upsert}: null texts Atlas declares NOT NULL as
   * empty, a null {@code executed_at} as now, the type as Go's uint.
   */
  public void bind(PreparedStatement ps, Revision r) throws SQLException {
    ps.setString(1, r.version());
    ps.setString(2, orEmpty(r.description()));
    ps.setLong(3, Integer.toUnsignedLong(r.type()));
    ps.setLong(4, r.applied());
    ps.setLong(5, r.total());
    bindExecutedAt.bind(ps, 6, r.executedAt() == null ? Instant.now() : r.executedAt());
    ps.setLong(7, r.executionTimeNanos());
    ps.setString(8, r.error());
    ps.setString(9, r.errorStmt());
    ps.setString(10, orEmpty(r.hash()));
    ps.setString(11, JsonArrays.encode(r.partialHashes()));
    ps.setString(12, orEmpty(r.operatorVersion()));
  }

  /**
   * Runs {@code upsert} (from {@link #upsert}) for {@code r}: one statement, one round trip.
   *
   * @throws StrataException when {@code r} is the cloud identifier
   */
  public void write(Connection c, String upsert, Revision r) throws SQLException {
    checkWritable(r.version());
    try (PreparedStatement ps = c.prepareStatement(upsert)) {
      bind(ps, r);
      ps.executeUpdate();
    }
  }

  /**
   * Deletes {@code version} from {@code table} (already quoted); no error when it does not exist.
   *
   * @throws StrataException when {@code version} is the cloud identifier
   */
  public void delete(Connection c, String table, String version) throws SQLException {
    checkDeletable(version);
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM " + table + " WHERE " + quote.apply("version") + " = ?")) {
      ps.setString(1, version);
      ps.executeUpdate();
    }
  }

  /** Refuses a write of the cloud identifier row, as Atlas does. */
  public static void checkWritable(String version) {
    if (CLOUD_IDENTIFIER.equals(version)) {
      throw new StrataException(
          ErrorCode.REVISIONS, "writing the revision-table identifier is not allowed");
    }
  }

  /** Refuses a delete of the cloud identifier row, as Atlas does. */
  public static void checkDeletable(String version) {
    if (CLOUD_IDENTIFIER.equals(version)) {
      throw new StrataException(
          ErrorCode.REVISIONS, "deleting the revision-table identifier is not allowed");
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
