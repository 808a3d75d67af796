package dev.strata.driver.postgres.schema;

import static dev.strata.driver.postgres.schema.Identifiers.literal;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.model.Schema;
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
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Renders schema changes as PostgreSQL DDL with Atlas's comments ({@code Create "users" table},
 * {@code Modify "users" table}, {@code Create index "i" to table: "t"}, ...): CREATE TABLE with one
 * column per line indented by {@link PlanOptions#indent()}, quoted names, schema-qualified when
 * {@link PlanOptions#qualify()} with {@link PlanOptions#qualifier()} in place of the schema.
 * Stateless.
 */
public final class PostgresPlanWriter implements PlanWriter {
  /** Returns a writer; it holds no state. */
  public PostgresPlanWriter() {}

  @Override
  public List<PlannedStatement> write(SchemaChange change, PlanOptions options) {
    return change.accept(new Visitor(options));
  }

  private static final class Visitor implements ChangeVisitor<List<PlannedStatement>> {
    private final PlanOptions options;
    private final Names names;

    Visitor(PlanOptions options) {
      this.options = options;
      this.names = Names.of(options);
    }

    @Override
    public List<PlannedStatement> visit(AddSchema c) {
      Schema s = c.added();
      List<PlannedStatement> out = new ArrayList<>();
      // public exists in every new database: IF NOT EXISTS keeps a realm's plan replayable (Atlas).
      out.add(
          PlannedStatement.of(
              "CREATE SCHEMA "
                  + (s.name().equals("public") ? "IF NOT EXISTS " : "")
                  + names.schema(s.name()),
              "Add new schema named \"" + s.name() + "\""));
      if (s.attrs().get("comment") != null) {
        out.add(schemaComment(s.name(), s.attrs().get("comment")));
      }
      out.addAll(domains(s.name(), Map.of(), s.attrs()));
      return out;
    }

    @Override
    public List<PlannedStatement> visit(DropSchema c) {
      return List.of(
          PlannedStatement.of(
              "DROP SCHEMA " + names.schema(c.dropped().name()) + " CASCADE",
              "Drop schema named \"" + c.dropped().name() + "\""));
    }

    @Override
    public List<PlannedStatement> visit(ModifySchema c) {
      List<PlannedStatement> out = new ArrayList<>();
      String name = c.to().name();
      String from = c.from().attrs().get("comment");
      String to = c.to().attrs().get("comment");
      if (!Objects.equals(from, to)) {
        out.add(schemaComment(name, to));
      }
      out.addAll(domains(name, c.from().attrs(), c.to().attrs()));
      return out;
    }

    private PlannedStatement schemaComment(String schema, String comment) {
      return PlannedStatement.of(
          "COMMENT ON SCHEMA " + names.schema(schema) + " IS " + literal(comment),
          "Set comment to schema: \"" + schema + "\"");
    }

    // Domains live in schema attributes "domain:<name>"; a changed domain is dropped and created.
    private List<PlannedStatement> domains(
        String schema, Map<String, String> from, Map<String, String> to) {
      TreeSet<String> keys = new TreeSet<>(from.keySet());
      keys.addAll(to.keySet());
      List<PlannedStatement> out = new ArrayList<>();
      for (String key : keys) {
        if (!key.startsWith(ObjectReader.DOMAIN) || Objects.equals(from.get(key), to.get(key))) {
          continue;
        }
        String name = key.substring(ObjectReader.DOMAIN.length());
        String q = names.of(schema, name);
        if (from.get(key) != null) {
          out.add(PlannedStatement.of("DROP DOMAIN " + q, "Drop domain type \"" + name + "\""));
        }
        if (to.get(key) != null) {
          out.add(
              PlannedStatement.of(
                  "CREATE DOMAIN " + q + " " + to.get(key), "Create domain type \"" + name + "\""));
        }
      }
      return out;
    }

    @Override
    public List<PlannedStatement> visit(AddTable c) {
      return TableDdl.create(c.schema(), c.table(), names, options.indent());
    }

    @Override
    public List<PlannedStatement> visit(DropTable c) {
      // A partition goes with its parent when both are dropped, in whichever order they come.
      String exists = c.table().attrs().containsKey("partition_of") ? "IF EXISTS " : "";
      return List.of(
          PlannedStatement.of(
              "DROP TABLE " + exists + names.of(c.schema(), c.table().name()),
              "Drop \"" + c.table().name() + "\" table"));
    }

    @Override
    public List<PlannedStatement> visit(ModifyTable c) {
      return AlterTableDdl.write(c, names);
    }

    @Override
    public List<PlannedStatement> visit(AddView c) {
      return ObjectDdl.createView(c.schema(), c.view(), names);
    }

    @Override
    public List<PlannedStatement> visit(DropView c) {
      return List.of(ObjectDdl.dropView(c.schema(), c.view(), names));
    }

    @Override
    public List<PlannedStatement> visit(ModifyView c) {
      return ObjectDdl.modifyView(c.schema(), c.from(), c.to(), names);
    }

    @Override
    public List<PlannedStatement> visit(AddSequence c) {
      return List.of(ObjectDdl.createSequence(c.schema(), c.sequence(), names));
    }

    @Override
    public List<PlannedStatement> visit(DropSequence c) {
      return List.of(ObjectDdl.dropSequence(c.schema(), c.sequence(), names));
    }

    @Override
    public List<PlannedStatement> visit(ModifySequence c) {
      return List.of(ObjectDdl.alterSequence(c.schema(), c.from(), c.to(), names));
    }

    @Override
    public List<PlannedStatement> visit(AddEnum c) {
      return List.of(ObjectDdl.createEnum(c.schema(), c.type(), names));
    }

    @Override
    public List<PlannedStatement> visit(DropEnum c) {
      return List.of(ObjectDdl.dropEnum(c.schema(), c.type(), names));
    }

    @Override
    public List<PlannedStatement> visit(ModifyEnum c) {
      return ObjectDdl.modifyEnum(c.schema(), c.from(), c.to(), names);
    }

    @Override
    public List<PlannedStatement> visit(AddFunction c) {
      return List.of(ObjectDdl.createFunction(c.schema(), c.function(), names));
    }

    @Override
    public List<PlannedStatement> visit(DropFunction c) {
      return List.of(ObjectDdl.dropFunction(c.schema(), c.function(), names));
    }

    @Override
    public List<PlannedStatement> visit(ModifyFunction c) {
      return ObjectDdl.modifyFunction(c.schema(), c.from(), c.to(), names);
    }

    @Override
    public List<PlannedStatement> visit(AddTrigger c) {
      return List.of(ObjectDdl.createTrigger(c.schema(), c.table(), c.trigger(), names));
    }

    @Override
    public List<PlannedStatement> visit(DropTrigger c) {
      return List.of(ObjectDdl.dropTrigger(c.schema(), c.table(), c.trigger(), names));
    }

    @Override
    public List<PlannedStatement> visit(ModifyTrigger c) {
      return List.of(
          ObjectDdl.dropTrigger(c.schema(), c.table(), c.from(), names),
          ObjectDdl.createTrigger(c.schema(), c.table(), c.to(), names));
    }

    @Override
    public List<PlannedStatement> visitDialect(DialectChange c) {
      throw new StrataException(ErrorCode.INTERNAL, "postgres: unsupported schema change " + c);
    }
  }
}
