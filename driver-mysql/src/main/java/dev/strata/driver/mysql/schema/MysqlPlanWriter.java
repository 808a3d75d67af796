package dev.strata.driver.mysql.schema;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Function;
import dev.strata.model.Index;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import dev.strata.model.change.ChangeVisitor;
import dev.strata.model.change.SchemaChange;
import dev.strata.model.change.SchemaChange.AddEnum;
import dev.strata.model.change.SchemaChange.AddFunction;
import dev.strata.model.change.SchemaChange.AddSchema;
import dev.strata.model.change.SchemaChange.AddSequence;
import dev.strata.model.change.SchemaChange.AddTable;
import dev.strata.model.change.SchemaChange.AddTrigger;
import dev.strata.model.change.SchemaChange.AddView;
import dev.strata.model.change.SchemaChange.DialectChange;
import dev.strata.model.change.SchemaChange.DropEnum;
import dev.strata.model.change.SchemaChange.DropFunction;
import dev.strata.model.change.SchemaChange.DropSchema;
import dev.strata.model.change.SchemaChange.DropSequence;
import dev.strata.model.change.SchemaChange.DropTable;
import dev.strata.model.change.SchemaChange.DropTrigger;
import dev.strata.model.change.SchemaChange.DropView;
import dev.strata.model.change.SchemaChange.ModifyEnum;
import dev.strata.model.change.SchemaChange.ModifyFunction;
import dev.strata.model.change.SchemaChange.ModifySchema;
import dev.strata.model.change.SchemaChange.ModifySequence;
import dev.strata.model.change.SchemaChange.ModifyTable;
import dev.strata.model.change.SchemaChange.ModifyTrigger;
import dev.strata.model.change.SchemaChange.ModifyView;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import dev.strata.spi.PlanWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders schema changes as MySQL/MariaDB DDL with Atlas's comments ({@code Create "users" table},
 * {@code Modify "users" table}, {@code Add new schema named "s"}, ...): CREATE TABLE with one column
 * per line indented by {@link PlanOptions#indent()}, back-quoted names, schema-qualified when the
 * options say so. Table modifications go through {@link AlterTableWriter}. Routines and triggers
 * are single statements (no DELIMITER: each statement is executed on its own). MySQL has no enum
 * types, so enum changes are rejected.
 */
public final class MysqlPlanWriter implements PlanWriter {
  /** Creates a plan writer; it keeps no state between calls. */
  public MysqlPlanWriter() {}

  @Override
  public List<PlannedStatement> write(SchemaChange change, PlanOptions options) {
    return change.accept(new Visitor(new MysqlDdl(options)));
  }

  private static List<PlannedStatement> one(String sql, String comment) {
    return List.of(PlannedStatement.of(sql, comment));
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }

  private static final class Visitor implements ChangeVisitor<List<PlannedStatement>> {
    private final MysqlDdl ddl;

    Visitor(MysqlDdl ddl) {
      this.ddl = ddl;
    }

    @Override
    public List<PlannedStatement> visit(AddSchema c) {
      return one(
          "CREATE DATABASE " + SqlText.ident(c.added().name()) + schemaOptions(c.added().attrs()),
          "Add new schema named " + quoted(c.added().name()));
    }

    @Override
    public List<PlannedStatement> visit(DropSchema c) {
      return one(
          "DROP DATABASE " + SqlText.ident(c.dropped().name()),
          "Drop schema named " + quoted(c.dropped().name()));
    }

    @Override
    public List<PlannedStatement> visit(ModifySchema c) {
      String opts = schemaOptions(c.to().attrs());
      if (c.from().attrs().containsKey(TableReader.COMMENT)
          && !c.to().attrs().containsKey(TableReader.COMMENT)) {
        opts += " COMMENT ''"; // MariaDB keeps a comment unless it is set to empty
      }
      // Unqualified (schema-scoped) plans alter the current database, whose name the model may
      // not know (a dev database's); qualified ones name it. The database that exists is from's:
      // a schema-scoped diff compares two differently named databases.
      String name = ddl.qualifierOr(c.from().name());
      String target = ddl.qualifies() ? "ALTER DATABASE " + SqlText.ident(name) : "ALTER DATABASE";
      return one(target + opts, "Modify " + quoted(name) + " schema");
    }

    private static String schemaOptions(Map<String, String> attrs) {
      StringBuilder sb = new StringBuilder();
      if (attrs.containsKey(TableReader.CHARSET)) {
        sb.append(" CHARACTER SET ").append(attrs.get(TableReader.CHARSET));
      }
      if (attrs.containsKey(TableReader.COLLATE)) {
        sb.append(" COLLATE ").append(attrs.get(TableReader.COLLATE));
      }
      if (attrs.containsKey(TableReader.COMMENT)) {
        sb.append(" COMMENT ").append(SqlText.literal(attrs.get(TableReader.COMMENT)));
      }
      return sb.toString();
    }

    @Override
    public List<PlannedStatement> visit(AddTable c) {
      Table t = c.table();
      List<String> lines = new ArrayList<>();
      for (Column col : t.columns()) {
        lines.add(MysqlDdl.column(col));
      }
      if (t.primaryKey() != null) {
        lines.add("PRIMARY KEY " + MysqlDdl.parts(t.primaryKey().parts()));
      }
      for (Index i : t.indexes()) {
        lines.add(MysqlDdl.index(i));
      }
      for (ForeignKey fk : t.foreignKeys()) {
        lines.add(ddl.foreignKey(c.schema(), fk));
      }
      for (Check k : t.checks()) {
        lines.add(MysqlDdl.check(k));
      }
      String indent = ddl.indent();
      String body =
          indent.isEmpty()
              ? "(" + String.join(", ", lines) + ")"
              : "(\n" + indent + String.join(",\n" + indent, lines) + "\n)";
      String options = MysqlDdl.tableOptions(t.attrs());
      String sql =
          "CREATE TABLE " + ddl.name(c.schema(), t.name()) + " " + body
              + (options.isEmpty() ? "" : " " + options);
      return one(sql, "Create " + quoted(t.name()) + " table");
    }

    @Override
    public List<PlannedStatement> visit(DropTable c) {
      return one(
          "DROP TABLE " + ddl.name(c.schema(), c.table().name()),
          "Drop " + quoted(c.table().name()) + " table");
    }

    @Override
    public List<PlannedStatement> visit(ModifyTable c) {
      return new AlterTableWriter(ddl).write(c);
    }

    @Override
    public List<PlannedStatement> visit(AddView c) {
      return one(createView("CREATE VIEW ", c.schema(), c.view()), "Create " + quoted(c.view().name()) + " view");
    }

    @Override
    public List<PlannedStatement> visit(DropView c) {
      return one(
          "DROP VIEW " + ddl.name(c.schema(), c.view().name()),
          "Drop " + quoted(c.view().name()) + " view");
    }

    @Override
    public List<PlannedStatement> visit(ModifyView c) {
      return one(
          createView("CREATE OR REPLACE VIEW ", c.schema(), c.to()),
          "Modify " + quoted(c.to().name()) + " view");
    }

    // Qualified plans run without a current database: the query's tables are qualified too.
    private String createView(String verb, String schema, View v) {
      String query = ddl.qualifies() ? SqlText.qualifyTables(v.definition(), ddl.schemaName(schema)) : v.definition();
      return verb + ddl.name(schema, v.name()) + " AS " + query;
    }

    @Override
    public List<PlannedStatement> visit(AddSequence c) {
      return one(
          "CREATE SEQUENCE " + ddl.name(c.schema(), c.sequence().name()) + sequenceOptions(c.sequence()),
          "Create " + quoted(c.sequence().name()) + " sequence");
    }

    @Override
    public List<PlannedStatement> visit(DropSequence c) {
      return one(
          "DROP SEQUENCE " + ddl.name(c.schema(), c.sequence().name()),
          "Drop " + quoted(c.sequence().name()) + " sequence");
    }

    @Override
    public List<PlannedStatement> visit(ModifySequence c) {
      return one(
          "ALTER SEQUENCE " + ddl.name(c.schema(), c.to().name()) + sequenceOptions(c.to()),
          "Modify " + quoted(c.to().name()) + " sequence");
    }

    private static String sequenceOptions(Sequence s) {
      return " START WITH " + s.start() + " INCREMENT BY " + s.increment() + " MINVALUE " + s.min()
          + " MAXVALUE " + s.max() + (s.cycle() ? " CYCLE" : " NOCYCLE");
    }

    @Override
    public List<PlannedStatement> visit(AddEnum c) {
      throw noEnums(c.type().name());
    }

    @Override
    public List<PlannedStatement> visit(DropEnum c) {
      throw noEnums(c.type().name());
    }

    @Override
    public List<PlannedStatement> visit(ModifyEnum c) {
      throw noEnums(c.to().name());
    }

    private static StrataException noEnums(String name) {
      return new StrataException(
          ErrorCode.INTERNAL,
          "mysql: enum type \"" + name + "\" cannot be planned: MySQL has no enum types (use an enum column)");
    }

    @Override
    public List<PlannedStatement> visit(AddFunction c) {
      return one(routine(c.schema(), c.function()), "Create " + quoted(c.function().name()) + " " + kind(c.function()));
    }

    @Override
    public List<PlannedStatement> visit(DropFunction c) {
      return one(dropRoutine(c.schema(), c.function()), "Drop " + quoted(c.function().name()) + " " + kind(c.function()));
    }

    @Override
    public List<PlannedStatement> visit(ModifyFunction c) {
      String comment = "Modify " + quoted(c.to().name()) + " " + kind(c.to());
      return List.of(
          PlannedStatement.of(dropRoutine(c.schema(), c.from()), comment),
          PlannedStatement.of(routine(c.schema(), c.to()), comment));
    }

    private String routine(String schema, Function f) {
      String kind = kind(f).toUpperCase(Locale.ROOT);
      return requalify(f.definition(), "CREATE " + kind + " " + SqlText.ident(f.name()), "CREATE " + kind + " " + ddl.name(schema, f.name()));
    }

    private String dropRoutine(String schema, Function f) {
      return "DROP " + kind(f).toUpperCase(Locale.ROOT) + " " + ddl.name(schema, f.name());
    }

    @Override
    public List<PlannedStatement> visit(AddTrigger c) {
      return one(trigger(c.schema(), c.table(), c.trigger()), "Create trigger " + quoted(c.trigger().name()));
    }

    @Override
    public List<PlannedStatement> visit(DropTrigger c) {
      return one(
          "DROP TRIGGER " + ddl.name(c.schema(), c.trigger().name()),
          "Drop trigger " + quoted(c.trigger().name()));
    }

    @Override
    public List<PlannedStatement> visit(ModifyTrigger c) {
      String comment = "Modify trigger " + quoted(c.to().name());
      return List.of(
          PlannedStatement.of("DROP TRIGGER " + ddl.name(c.schema(), c.from().name()), comment),
          PlannedStatement.of(trigger(c.schema(), c.table(), c.to()), comment));
    }

    private String trigger(String schema, String table, Trigger t) {
      String sql =
          requalify(t.definition(), "CREATE TRIGGER " + SqlText.ident(t.name()), "CREATE TRIGGER " + ddl.name(schema, t.name()));
      String on = " ON " + SqlText.ident(table) + " ";
      int at = sql.indexOf(on);
      return at < 0 || !ddl.qualifies()
          ? sql
          : sql.substring(0, at) + " ON " + ddl.name(schema, table) + " " + sql.substring(at + on.length());
    }

    // Replaces the inspector's unqualified header with the qualified one; definitions written
    // elsewhere are used as they are.
    private String requalify(String definition, String header, String qualified) {
      return ddl.qualifies() && definition.startsWith(header)
          ? qualified + definition.substring(header.length())
          : definition;
    }

    @Override
    public List<PlannedStatement> visitDialect(DialectChange c) {
      throw new StrataException(
          ErrorCode.INTERNAL, "mysql: unsupported change " + c.getClass().getSimpleName());
    }
  }

  /** Returns {@code procedure} or {@code function}, read from the definition's CREATE header. */
  static String kind(Function f) {
    String head = f.definition().stripLeading().toUpperCase(Locale.ROOT);
    int paren = head.indexOf('(');
    String prefix = paren < 0 ? head : head.substring(0, paren);
    return prefix.contains(" PROCEDURE ") ? "procedure" : "function";
  }
}
