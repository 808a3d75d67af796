package dev.strata.driver.sqlite.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identity;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.change.SchemaChange;
import dev.strata.model.change.TableChange;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The writer's statements and comments in Atlas's shape. */
class SqlitePlanWriterTest {
  private final SqlitePlanWriter writer = new SqlitePlanWriter();

  private static Column col(String name, String type, boolean nullable) {
    return new Column(name, new ColumnType(type), nullable, null, null, null, Map.of());
  }

  private static Table users() {
    Column id = new Column("id", new ColumnType("integer"), false, null, null, new Identity("AUTO_INCREMENT", 1, 1), Map.of());
    Column name = new Column("name", new ColumnType("text"), true, new DefaultValue("'x'"), null, null, Map.of());
    Column team = col("team_id", "integer", true);
    return new Table(
        "users",
        List.of(id, name, team),
        new PrimaryKey("", List.of(IndexPart.of("id"))),
        List.of(new Index("users_name", false, List.of(IndexPart.of("name")), "", "", false)),
        List.of(new ForeignKey("users_team_id_fkey", List.of("team_id"), "main", "teams", List.of("id"), "NO ACTION", "CASCADE")),
        List.of(),
        List.of(),
        Map.of());
  }

  @Test
  void createTableIndented() {
    List<PlannedStatement> out = writer.write(new SchemaChange.AddTable("main", users()), PlanOptions.unqualified());
    assertEquals(
        "-- Create \"users\" table\n"
            + "CREATE TABLE `users` (\n"
            + "  `id` integer NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
            + "  `name` text NULL DEFAULT 'x',\n"
            + "  `team_id` integer NULL,\n"
            + "  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON UPDATE NO ACTION ON DELETE CASCADE\n"
            + ");\n"
            + "-- Create index \"users_name\" to table: \"users\"\n"
            + "CREATE INDEX `users_name` ON `users` (`name`);\n",
        Databases.format(out));
  }

  @Test
  void createTableOnOneLineWithOptions() {
    Table t =
        new Table(
            "kv",
            List.of(col("k", "text", false), col("v", "", true)),
            new PrimaryKey("", List.of(new IndexPart("k", null, true, 0, ""))),
            List.of(), List.of(), List.of(), List.of(),
            Map.of("without_rowid", "true", "strict", "true"));
    List<PlannedStatement> out = writer.write(new SchemaChange.AddTable("main", t), new PlanOptions(false, null, ""));
    assertEquals(
        "CREATE TABLE `kv` (`k` text NOT NULL, `v` NULL, PRIMARY KEY (`k` DESC)) WITHOUT ROWID, STRICT",
        out.get(0).sql());
  }

  @Test
  void dropTableTurnsForeignKeysOffOutsideTransactions() {
    List<PlannedStatement> out = writer.write(new SchemaChange.DropTable("main", users()), PlanOptions.unqualified());
    assertEquals(
        List.of(
            new PlannedStatement("PRAGMA foreign_keys = off", "Disable the enforcement of foreign-keys constraints", false),
            PlannedStatement.of("DROP TABLE `users`", "Drop \"users\" table"),
            new PlannedStatement("PRAGMA foreign_keys = on", "Enable back the enforcement of foreign-keys constraints", false)),
        out);
  }

  @Test
  void addColumnAltersInPlace() {
    Table from = users();
    Column added = col("age", "int", true);
    Table to = withColumns(from, added);
    List<PlannedStatement> out =
        writer.write(
            new SchemaChange.ModifyTable("main", from, to, List.of(new TableChange.AddColumn(added))),
            PlanOptions.unqualified());
    assertEquals(
        List.of(PlannedStatement.of("ALTER TABLE `users` ADD COLUMN `age` int NULL", "Add column \"age\" to table: \"users\"")),
        out);
  }

  @Test
  void otherChangesRebuildTheTable() {
    Table from = users();
    Column name = from.columns().get(1);
    Column notNull = new Column("name", name.type(), false, name.defaultValue(), null, null, Map.of());
    Table to = new Table("users", List.of(from.columns().get(0), notNull, from.columns().get(2)), from.primaryKey(),
        from.indexes(), from.foreignKeys(), from.checks(), from.triggers(), from.attrs());
    List<PlannedStatement> out =
        writer.write(
            new SchemaChange.ModifyTable(
                "main", from, to,
                List.of(new TableChange.ModifyColumn(name, notNull, Set.of(TableChange.ColumnChange.NULL)))),
            new PlanOptions(false, null, ""));
    assertEquals(
        "-- Disable the enforcement of foreign-keys constraints\n"
            + "PRAGMA foreign_keys = off;\n"
            + "-- Create \"new_users\" table\n"
            + "CREATE TABLE `new_users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name` text NOT NULL"
            + " DEFAULT 'x', `team_id` integer NULL, FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)"
            + " ON UPDATE NO ACTION ON DELETE CASCADE);\n"
            + "-- Copy rows from old table \"users\" to new temporary table \"new_users\"\n"
            + "INSERT INTO `new_users` (`id`, `name`, `team_id`) SELECT `id`, IFNULL(`name`, 'x') AS `name`,"
            + " `team_id` FROM `users`;\n"
            + "-- Drop \"users\" table after copying rows\n"
            + "DROP TABLE `users`;\n"
            + "-- Leave views and triggers unchecked while the table changes\n"
            + "PRAGMA legacy_alter_table = on;\n"
            + "-- Rename temporary table \"new_users\" to \"users\"\n"
            + "ALTER TABLE `new_users` RENAME TO `users`;\n"
            + "-- Check views and triggers again\n"
            + "PRAGMA legacy_alter_table = off;\n"
            + "-- Create index \"users_name\" to table: \"users\"\n"
            + "CREATE INDEX `users_name` ON `users` (`name`);\n"
            + "-- Enable back the enforcement of foreign-keys constraints\n"
            + "PRAGMA foreign_keys = on;\n",
        Databases.format(out));
    assertFalse(out.get(0).transactional());
    assertFalse(out.get(out.size() - 1).transactional());
  }

  @Test
  void explicitQualifier() {
    List<PlannedStatement> out =
        writer.write(new SchemaChange.DropTable("main", users()), new PlanOptions(true, "other", "  "));
    assertEquals("DROP TABLE `other`.`users`", out.get(1).sql());
  }

  @Test
  void viewsAndTriggers() {
    dev.strata.model.View v = new dev.strata.model.View("v", "SELECT 1", false);
    assertEquals(
        List.of(PlannedStatement.of("CREATE VIEW `v` AS SELECT 1", "Create \"v\" view")),
        writer.write(new SchemaChange.AddView("main", v), PlanOptions.unqualified()));
    dev.strata.model.Trigger tr =
        new dev.strata.model.Trigger("tr", "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END");
    assertEquals(
        List.of(
            PlannedStatement.of("DROP TRIGGER `tr`", "Drop trigger \"tr\""),
            PlannedStatement.of(tr.definition(), "Create trigger \"tr\"")),
        writer.write(new SchemaChange.ModifyTrigger("main", "t", tr, tr), PlanOptions.unqualified()));
  }

  @Test
  void unsupportedChangesAreUsageErrors() {
    Sequence s = new Sequence("s", "bigint", 1, 1, 1, 100, false, "");
    StrataException e =
        assertThrows(
            StrataException.class,
            () -> writer.write(new SchemaChange.AddSequence("main", s), PlanOptions.unqualified()));
    assertEquals(ErrorCode.USAGE, e.code());
    assertFalse(writer.altersForeignKeys());
    assertEquals(List.of(), writer.write(new SchemaChange.AddSchema(dev.strata.model.Schema.empty("main")), PlanOptions.unqualified()));
  }

  @Test
  void droppingMainDropsViewsThenTables() {
    dev.strata.model.Schema main =
        new dev.strata.model.Schema(
            "main", List.of(users()), List.of(new dev.strata.model.View("v", "SELECT 1", false)),
            List.of(), List.of(), List.of(), Map.of());
    assertEquals(
        "-- Drop \"v\" view\n"
            + "DROP VIEW `v`;\n"
            + "-- Disable the enforcement of foreign-keys constraints\n"
            + "PRAGMA foreign_keys = off;\n"
            + "-- Drop \"users\" table\n"
            + "DROP TABLE `users`;\n"
            + "-- Enable back the enforcement of foreign-keys constraints\n"
            + "PRAGMA foreign_keys = on;\n",
        Databases.format(writer.write(new SchemaChange.DropSchema(main), PlanOptions.qualified())));
    assertEquals(
        List.of(),
        writer.write(new SchemaChange.DropSchema(dev.strata.model.Schema.empty("main")), PlanOptions.qualified()));
  }

  private static Table withColumns(Table t, Column extra) {
    List<Column> cols = new java.util.ArrayList<>(t.columns());
    cols.add(extra);
    return new Table(t.name(), cols, t.primaryKey(), t.indexes(), t.foreignKeys(), t.checks(), t.triggers(), t.attrs());
  }
}
