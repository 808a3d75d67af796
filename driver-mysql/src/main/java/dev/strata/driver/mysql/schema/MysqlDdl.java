package dev.strata.driver.mysql.schema;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.plan.PlanOptions;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The pieces of MySQL DDL the plan writer assembles: names (schema-qualified when the options say
 * so), column definitions, index, key, foreign-key and check clauses, and table options. Every
 * method returns SQL text without a trailing delimiter.
 */
final class MysqlDdl {
  private final PlanOptions options;

  MysqlDdl(PlanOptions options) {
    this.options = options;
  }

  /** Returns true when object names are schema-qualified. */
  boolean qualifies() {
    return options.qualify() || options.qualifier() != null;
  }

  /** Returns {@code name} of {@code schema}, qualified when the options say so. */
  String name(String schema, String name) {
    if (!qualifies()) {
      return SqlText.ident(name);
    }
    return schemaName(schema) + "." + SqlText.ident(name);
  }

  /** Returns the quoted name the plan uses for {@code schema} (the qualifier if set). */
  String schemaName(String schema) {
    return SqlText.ident(options.qualifier() != null ? options.qualifier() : schema);
  }

  /** Returns the qualifier of the options if set, else {@code schema}. */
  String qualifierOr(String schema) {
    return options.qualifier() != null ? options.qualifier() : schema;
  }

  /** Returns the indentation of CREATE TABLE bodies; empty for one-line statements. */
  String indent() {
    return options.indent() == null ? "" : options.indent();
  }

  /** Returns the column definition: {@code `name` type ... NOT NULL DEFAULT ... COMMENT '...'}. */
  static String column(Column c) {
    StringBuilder sb = new StringBuilder(SqlText.ident(c.name())).append(' ').append(c.type().sql());
    Map<String, String> a = c.attrs();
    if (a.containsKey(TableReader.CHARSET)) {
      sb.append(" CHARACTER SET ").append(a.get(TableReader.CHARSET));
    }
    if (a.containsKey(TableReader.COLLATE)) {
      sb.append(" COLLATE ").append(a.get(TableReader.COLLATE));
    }
    if (c.generated() != null) {
      sb.append(" GENERATED ALWAYS AS ").append(SqlText.wrap(c.generated().expr()));
      sb.append(c.generated().stored() ? " STORED" : " VIRTUAL");
      // MariaDB rejects NULL/NOT NULL on generated columns; MySQL accepts NOT NULL only.
      if (!c.nullable()) {
        sb.append(" NOT NULL");
      }
    } else {
      sb.append(c.nullable() ? " NULL" : " NOT NULL");
    }
    if (c.defaultValue() != null) {
      sb.append(" DEFAULT ").append(c.defaultValue().expr());
    }
    if (c.identity() != null) {
      sb.append(" AUTO_INCREMENT");
    }
    if (a.containsKey(TableReader.ON_UPDATE)) {
      sb.append(" ON UPDATE ").append(a.get(TableReader.ON_UPDATE));
    }
    if ("true".equals(a.get(TableReader.INVISIBLE))) {
      sb.append(" INVISIBLE");
    }
    if (a.containsKey(TableReader.COMMENT)) {
      sb.append(" COMMENT ").append(SqlText.literal(a.get(TableReader.COMMENT)));
    }
    return sb.toString();
  }

  /** Returns the parenthesised key parts: {@code (`a`(10), `b` DESC, (lower(`c`)))}. */
  static String parts(List<IndexPart> parts) {
    StringJoiner j = new StringJoiner(", ", "(", ")");
    for (IndexPart p : parts) {
      StringBuilder sb = new StringBuilder();
      if (p.column() != null) {
        sb.append(SqlText.ident(p.column()));
        if (p.prefix() > 0) {
          sb.append('(').append(p.prefix()).append(')');
        }
      } else {
        sb.append(SqlText.wrap(p.expression()));
      }
      if (p.descending()) {
        sb.append(" DESC");
      }
      j.add(sb.toString());
    }
    return j.toString();
  }

  /**
   * Returns an index clause as CREATE TABLE and ALTER TABLE ... ADD take it; an empty method is
   * the engine's default (BTREE, HASH for MEMORY), any other is spelled out with USING.
   */
  static String index(Index i) {
    String kind;
    String using = "";
    switch (i.method()) {
      case "FULLTEXT":
        kind = "FULLTEXT INDEX ";
        break;
      case "SPATIAL":
        kind = "SPATIAL INDEX ";
        break;
      case "":
        kind = i.unique() ? "UNIQUE INDEX " : "INDEX ";
        break;
      default:
        kind = i.unique() ? "UNIQUE INDEX " : "INDEX ";
        using = " USING " + i.method();
    }
    return kind + SqlText.ident(i.name()) + " " + parts(i.parts()) + using;
  }

  /** Returns the foreign-key clause {@code CONSTRAINT `fk` FOREIGN KEY (...) REFERENCES ...}. */
  String foreignKey(String schema, ForeignKey fk) {
    StringJoiner cols = new StringJoiner(", ", "(", ")");
    fk.columns().forEach(c -> cols.add(SqlText.ident(c)));
    StringJoiner refs = new StringJoiner(", ", "(", ")");
    fk.refColumns().forEach(c -> refs.add(SqlText.ident(c)));
    String ref =
        fk.refSchema() == null || fk.refSchema().isEmpty() || fk.refSchema().equals(schema)
            ? name(schema, fk.refTable())
            : SqlText.ident(fk.refSchema()) + "." + SqlText.ident(fk.refTable());
    StringBuilder sb = new StringBuilder();
    sb.append("CONSTRAINT ").append(SqlText.ident(fk.name())).append(" FOREIGN KEY ").append(cols);
    sb.append(" REFERENCES ").append(ref).append(' ').append(refs);
    if (fk.onUpdate() != null && !fk.onUpdate().isEmpty()) {
      sb.append(" ON UPDATE ").append(fk.onUpdate());
    }
    if (fk.onDelete() != null && !fk.onDelete().isEmpty()) {
      sb.append(" ON DELETE ").append(fk.onDelete());
    }
    return sb.toString();
  }

  /** Returns {@code CONSTRAINT `c` CHECK (expr)}. */
  static String check(Check c) {
    return "CONSTRAINT " + SqlText.ident(c.name()) + " CHECK " + SqlText.wrap(c.expr());
  }

  /**
   * Returns the table options of {@code attrs} ({@code ENGINE=MyISAM CHARSET x COLLATE y COMMENT
   * '...'}), empty when there are none. InnoDB, every server's default engine, is left implicit.
   */
  static String tableOptions(Map<String, String> attrs) {
    StringJoiner j = new StringJoiner(" ");
    String engine = attrs.get(TableReader.ENGINE);
    if (engine != null && !engine.equalsIgnoreCase("InnoDB")) {
      j.add("ENGINE=" + engine);
    }
    if (attrs.containsKey(TableReader.CHARSET)) {
      j.add("CHARSET " + attrs.get(TableReader.CHARSET));
    }
    if (attrs.containsKey(TableReader.COLLATE)) {
      j.add("COLLATE " + attrs.get(TableReader.COLLATE));
    }
    if (attrs.containsKey(TableReader.COMMENT)) {
      j.add("COMMENT " + SqlText.literal(attrs.get(TableReader.COMMENT)));
    }
    return j.toString();
  }
}
