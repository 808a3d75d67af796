package dev.strata.driver.sqlite.schema;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.model.Index;
import dev.strata.model.Schema;
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

/**
 * Renders schema changes as SQLite statements with Atlas's comments ({@code Create "users"
 * table}, {@code Add column "c" to table: "t"}, ...). Tables are altered in place where SQLite's
 * ALTER TABLE can do it and rebuilt otherwise ({@link TableChangeWriter}). Statements that switch
 * foreign keys off and on are marked non-transactional: SQLite ignores that PRAGMA inside a
 * transaction, and a table dropped with foreign keys on deletes its rows first (firing ON DELETE
 * actions in other tables).
 *
 * <p>SQLite has one schema, {@code main}, and no sequences, enum types or functions: adding schema
 * {@code main} needs no statement (the list is empty), and the other unsupported changes throw
 * {@link StrataException} with {@link ErrorCode#USAGE}.
 */
public final class SqlitePlanWriter implements PlanWriter {
  /** Creates a writer; it holds no state. */
  public SqlitePlanWriter() {}

  @Override
  public List<PlannedStatement> write(SchemaChange change, PlanOptions options) {
    return change.accept(new Renderer(new SqliteDdl(options)));
  }

  /** Returns false: a table change may rebuild the table, so it must see all its changes at once. */
  @Override
  public boolean altersForeignKeys() {
    return false;
  }

  /** One change's statements; a new renderer per change. */
  private static final class Renderer implements ChangeVisitor<List<PlannedStatement>> {
    private final SqliteDdl ddl;

    Renderer(SqliteDdl ddl) {
      this.ddl = ddl;
    }

    @Override
    public List<PlannedStatement> visit(AddSchema c) {
      requireMain(c.schema(), "create");
      return List.of();
    }

    // Dropping main drops what it holds (nothing when it is empty); the file itself stays.
    @Override
    public List<PlannedStatement> visit(DropSchema c) {
      requireMain(c.schema(), "drop");
      Schema s = c.dropped();
      List<PlannedStatement> out = new ArrayList<>();
      for (View v : s.views()) {
        out.add(dropView(v));
      }
      if (!s.tables().isEmpty()) {
        out.add(TableChangeWriter.foreignKeysOff());
        for (Table t : s.tables()) {
          out.add(dropTable(t));
        }
        out.add(TableChangeWriter.foreignKeysOn());
      }
      return out;
    }

    @Override
    public List<PlannedStatement> visit(ModifySchema c) {
      requireMain(c.schema(), "change");
      return List.of(); // SQLite schemas have no attributes
    }

    @Override
    public List<PlannedStatement> visit(AddTable c) {
      Table t = c.table();
      List<PlannedStatement> out = new ArrayList<>();
      out.add(PlannedStatement.of(ddl.createTable(t, t.name()), "Create " + SqliteSyntax.commentName(t.name()) + " table"));
      for (Index i : t.indexes()) {
        if (!i.constraint()) {
          out.add(
              PlannedStatement.of(
                  ddl.createIndex(i, t.name()),
                  "Create index " + SqliteSyntax.commentName(i.name()) + " to table: "
                      + SqliteSyntax.commentName(t.name())));
        }
      }
      return out;
    }

    @Override
    public List<PlannedStatement> visit(DropTable c) {
      return List.of(TableChangeWriter.foreignKeysOff(), dropTable(c.table()), TableChangeWriter.foreignKeysOn());
    }

    @Override
    public List<PlannedStatement> visit(ModifyTable c) {
      return new TableChangeWriter(ddl).write(c);
    }

    @Override
    public List<PlannedStatement> visit(AddView c) {
      return List.of(createView(c.view()));
    }

    @Override
    public List<PlannedStatement> visit(DropView c) {
      return List.of(dropView(c.view()));
    }

    @Override
    public List<PlannedStatement> visit(ModifyView c) {
      return List.of(dropView(c.from()), createView(c.to()));
    }

    @Override
    public List<PlannedStatement> visit(AddTrigger c) {
      return List.of(createTrigger(c.trigger()));
    }

    @Override
    public List<PlannedStatement> visit(DropTrigger c) {
      return List.of(dropTrigger(c.trigger()));
    }

    @Override
    public List<PlannedStatement> visit(ModifyTrigger c) {
      return List.of(dropTrigger(c.from()), createTrigger(c.to()));
    }

    @Override
    public List<PlannedStatement> visit(AddSequence c) {
      throw unsupported("sequences", c.sequence().name());
    }

    @Override
    public List<PlannedStatement> visit(DropSequence c) {
      throw unsupported("sequences", c.sequence().name());
    }

    @Override
    public List<PlannedStatement> visit(ModifySequence c) {
      throw unsupported("sequences", c.to().name());
    }

    @Override
    public List<PlannedStatement> visit(AddEnum c) {
      throw unsupported("enum types", c.type().name());
    }

    @Override
    public List<PlannedStatement> visit(DropEnum c) {
      throw unsupported("enum types", c.type().name());
    }

    @Override
    public List<PlannedStatement> visit(ModifyEnum c) {
      throw unsupported("enum types", c.to().name());
    }

    @Override
    public List<PlannedStatement> visit(AddFunction c) {
      throw unsupported("functions", c.function().name());
    }

    @Override
    public List<PlannedStatement> visit(DropFunction c) {
      throw unsupported("functions", c.function().name());
    }

    @Override
    public List<PlannedStatement> visit(ModifyFunction c) {
      throw unsupported("functions", c.to().name());
    }

    @Override
    public List<PlannedStatement> visitDialect(DialectChange c) {
      throw new StrataException(ErrorCode.USAGE, "sqlite: unsupported change " + c.getClass().getSimpleName());
    }

    private PlannedStatement dropTable(Table t) {
      return PlannedStatement.of("DROP TABLE " + ddl.name(t.name()), "Drop " + SqliteSyntax.commentName(t.name()) + " table");
    }

    private PlannedStatement createView(View v) {
      return PlannedStatement.of(ddl.createView(v), "Create " + SqliteSyntax.commentName(v.name()) + " view");
    }

    private PlannedStatement dropView(View v) {
      return PlannedStatement.of("DROP VIEW " + ddl.name(v.name()), "Drop " + SqliteSyntax.commentName(v.name()) + " view");
    }

    // SQLite keeps the trigger's statement as written; it is replayed as is.
    private static PlannedStatement createTrigger(Trigger t) {
      return PlannedStatement.of(t.definition(), "Create trigger " + SqliteSyntax.commentName(t.name()));
    }

    private PlannedStatement dropTrigger(Trigger t) {
      return PlannedStatement.of(
          "DROP TRIGGER " + ddl.name(t.name()), "Drop trigger " + SqliteSyntax.commentName(t.name()));
    }

    private static void requireMain(String schema, String verb) {
      if (!SqliteInspector.MAIN.equals(schema)) {
        throw new StrataException(
            ErrorCode.USAGE, "sqlite: cannot " + verb + " schema \"" + schema + "\": SQLite has one schema, main");
      }
    }

    private static StrataException unsupported(String what, String name) {
      return new StrataException(ErrorCode.USAGE, "sqlite: SQLite has no " + what + " (\"" + name + "\")");
    }
  }
}
