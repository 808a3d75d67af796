package dev.strata.driver.mysql.schema;

import dev.strata.driver.mysql.Flavor;
import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.Generated;
import dev.strata.model.Identity;
import dev.strata.model.IndexPart;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables of one schema with six catalog queries, whatever the number of tables:
 * tables, columns, index parts, foreign-key columns, foreign-key actions and checks. Normalises so that the same schema always
 * reads back the same model on MySQL and MariaDB alike.
 */
final class TableReader {
  /** The attribute keys of the model that this driver fills. */
  static final String COMMENT = "comment";
  static final String CHARSET = "charset";
  static final String COLLATE = "collate";
  static final String ENGINE = "engine";
  static final String ON_UPDATE = "on_update";
  static final String INVISIBLE = "invisible";

  private static final Pattern ON_UPDATE_EXTRA = Pattern.compile("(?i)on update (\\S+)");
  private static final Pattern GENERATED_EXTRA =
      Pattern.compile("(?i)\\b(virtual|stored|persistent) generated\\b");

  private final CatalogQueries queries;
  private final Flavor flavor;

  TableReader(CatalogQueries queries, Flavor flavor) {
    this.queries = queries;
    this.flavor = flavor;
  }

  /**
   * Returns the base tables of {@code schema} by name, filled with columns, keys, indexes and
   * checks; {@code sequences} receives the names of MariaDB sequences, {@code views} nothing (views
   * come from their own query).
   */
  Map<String, TableDraft> read(Connection c, String schema, List<String> sequences)
      throws SQLException {
    Map<String, TableDraft> tables = new TreeMap<>();
    queries.run(
        c,
        "tables",
        schema,
        rs -> {
          String type = rs.getString("TABLE_TYPE");
          String name = rs.getString("TABLE_NAME");
          if ("SEQUENCE".equals(type)) {
            sequences.add(name);
          } else if ("BASE TABLE".equals(type) || "SYSTEM VERSIONED".equals(type)) {
            tables.put(name, table(rs, name));
          }
          return null;
        });
    if (tables.isEmpty()) {
      return tables;
    }
    queries.run(c, "columns", schema, rs -> column(rs, tables));
    queries.run(c, "indexes", schema, rs -> indexPart(rs, tables));
    Map<String, String[]> actions = actions(c, schema);
    queries.run(c, "foreign-keys", schema, rs -> foreignKey(rs, schema, actions, tables));
    queries.run(c, "checks", schema, rs -> check(rs, tables));
    return tables;
  }

  private static TableDraft table(ResultSet rs, String name) throws SQLException {
    TableDraft t = new TableDraft(name);
    putIfPresent(t.attrs, ENGINE, rs.getString("ENGINE"));
    putIfPresent(t.attrs, CHARSET, rs.getString("CHARACTER_SET_NAME"));
    putIfPresent(t.attrs, COLLATE, rs.getString("TABLE_COLLATION"));
    putIfPresent(t.attrs, COMMENT, rs.getString("TABLE_COMMENT"));
    return t;
  }

  private Void column(ResultSet rs, Map<String, TableDraft> tables) throws SQLException {
    TableDraft t = tables.get(rs.getString("TABLE_NAME"));
    if (t == null) {
      return null; // a view's or a sequence's columns
    }
    String type = MysqlTypes.normalize(rs.getString("COLUMN_TYPE"));
    String extra = nullToEmpty(rs.getString("EXTRA"));
    String lowerExtra = extra.toLowerCase(Locale.ROOT);
    Generated generated = null;
    Matcher g = GENERATED_EXTRA.matcher(extra);
    if (g.find()) {
      String expr = rs.getString("GENERATION_EXPRESSION");
      expr = flavor == Flavor.MYSQL ? SqlText.unescape(expr) : expr;
      generated = new Generated(expr.strip(), !g.group(1).equalsIgnoreCase("virtual"));
    }
    Identity identity =
        lowerExtra.contains("auto_increment") ? new Identity("AUTO_INCREMENT", 1, 1) : null;
    DefaultValue def = null;
    if (generated == null) {
      String raw = rs.getString("COLUMN_DEFAULT");
      def =
          flavor == Flavor.MARIADB
              ? MysqlDefaults.fromMariadb(raw)
              : MysqlDefaults.fromMysql(raw, type, lowerExtra.contains("default_generated"));
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    putIfPresent(attrs, COMMENT, rs.getString("COLUMN_COMMENT"));
    Matcher u = ON_UPDATE_EXTRA.matcher(extra);
    if (u.find()) {
      attrs.put(ON_UPDATE, MysqlDefaults.onUpdate(u.group(1)));
    }
    if (lowerExtra.contains("invisible")) {
      attrs.put(INVISIBLE, "true");
    }
    // Record the character set and collation only where they differ from the table's defaults,
    // so that the model does not change when the defaults are spelled out or left implicit.
    String charset = rs.getString("CHARACTER_SET_NAME");
    String collation = rs.getString("COLLATION_NAME");
    if (charset != null && !charset.equals(t.attrs.get(CHARSET))) {
      attrs.put(CHARSET, charset);
    }
    if (collation != null && !collation.equals(t.attrs.get(COLLATE))) {
      attrs.put(COLLATE, collation);
    }
    boolean nullable = "YES".equals(rs.getString("IS_NULLABLE"));
    t.columns.add(
        new Column(rs.getString("COLUMN_NAME"), new ColumnType(type), nullable, def, generated, identity, attrs));
    return null;
  }

  private static Void indexPart(ResultSet rs, Map<String, TableDraft> tables) throws SQLException {
    TableDraft t = tables.get(rs.getString("TABLE_NAME"));
    if (t == null) {
      return null;
    }
    String name = rs.getString("INDEX_NAME");
    String indexType = nullToEmpty(rs.getString("INDEX_TYPE")).toUpperCase(Locale.ROOT);
    String column = rs.getString("COLUMN_NAME");
    String expression = rs.getString("EXPRESSION");
    int prefix = rs.getInt("SUB_PART");
    if (indexType.equals("SPATIAL")) {
      prefix = 0; // MySQL reports the geometry's internal key length, which cannot be declared
    }
    IndexPart part =
        new IndexPart(
            expression == null ? column : null,
            expression == null ? null : SqlText.unescape(expression),
            "D".equals(rs.getString("COLLATION")),
            prefix,
            "");
    if (name.equals("PRIMARY")) {
      if (t.primaryKey == null) {
        t.primaryKey = new ArrayList<>();
      }
      t.primaryKey.add(part);
      return null;
    }
    // The engine's default method is left empty: BTREE, or HASH for MEMORY tables.
    String engine = t.attrs.getOrDefault(ENGINE, "").toUpperCase(Locale.ROOT);
    String defaultMethod = engine.equals("MEMORY") || engine.equals("HEAP") ? "HASH" : "BTREE";
    String method = indexType.equals(defaultMethod) ? "" : indexType;
    boolean unique = rs.getInt("NON_UNIQUE") == 0;
    t.indexes
        .computeIfAbsent(name, n -> new TableDraft.IndexDraft(unique, method))
        .parts
        .add(part);
    return null;
  }

  // The referential actions of the schema's foreign keys, by "table.constraint".
  private Map<String, String[]> actions(Connection c, String schema) throws SQLException {
    Map<String, String[]> out = new HashMap<>();
    queries.run(
        c,
        "foreign-key-actions",
        schema,
        rs -> out.put(
            rs.getString("TABLE_NAME") + "." + rs.getString("CONSTRAINT_NAME"),
            new String[] {rs.getString("UPDATE_RULE"), rs.getString("DELETE_RULE")}));
    return out;
  }

  private static Void foreignKey(
      ResultSet rs, String schema, Map<String, String[]> actions, Map<String, TableDraft> tables)
      throws SQLException {
    TableDraft t = tables.get(rs.getString("TABLE_NAME"));
    if (t == null) {
      return null;
    }
    // A reference into the table's own schema has an empty refSchema, as the planner reads it,
    // so that the model does not depend on the database's name (a dev database, a copy).
    String referenced = rs.getString("REFERENCED_TABLE_SCHEMA");
    String refSchema = schema.equals(referenced) ? "" : referenced;
    String refTable = rs.getString("REFERENCED_TABLE_NAME");
    String name = rs.getString("CONSTRAINT_NAME");
    String[] rules = actions.getOrDefault(t.name + "." + name, new String[] {"", ""});
    TableDraft.FkDraft fk =
        t.foreignKeys.computeIfAbsent(
            name, n -> new TableDraft.FkDraft(refSchema, refTable, rules[0], rules[1]));
    fk.columns.add(rs.getString("COLUMN_NAME"));
    fk.refColumns.add(rs.getString("REFERENCED_COLUMN_NAME"));
    return null;
  }

  private Void check(ResultSet rs, Map<String, TableDraft> tables) throws SQLException {
    TableDraft t = tables.get(rs.getString("TABLE_NAME"));
    if (t == null) {
      return null;
    }
    String name = rs.getString("CONSTRAINT_NAME");
    String clause = rs.getString("CHECK_CLAUSE");
    if (flavor == Flavor.MYSQL) {
      clause = SqlText.unescape(clause);
    }
    // MariaDB's JSON is LONGTEXT with a column-level CHECK (json_valid(`c`)) named after the
    // column: model it as the json type, as MySQL reports it, without the check.
    int ci = t.columnIndex(name);
    if ("Column".equalsIgnoreCase(rs.getString("LEVEL")) && ci >= 0) {
      Column col = t.columns.get(ci);
      if (col.type().sql().equals("longtext")
          && SqlText.expressionKey(clause).equals("json_valid(" + name.toLowerCase(Locale.ROOT) + ")")) {
        Map<String, String> attrs = new LinkedHashMap<>(col.attrs());
        attrs.remove(CHARSET);
        attrs.remove(COLLATE);
        t.columns.set(
            ci,
            new Column(col.name(), new ColumnType("json"), col.nullable(), col.defaultValue(),
                col.generated(), col.identity(), attrs));
        return null;
      }
    }
    t.checks.add(new Check(name, clause));
    return null;
  }

  private static void putIfPresent(Map<String, String> attrs, String key, String value) {
    if (value != null && !value.isEmpty()) {
      attrs.put(key, value);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
