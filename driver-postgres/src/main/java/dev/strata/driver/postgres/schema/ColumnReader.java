package dev.strata.driver.postgres.schema;

import dev.strata.driver.postgres.schema.SchemaParts.TableParts;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.Generated;
import dev.strata.model.Identity;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the tables and columns of the inspected schemas: two queries for all of them. Serial
 * columns are recognised here (see {@link #serialType}).
 */
final class ColumnReader {
  private ColumnReader() {}

  /** Adds every table of the inspected schemas, with its comment and partitioning, to {@code s}. */
  static void readTables(CatalogQuery q, Array names, Map<String, SchemaParts> s)
      throws SQLException {
    q.each(
        "tables.sql",
        names,
        rs -> {
          SchemaParts schema = s.get(rs.getString("schema_name"));
          TableParts t = new TableParts(rs.getString("table_name"));
          putIfSet(t.attrs, "comment", rs.getString("comment"));
          putIfSet(t.attrs, "partition_by", rs.getString("partition_by"));
          String parent = rs.getString("parent_table");
          if (parent != null) {
            String parentSchema = rs.getString("parent_schema");
            // A parent in the same schema is named alone; another schema's is "schema"."table".
            t.attrs.put(
                "partition_of",
                parentSchema.equals(schema.name)
                    ? parent
                    : Identifiers.quote(parentSchema) + "." + Identifiers.quote(parent));
            t.attrs.put("partition_bound", rs.getString("partition_bound"));
          }
          schema.tables.put(t.name, t);
        });
  }

  /** Adds every column of the inspected tables, in ordinal order. */
  static void readColumns(CatalogQuery q, Array names, Map<String, SchemaParts> s)
      throws SQLException {
    q.each(
        "columns.sql",
        names,
        rs -> {
          SchemaParts schema = s.get(rs.getString("schema_name"));
          TableParts t = schema.table(rs.getString("table_name"));
          if (t != null) {
            t.columns.add(column(rs, schema, t.name));
          }
        });
  }

  private static Column column(ResultSet rs, SchemaParts schema, String table) throws SQLException {
    String name = rs.getString("column_name");
    String type = rs.getString("data_type");
    boolean notNull = rs.getBoolean("not_null");
    String def = rs.getString("default_expr");
    if (def != null) {
      def = BooleanChains.flatten(def);
    }
    Map<String, String> attrs = new HashMap<>();
    putIfSet(attrs, "comment", rs.getString("comment"));
    putIfSet(attrs, "collate", rs.getString("collation"));
    String generated = rs.getString("generated");
    if (generated != null && !generated.isBlank()) {
      // attgenerated 's': the default slot holds the generation expression.
      return new Column(
          name, new ColumnType(type), !notNull, null, new Generated(def, true), null, attrs);
    }
    String identity = rs.getString("identity");
    String deptype = rs.getString("seq_deptype");
    if (identity != null && !identity.isBlank() && "i".equals(deptype)) {
      Identity id =
          new Identity(
              identity.equals("a") ? "ALWAYS" : "BY DEFAULT",
              rs.getLong("seq_start"),
              rs.getLong("seq_increment"));
      return new Column(name, new ColumnType(type), !notNull, null, null, id, attrs);
    }
    String serial = "a".equals(deptype) ? serialType(rs, table, name, type, notNull, def) : null;
    if (serial != null) {
      schema.serialSequences.add(rs.getString("seq_name"));
      return new Column(name, new ColumnType(serial), false, null, null, null, attrs);
    }
    DefaultValue d = def == null ? null : new DefaultValue(def);
    return new Column(name, new ColumnType(type), !notNull, d, null, null, attrs);
  }

  /**
   * Returns {@code serial}, {@code bigserial} or {@code smallserial} when the column is exactly
   * what that pseudo-type creates (NOT NULL, default {@code nextval} of an owned sequence of the
   * column's type, in the table's schema, with the name and the parameters {@code serial} gives
   * it), so that {@code CREATE TABLE ... serial} recreates it as it is; null otherwise (then the
   * column keeps its default and the sequence is a schema object).
   */
  static String serialType(
      ResultSet rs, String table, String column, String type, boolean notNull, String def)
      throws SQLException {
    String serial;
    long max;
    switch (type) {
      case "integer":
        serial = "serial";
        max = Integer.MAX_VALUE;
        break;
      case "bigint":
        serial = "bigserial";
        max = Long.MAX_VALUE;
        break;
      case "smallint":
        serial = "smallserial";
        max = Short.MAX_VALUE;
        break;
      default:
        return null;
    }
    boolean plain =
        notNull
            && rs.getBoolean("seq_same_schema")
            && type.equals(rs.getString("seq_type"))
            && ("nextval('" + rs.getString("seq_regclass") + "'::regclass)").equals(def)
            && Identifiers.serialSequence(table, column).equals(rs.getString("seq_name"))
            && rs.getLong("seq_start") == 1
            && rs.getLong("seq_increment") == 1
            && rs.getLong("seq_min") == 1
            && rs.getLong("seq_max") == max
            && rs.getLong("seq_cache") == 1
            && !rs.getBoolean("seq_cycle");
    return plain ? serial : null;
  }

  static void putIfSet(Map<String, String> attrs, String key, String value) {
    if (value != null) {
      attrs.put(key, value);
    }
  }
}
