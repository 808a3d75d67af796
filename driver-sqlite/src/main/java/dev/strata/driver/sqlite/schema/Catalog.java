package dev.strata.driver.sqlite.schema;

import dev.strata.spi.support.SqlResources;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of SQLite's catalog for schema {@code main}, read with exactly five queries whatever
 * the number of tables: the table-valued pragma functions joined over {@code sqlite_schema} (never
 * one PRAGMA per table). The queries live in {@code .sql} resources beside this class.
 */
record Catalog(
    List<TableRow> tables,
    Map<String, List<ColumnRow>> columns,
    Map<String, List<IndexRow>> indexes,
    Map<String, List<ForeignKeyRow>> foreignKeys,
    List<ObjectRow> objects) {

  /** The number of queries {@link #read} runs. */
  static final int QUERIES = 5;

  /** A row of {@code tables.sql}. */
  record TableRow(String name, String sql, boolean withoutRowid, boolean strict) {}

  /** A row of {@code columns.sql}. */
  record ColumnRow(
      String table, int cid, String name, String type, boolean notNull, String dflt, int pk, int hidden) {}

  /** A row of {@code indexes.sql}: one key part of one index. */
  record IndexRow(
      String table,
      String index,
      boolean unique,
      String origin,
      boolean partial,
      String sql,
      int seqno,
      int cid,
      String column,
      boolean desc,
      String coll) {}

  /** A row of {@code foreign-keys.sql}: one column pair of one foreign key. */
  record ForeignKeyRow(
      String table, int id, int seq, String refTable, String from, String to, String onUpdate, String onDelete) {}

  /** A row of {@code objects.sql}: a view or a trigger. */
  record ObjectRow(String type, String name, String table, String sql) {}

  /** Returns the catalog rows of schema main, read through {@code c}. */
  static Catalog read(Connection c) throws SQLException {
    List<TableRow> tables = new ArrayList<>();
    Map<String, List<ColumnRow>> columns = new LinkedHashMap<>();
    Map<String, List<IndexRow>> indexes = new LinkedHashMap<>();
    Map<String, List<ForeignKeyRow>> fks = new LinkedHashMap<>();
    List<ObjectRow> objects = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(load("tables.sql"))) {
        while (rs.next()) {
          tables.add(new TableRow(rs.getString(1), rs.getString(2), rs.getInt(3) != 0, rs.getInt(4) != 0));
        }
      }
      try (ResultSet rs = s.executeQuery(load("columns.sql"))) {
        while (rs.next()) {
          ColumnRow r =
              new ColumnRow(
                  rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5) != 0,
                  rs.getString(6), rs.getInt(7), rs.getInt(8));
          columns.computeIfAbsent(r.table(), k -> new ArrayList<>()).add(r);
        }
      }
      try (ResultSet rs = s.executeQuery(load("indexes.sql"))) {
        while (rs.next()) {
          IndexRow r =
              new IndexRow(
                  rs.getString(1), rs.getString(2), rs.getInt(3) != 0, rs.getString(4), rs.getInt(5) != 0,
                  rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getInt(10) != 0,
                  rs.getString(11));
          indexes.computeIfAbsent(r.table(), k -> new ArrayList<>()).add(r);
        }
      }
      try (ResultSet rs = s.executeQuery(load("foreign-keys.sql"))) {
        while (rs.next()) {
          ForeignKeyRow r =
              new ForeignKeyRow(
                  rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                  rs.getString(6), rs.getString(7), rs.getString(8));
          fks.computeIfAbsent(r.table(), k -> new ArrayList<>()).add(r);
        }
      }
      try (ResultSet rs = s.executeQuery(load("objects.sql"))) {
        while (rs.next()) {
          objects.add(new ObjectRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return new Catalog(tables, columns, indexes, fks, objects);
  }

  /** Returns the rows of {@code map} for table {@code name}, or an empty list. */
  static <T> List<T> of(Map<String, List<T>> map, String name) {
    return map.getOrDefault(name, List.of());
  }

  // The resources are part of the jar: a missing one is a packaging error.
  private static String load(String name) {
    return SqlResources.load(Catalog.class, name);
  }

}
