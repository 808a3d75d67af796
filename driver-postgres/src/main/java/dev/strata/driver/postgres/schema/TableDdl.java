package dev.strata.driver.postgres.schema;

import static dev.strata.driver.postgres.schema.Identifiers.literal;
import static dev.strata.driver.postgres.schema.Identifiers.quote;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Table;
import dev.strata.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The DDL text of tables and their parts: CREATE TABLE (and CREATE TABLE ... PARTITION OF), column
 * definitions, key and check clauses, CREATE INDEX and comments. Shared by table creation and
 * modification.
 */
final class TableDdl {
  private TableDdl() {}

  /**
   * Returns the statements that create {@code t} in {@code schema}: the table, its indexes,
   * comments.
   */
  static List<PlannedStatement> create(String schema, Table t, Names names, String indent) {
    List<PlannedStatement> out = new ArrayList<>();
    out.add(
        PlannedStatement.of(
            createTable(schema, t, names, indent), "Create \"" + t.name() + "\" table"));
    for (Index i : t.indexes()) {
      if (!i.constraint()) {
        out.add(createIndex(schema, t.name(), i, names));
      }
    }
    String comment = t.attrs().get("comment");
    if (comment != null) {
      out.add(tableComment(schema, t.name(), comment, names));
    }
    for (Column c : t.columns()) {
      if (c.attrs().get("comment") != null) {
        out.add(columnComment(schema, t.name(), c.name(), c.attrs().get("comment"), names));
      }
    }
    return out;
  }

  private static String createTable(String schema, Table t, Names names, String indent) {
    String parent = t.attrs().get("partition_of");
    List<String> body = new ArrayList<>();
    for (Column c : t.columns()) {
      if (parent == null) {
        body.add(column(c));
      } else if (c.defaultValue() != null || !c.nullable()) {
        // A partition inherits its columns; only what differs from the parent is stated.
        body.add(
            quote(c.name())
                + " WITH OPTIONS"
                + (c.nullable() ? "" : " NOT NULL")
                + (c.defaultValue() == null ? "" : " DEFAULT " + c.defaultValue().expr()));
      }
    }
    PrimaryKey pk = t.primaryKey();
    if (pk != null) {
      body.add(primaryKey(t.name(), pk));
    }
    for (Index i : t.indexes()) {
      if (i.constraint()) {
        body.add(unique(i));
      }
    }
    for (ForeignKey k : t.foreignKeys()) {
      body.add(foreignKey(schema, k, names));
    }
    for (Check c : t.checks()) {
      body.add(check(c));
    }
    StringBuilder b = new StringBuilder("CREATE TABLE ").append(names.of(schema, t.name()));
    if (parent != null) {
      b.append(" PARTITION OF ").append(partitionParent(schema, parent, names));
    }
    if (parent == null || !body.isEmpty()) {
      b.append(' ').append(wrapList(body, indent));
    }
    if (parent != null) {
      b.append(' ').append(t.attrs().get("partition_bound"));
    }
    if (t.attrs().get("partition_by") != null) {
      b.append(" PARTITION BY ").append(t.attrs().get("partition_by"));
    }
    return b.toString();
  }

  /** Returns the parent named by a {@code partition_of} attribute, as this plan names it. */
  static String partitionParent(String schema, String parent, Names names) {
    // The inspector writes a parent of another schema already quoted and qualified.
    return parent.startsWith("\"") ? parent : names.of(schema, parent);
  }

  /** Returns {@code items} in parentheses: one per line indented by {@code indent}, or inline. */
  static String wrapList(List<String> items, String indent) {
    if (indent == null || indent.isEmpty()) {
      return "(" + String.join(", ", items) + ")";
    }
    return "(\n" + items.stream().map(i -> indent + i).collect(Collectors.joining(",\n")) + "\n)";
  }

  /** Returns the definition of column {@code c} as CREATE TABLE and ADD COLUMN write it. */
  static String column(Column c) {
    StringBuilder b = new StringBuilder(quote(c.name())).append(' ').append(c.type().sql());
    String collate = c.attrs().get("collate");
    if (collate != null) {
      b.append(" COLLATE ").append(quote(collate));
    }
    b.append(c.nullable() ? " NULL" : " NOT NULL");
    if (c.defaultValue() != null) {
      b.append(" DEFAULT ").append(c.defaultValue().expr());
    }
    if (c.generated() != null) {
      b.append(" GENERATED ALWAYS AS ").append(wrap(c.generated().expr())).append(" STORED");
    }
    if (c.identity() != null) {
      b.append(' ').append(identity(c.identity()));
    }
    return b.toString();
  }

  /** Returns {@code GENERATED ... AS IDENTITY}, with the sequence options that are not 1. */
  static String identity(dev.strata.model.Identity id) {
    StringBuilder b =
        new StringBuilder("GENERATED ").append(id.generation()).append(" AS IDENTITY");
    List<String> opts = new ArrayList<>();
    if (id.start() != 1) {
      opts.add("START WITH " + id.start());
    }
    if (id.increment() != 1) {
      opts.add("INCREMENT BY " + id.increment());
    }
    if (!opts.isEmpty()) {
      b.append(" (").append(String.join(" ", opts)).append(')');
    }
    return b.toString();
  }

  /**
   * Returns the PRIMARY KEY clause, naming the constraint only when its name is not the default.
   */
  static String primaryKey(String table, PrimaryKey pk) {
    String cols = columns(pk.parts());
    boolean named =
        pk.name() != null
            && !pk.name().isEmpty()
            && !pk.name().equals(Identifiers.primaryKey(table));
    return (named ? "CONSTRAINT " + quote(pk.name()) + " " : "") + "PRIMARY KEY " + cols;
  }

  /** Returns the UNIQUE constraint clause of a constraint-backed index. */
  static String unique(Index i) {
    return "CONSTRAINT " + quote(i.name()) + " UNIQUE " + indexBody(i);
  }

  /** Returns the FOREIGN KEY clause. */
  static String foreignKey(String schema, ForeignKey k, Names names) {
    return "CONSTRAINT "
        + quote(k.name())
        + " FOREIGN KEY "
        + names(k.columns())
        + " REFERENCES "
        + names.ref(schema, k.refSchema(), k.refTable())
        + " "
        + names(k.refColumns())
        + " ON UPDATE "
        + k.onUpdate()
        + " ON DELETE "
        + k.onDelete();
  }

  /** Returns the CHECK constraint clause. */
  static String check(Check c) {
    return "CONSTRAINT " + quote(c.name()) + " CHECK (" + c.expr() + ")";
  }

  /** Returns the CREATE INDEX statement of {@code i} on table {@code table}. */
  static PlannedStatement createIndex(String schema, String table, Index i, Names names) {
    return PlannedStatement.of(
        createIndexSql(names.of(schema, table), i),
        "Create index \"" + i.name() + "\" to table: \"" + table + "\"");
  }

  /** Returns the CREATE INDEX text of {@code i} on the already named {@code table}. */
  static String createIndexSql(String table, Index i) {
    return "CREATE "
        + (i.unique() ? "UNIQUE " : "")
        + "INDEX "
        + quote(i.name())
        + " ON "
        + table
        + " "
        + indexBody(i);
  }

  /** Returns what follows the table in CREATE INDEX: method, parts, INCLUDE and predicate. */
  static String indexBody(Index i) {
    StringBuilder b = new StringBuilder();
    if (!i.method().isEmpty()) {
      b.append("USING ").append(i.method()).append(' ');
    }
    List<String> keys = new ArrayList<>();
    List<String> include = new ArrayList<>();
    for (IndexPart p : i.parts()) {
      if (KeyReader.INCLUDE.equals(p.extra())) {
        include.add(quote(p.column()));
      } else {
        keys.add(part(p));
      }
    }
    b.append('(').append(String.join(", ", keys)).append(')');
    if (!include.isEmpty()) {
      b.append(" INCLUDE (").append(String.join(", ", include)).append(')');
    }
    if (!i.where().isEmpty()) {
      b.append(" WHERE ").append(wrap(i.where()));
    }
    return b.toString();
  }

  private static String part(IndexPart p) {
    StringBuilder b =
        new StringBuilder(p.column() != null ? quote(p.column()) : wrap(p.expression()));
    String extra = p.extra() == null ? "" : p.extra();
    String nulls = "";
    for (String n : List.of("NULLS FIRST", "NULLS LAST")) {
      if (extra.endsWith(n)) {
        nulls = n;
        extra = extra.substring(0, extra.length() - n.length()).strip();
      }
    }
    if (!extra.isEmpty()) {
      b.append(' ').append(extra);
    }
    if (p.descending()) {
      b.append(" DESC");
    }
    if (!nulls.isEmpty()) {
      b.append(' ').append(nulls);
    }
    return b.toString();
  }

  /** Returns the COMMENT ON TABLE statement ({@code IS NULL} for a null comment). */
  static PlannedStatement tableComment(String schema, String table, String comment, Names names) {
    return PlannedStatement.of(
        "COMMENT ON TABLE " + names.of(schema, table) + " IS " + literal(comment),
        "Set comment to table: \"" + table + "\"");
  }

  /** Returns the COMMENT ON COLUMN statement ({@code IS NULL} for a null comment). */
  static PlannedStatement columnComment(
      String schema, String table, String column, String comment, Names names) {
    return PlannedStatement.of(
        "COMMENT ON COLUMN "
            + names.of(schema, table)
            + "."
            + quote(column)
            + " IS "
            + literal(comment),
        "Set comment to column: \"" + column + "\" on table: \"" + table + "\"");
  }

  private static String columns(List<IndexPart> parts) {
    return "(" + parts.stream().map(p -> quote(p.column())).collect(Collectors.joining(", ")) + ")";
  }

  private static String names(List<String> columns) {
    return "(" + columns.stream().map(Identifiers::quote).collect(Collectors.joining(", ")) + ")";
  }

  /** Returns {@code expr} in parentheses unless one pair already encloses all of it. */
  static String wrap(String expr) {
    return Expressions.enclosed(expr) ? expr : "(" + expr + ")";
  }
}
