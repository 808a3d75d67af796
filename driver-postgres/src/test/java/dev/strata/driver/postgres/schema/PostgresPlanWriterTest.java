package dev.strata.driver.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.EnumType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Schema;
import dev.strata.model.Table;
import dev.strata.model.change.SchemaChange;
import dev.strata.model.change.TableChange;
import dev.strata.model.change.TableChange.ColumnChange;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The text the writer produces, statement by statement, with Atlas's comments. */
class PostgresPlanWriterTest {
  private final PostgresPlanWriter writer = new PostgresPlanWriter();

  private static Column col(String name, String type, boolean nullable) {
    return new Column(name, new ColumnType(type), nullable, null, null, null, Map.of());
  }

  private static Table users() {
    return new Table(
        "users",
        List.of(col("id", "bigint", false), col("name", "character varying(100)", true)),
        new PrimaryKey("users_pkey", List.of(IndexPart.of("id"))),
        List.of(new Index("users_name", false, List.of(IndexPart.of("name")), "", "", false)),
        List.of(),
        List.of(new Check("users_name_check", "(name <> ''::text)")),
        List.of(),
        Map.of());
  }

  private static String text(List<PlannedStatement> plan) {
    StringBuilder b = new StringBuilder();
    for (PlannedStatement p : plan) {
      b.append("-- ").append(p.comment()).append('\n').append(p.sql()).append(";\n");
    }
    return b.toString();
  }

  @Test
  void createTableIndentsOneColumnPerLine() {
    assertThat(
            text(
                writer.write(
                    new SchemaChange.AddTable("public", users()), PlanOptions.unqualified())))
        .isEqualTo(
            "-- Create \"users\" table\n"
                + "CREATE TABLE \"users\" (\n"
                + "  \"id\" bigint NOT NULL,\n"
                + "  \"name\" character varying(100) NULL,\n"
                + "  PRIMARY KEY (\"id\"),\n"
                + "  CONSTRAINT \"users_name_check\" CHECK ((name <> ''::text))\n"
                + ");\n"
                + "-- Create index \"users_name\" to table: \"users\"\n"
                + "CREATE INDEX \"users_name\" ON \"users\" (\"name\");\n");
  }

  @Test
  void qualifierReplacesTheSchemaAndNoIndentMeansOneLine() {
    List<PlannedStatement> plan =
        writer.write(
            new SchemaChange.AddTable("public", users()), new PlanOptions(true, "app", ""));
    assertThat(plan.get(0).sql())
        .isEqualTo(
            "CREATE TABLE \"app\".\"users\" (\"id\" bigint NOT NULL, \"name\" character"
                + " varying(100) NULL, PRIMARY KEY (\"id\"), CONSTRAINT \"users_name_check\" CHECK"
                + " ((name <> ''::text)))");
    assertThat(plan.get(1).sql())
        .isEqualTo("CREATE INDEX \"users_name\" ON \"app\".\"users\" (\"name\")");
    assertThat(writer.write(new SchemaChange.AddSchema(Schema.empty("s")), PlanOptions.qualified()))
        .containsExactly(PlannedStatement.of("CREATE SCHEMA \"s\"", "Add new schema named \"s\""));
  }

  @Test
  void modifyTableIsOneAlterTableWithDropsFirst() {
    Table from = users();
    Column name = from.columns().get(1);
    Column renamedType =
        new Column(
            "name",
            new ColumnType("text"),
            false,
            new DefaultValue("'x'::text"),
            null,
            null,
            Map.of("comment", "the name"));
    ForeignKey fk =
        new ForeignKey(
            "users_org_fkey",
            List.of("org"),
            "public",
            "orgs",
            List.of("id"),
            "NO ACTION",
            "CASCADE");
    List<TableChange> changes =
        List.of(
            new TableChange.ModifyColumn(
                name,
                renamedType,
                Set.of(
                    ColumnChange.TYPE,
                    ColumnChange.NULL,
                    ColumnChange.DEFAULT,
                    ColumnChange.COMMENT)),
            new TableChange.AddColumn(col("org", "integer", true)),
            new TableChange.DropIndex(from.indexes().get(0)),
            new TableChange.DropCheck(from.checks().get(0)),
            new TableChange.AddForeignKey(fk));
    List<PlannedStatement> plan =
        writer.write(
            new SchemaChange.ModifyTable("public", from, from, changes), PlanOptions.unqualified());
    assertThat(text(plan))
        .isEqualTo(
            "-- Drop index \"users_name\" from table: \"users\"\n"
                + "DROP INDEX \"users_name\";\n"
                + "-- Modify \"users\" table\n"
                + "ALTER TABLE \"users\" DROP CONSTRAINT \"users_name_check\", ALTER COLUMN"
                + " \"name\" TYPE text USING \"name\"::text, ALTER COLUMN \"name\" SET NOT NULL,"
                + " ALTER COLUMN \"name\" SET DEFAULT 'x'::text, ADD COLUMN \"org\" integer NULL,"
                + " ADD CONSTRAINT \"users_org_fkey\" FOREIGN KEY (\"org\") REFERENCES \"orgs\""
                + " (\"id\") ON UPDATE NO ACTION ON DELETE CASCADE;\n"
                + "-- Set comment to column: \"name\" on table: \"users\"\n"
                + "COMMENT ON COLUMN \"users\".\"name\" IS 'the name';\n");
  }

  @Test
  void appendedEnumLabelsAreAddedInPlace() {
    EnumType from = new EnumType("status", List.of("new", "done"));
    EnumType to = new EnumType("status", List.of("draft", "new", "active", "done", "gone"));
    assertThat(
            writer.write(new SchemaChange.ModifyEnum("public", from, to), PlanOptions.qualified()))
        .extracting(PlannedStatement::sql)
        .containsExactly(
            "ALTER TYPE \"public\".\"status\" ADD VALUE 'draft' BEFORE 'new'",
            "ALTER TYPE \"public\".\"status\" ADD VALUE 'active' AFTER 'new'",
            "ALTER TYPE \"public\".\"status\" ADD VALUE 'gone'");
  }

  @Test
  void serialColumnsGainAndLoseTheirSequence() {
    Table t =
        new Table(
            "t",
            List.of(col("id", "integer", false)),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Map.of());
    Table s =
        new Table(
            "t",
            List.of(col("id", "serial", false)),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Map.of());
    List<PlannedStatement> up =
        writer.write(
            new SchemaChange.ModifyTable(
                "public",
                t,
                s,
                List.of(
                    new TableChange.ModifyColumn(
                        t.columns().get(0), s.columns().get(0), Set.of(ColumnChange.TYPE)))),
            PlanOptions.unqualified());
    assertThat(up)
        .extracting(PlannedStatement::sql)
        .containsExactly(
            "CREATE SEQUENCE IF NOT EXISTS \"t_id_seq\" AS integer OWNED BY \"t\".\"id\"",
            "ALTER TABLE \"t\" ALTER COLUMN \"id\" SET DEFAULT nextval('\"t_id_seq\"'::regclass)");
    List<PlannedStatement> down =
        writer.write(
            new SchemaChange.ModifyTable(
                "public",
                s,
                t,
                List.of(
                    new TableChange.ModifyColumn(
                        s.columns().get(0), t.columns().get(0), Set.of(ColumnChange.TYPE)))),
            PlanOptions.unqualified());
    assertThat(down)
        .extracting(PlannedStatement::sql)
        .containsExactly(
            "ALTER TABLE \"t\" ALTER COLUMN \"id\" DROP DEFAULT",
            "DROP SEQUENCE IF EXISTS \"t_id_seq\"");
  }
}
