package dev.strata.driver.sqlite.schema;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Table;
import dev.strata.model.View;
import dev.strata.plan.PlanOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders model objects as SQLite DDL in Atlas's shape: back-quoted names, {@code NULL} or {@code
 * NOT NULL} on every column, the primary key, UNIQUE constraints, foreign keys and checks after
 * the columns, one element per line when an indent is given. Names are unqualified, as Atlas's
 * SQLite driver writes them, unless the options carry an explicit qualifier.
 *
 * <p>Rendering is the inverse of {@link SqliteInspector}: inspecting what this class writes gives
 * back the model it was given (expressions are written exactly as the model holds them).
 */
final class SqliteDdl {
  private final String qualifier;
  private final String indent;

  SqliteDdl(PlanOptions options) {
    this.qualifier = options.qualifier() == null || options.qualifier().isEmpty() ? null : options.qualifier();
    this.indent = options.indent() == null ? "" : options.indent();
  }

  /** Returns {@code name} quoted, qualified when the options ask for it. */
  String name(String name) {
    return qualifier == null ? SqliteSyntax.quote(name) : SqliteSyntax.quote(qualifier) + "." + SqliteSyntax.quote(name);
  }

  /** Returns the CREATE TABLE statement of {@code t}, created under the name {@code as}. */
  String createTable(Table t, String as) {
    List<String> elements = new ArrayList<>();
    Column inlineKey = autoincrementKey(t);
    for (Column c : t.columns()) {
      elements.add(column(c, c == inlineKey));
    }
    if (t.primaryKey() != null && inlineKey == null) {
      elements.add("PRIMARY KEY " + parts(t.primaryKey().parts()));
    }
    for (Index i : t.indexes()) {
      if (i.constraint()) {
        elements.add("UNIQUE " + parts(i.parts()));
      }
    }
    for (ForeignKey k : t.foreignKeys()) {
      elements.add(foreignKey(t, k));
    }
    for (Check c : t.checks()) {
      elements.add("CONSTRAINT " + SqliteSyntax.quote(c.name()) + " CHECK (" + c.expr() + ")");
    }
    StringBuilder b = new StringBuilder("CREATE TABLE ").append(name(as)).append(" (");
    if (indent.isEmpty()) {
      b.append(String.join(", ", elements)).append(')');
    } else {
      b.append('\n').append(indent).append(String.join(",\n" + indent, elements)).append("\n)");
    }
    List<String> options = new ArrayList<>();
    if ("true".equals(t.attrs().get("without_rowid"))) {
      options.add("WITHOUT ROWID");
    }
    if ("true".equals(t.attrs().get("strict"))) {
      options.add("STRICT");
    }
    if (!options.isEmpty()) {
      b.append(' ').append(String.join(", ", options));
    }
    return b.toString();
  }

  /**
   * Returns the column definition of {@code c}; {@code inlineKey} adds {@code PRIMARY KEY
   * AUTOINCREMENT}, which SQLite only accepts on the column itself.
   */
  String column(Column c, boolean inlineKey) {
    StringBuilder b = new StringBuilder(SqliteSyntax.quote(c.name()));
    if (!c.type().sql().isEmpty()) {
      b.append(' ').append(c.type().sql());
    }
    b.append(c.nullable() ? " NULL" : " NOT NULL");
    if (c.defaultValue() != null) {
      b.append(" DEFAULT ").append(defaultValue(c.defaultValue().expr()));
    }
    String collate = c.attrs().get("collate");
    if (collate != null && !collate.isEmpty()) {
      b.append(" COLLATE ").append(collate);
    }
    if (inlineKey) {
      b.append(" PRIMARY KEY AUTOINCREMENT");
    }
    if (c.generated() != null) {
      b.append(" AS (").append(c.generated().expr()).append(c.generated().stored() ? ") STORED" : ") VIRTUAL");
    }
    return b.toString();
  }

  /** Returns a default as it follows DEFAULT: bare literals as they are, expressions in parentheses. */
  static String defaultValue(String expr) {
    return SqliteSyntax.bareDefault(expr) ? expr : "(" + expr + ")";
  }

  /** Returns the CREATE INDEX statement of {@code i} on table {@code table}. */
  String createIndex(Index i, String table) {
    StringBuilder b = new StringBuilder("CREATE ");
    if (i.unique()) {
      b.append("UNIQUE ");
    }
    b.append("INDEX ").append(name(i.name())).append(" ON ").append(SqliteSyntax.quote(table)).append(' ');
    b.append(parts(i.parts()));
    if (i.where() != null && !i.where().isEmpty()) {
      b.append(" WHERE ").append(i.where());
    }
    return b.toString();
  }

  /** Returns the CREATE VIEW statement of {@code v}. */
  String createView(View v) {
    String d = v.definition().strip();
    // A view with a column list is kept as its whole statement (see SqliteInspector).
    if (d.regionMatches(true, 0, "CREATE", 0, 6)) {
      return d;
    }
    return "CREATE VIEW " + name(v.name()) + " AS " + d;
  }

  /** Returns {@code (`a`, `b` DESC)} for the parts of a key or an index. */
  static String parts(List<IndexPart> parts) {
    List<String> out = new ArrayList<>();
    for (IndexPart p : parts) {
      StringBuilder b = new StringBuilder(p.column() != null ? SqliteSyntax.quote(p.column()) : p.expression());
      if (p.extra() != null && !p.extra().isEmpty()) {
        b.append(' ').append(p.extra());
      }
      if (p.descending()) {
        b.append(" DESC");
      }
      out.add(b.toString());
    }
    return "(" + String.join(", ", out) + ")";
  }

  private static String foreignKey(Table t, ForeignKey k) {
    StringBuilder b = new StringBuilder();
    if (!implicitName(t, k)) {
      b.append("CONSTRAINT ").append(SqliteSyntax.quote(k.name())).append(' ');
    }
    b.append("FOREIGN KEY (").append(names(k.columns())).append(") REFERENCES ");
    b.append(SqliteSyntax.quote(k.refTable()));
    if (!k.refColumns().isEmpty()) {
      b.append(" (").append(names(k.refColumns())).append(')');
    }
    if (k.onUpdate() != null && !k.onUpdate().isEmpty()) {
      b.append(" ON UPDATE ").append(k.onUpdate().toUpperCase(Locale.ROOT));
    }
    if (k.onDelete() != null && !k.onDelete().isEmpty()) {
      b.append(" ON DELETE ").append(k.onDelete().toUpperCase(Locale.ROOT));
    }
    return b.toString();
  }

  /**
   * Returns true when the inspector would give {@code k} its name without a CONSTRAINT clause: the
   * name is the derived one and no other key of the table has the same columns.
   */
  private static boolean implicitName(Table t, ForeignKey k) {
    if (!k.name().equals(TableReader.foreignKeyName(t.name(), k.columns()))) {
      return false;
    }
    for (ForeignKey o : t.foreignKeys()) {
      if (o != k && String.join(",", o.columns()).equalsIgnoreCase(String.join(",", k.columns()))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the column that carries {@code PRIMARY KEY AUTOINCREMENT}, or null. */
  static Column autoincrementKey(Table t) {
    PrimaryKey pk = t.primaryKey();
    if (pk == null || pk.parts().size() != 1 || pk.parts().get(0).column() == null) {
      return null;
    }
    Column c = t.column(pk.parts().get(0).column()).orElse(null);
    return c != null && c.identity() != null ? c : null;
  }

  /** Returns quoted names separated by commas. */
  static String names(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add(SqliteSyntax.quote(n));
    }
    return String.join(", ", out);
  }
}
