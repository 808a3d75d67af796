package dev.strata.driver.mysql.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.StrataException;
import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.EnumType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Function;
import dev.strata.model.Generated;
import dev.strata.model.Identity;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Schema;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import dev.strata.model.change.SchemaChange;
import dev.strata.model.change.TableChange;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The SQL and Atlas comments the plan writer produces for each kind of change. */
class MysqlPlanWriterTest {
  private static final PlanOptions FLAT = new PlanOptions(false, null, "");
  private final MysqlPlanWriter writer = new MysqlPlanWriter();

  private String render(SchemaChange c, PlanOptions o) {
    return writer.write(c, o).stream()
        .map(p -> "-- " + p.comment() + "\n" + p.sql() + ";")
        .collect(Collectors.joining("\n"));
  }

  private static Column col(String name, String type, boolean nullable) {
    return new Column(name, new ColumnType(type), nullable, null, null, null, Map.of());
  }

  private static Table table(String name, List<Column> cols, PrimaryKey pk, List<Index> idx, List<ForeignKey> fks,
      List<Check> checks, Map<String, String> attrs) {
    return new Table(name, cols, pk, idx, fks, checks, List.of(), attrs);
  }

  private static final Table USERS =
      table(
          "users",
          List.of(
              new Column("id", new ColumnType("bigint unsigned"), false, null, null,
                  new Identity("AUTO_INCREMENT", 1, 1), Map.of()),
              new Column("name", new ColumnType("varchar(100)"), false, new DefaultValue("'it''s'"), null, null,
                  Map.of("collate", "utf8mb4_bin", "comment", "the name")),
              new Column("at", new ColumnType("timestamp"), true, new DefaultValue("CURRENT_TIMESTAMP"), null,
                  null, Map.of("on_update", "CURRENT_TIMESTAMP")),
              new Column("up", new ColumnType("varchar(100)"), true, null, new Generated("upper(`name`)", false),
                  null, Map.of()),
              col("team", "int", true)),
          new PrimaryKey("", List.of(IndexPart.of("id"))),
          List.of(
              new Index("i_name", true, List.of(new IndexPart("name", null, false, 10, ""), new IndexPart("at", null, true, 0, "")), "", "", false),
              new Index("ft", false, List.of(IndexPart.of("name")), "FULLTEXT", "", false)),
          List.of(new ForeignKey("fk_team", List.of("team"), "", "teams", List.of("id"), "CASCADE", "SET NULL")),
          List.of(new Check("c_name", "`name` <> ''")),
          Map.of("engine", "InnoDB", "charset", "utf8mb4", "collate", "utf8mb4_general_ci", "comment", "people"));

  @Test
  void createTableIndentsOneColumnPerLine() {
    assertThat(render(new SchemaChange.AddTable("app", USERS), PlanOptions.unqualified()))
        .isEqualTo(
            "-- Create \"users\" table\n"
                + "CREATE TABLE `users` (\n"
                + "  `id` bigint unsigned NOT NULL AUTO_INCREMENT,\n"
                + "  `name` varchar(100) COLLATE utf8mb4_bin NOT NULL DEFAULT 'it''s' COMMENT 'the name',\n"
                + "  `at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,\n"
                + "  `up` varchar(100) GENERATED ALWAYS AS (upper(`name`)) VIRTUAL,\n"
                + "  `team` int NULL,\n"
                + "  PRIMARY KEY (`id`),\n"
                + "  UNIQUE INDEX `i_name` (`name`(10), `at` DESC),\n"
                + "  FULLTEXT INDEX `ft` (`name`),\n"
                + "  CONSTRAINT `fk_team` FOREIGN KEY (`team`) REFERENCES `teams` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,\n"
                + "  CONSTRAINT `c_name` CHECK (`name` <> '')\n"
                + ") CHARSET utf8mb4 COLLATE utf8mb4_general_ci COMMENT 'people';");
  }

  @Test
  void qualifiedAndQualifierNames() {
    Table t = table("t", List.of(col("a", "int", false)), null, List.of(),
        List.of(new ForeignKey("f", List.of("a"), "other", "p", List.of("id"), "NO ACTION", "RESTRICT")),
        List.of(), Map.of("engine", "MyISAM"));
    assertThat(render(new SchemaChange.AddTable("app", t), PlanOptions.qualified()))
        .isEqualTo(
            "-- Create \"t\" table\n"
                + "CREATE TABLE `app`.`t` (\n  `a` int NOT NULL,\n"
                + "  CONSTRAINT `f` FOREIGN KEY (`a`) REFERENCES `other`.`p` (`id`) ON UPDATE NO ACTION ON DELETE RESTRICT\n"
                + ") ENGINE=MyISAM;");
    assertThat(render(new SchemaChange.DropTable("app", t), new PlanOptions(false, "q", "")))
        .isEqualTo("-- Drop \"t\" table\nDROP TABLE `q`.`t`;");
    assertThat(render(new SchemaChange.DropTable("app", t), FLAT)).isEqualTo("-- Drop \"t\" table\nDROP TABLE `t`;");
  }

  @Test
  void schemas() {
    Schema s = new Schema("s", List.of(), List.of(), List.of(), List.of(), List.of(),
        Map.of("charset", "latin1", "collate", "latin1_swedish_ci"));
    assertThat(render(new SchemaChange.AddSchema(s), FLAT))
        .isEqualTo("-- Add new schema named \"s\"\nCREATE DATABASE `s` CHARACTER SET latin1 COLLATE latin1_swedish_ci;");
    assertThat(render(new SchemaChange.DropSchema(s), FLAT)).isEqualTo("-- Drop schema named \"s\"\nDROP DATABASE `s`;");
    Schema commented = new Schema("s", List.of(), List.of(), List.of(), List.of(), List.of(), Map.of("comment", "c"));
    assertThat(render(new SchemaChange.ModifySchema(commented, s), FLAT))
        .isEqualTo("-- Modify \"s\" schema\nALTER DATABASE CHARACTER SET latin1 COLLATE latin1_swedish_ci COMMENT '';");
    assertThat(render(new SchemaChange.ModifySchema(commented, s), PlanOptions.qualified()))
        .isEqualTo("-- Modify \"s\" schema\nALTER DATABASE `s` CHARACTER SET latin1 COLLATE latin1_swedish_ci COMMENT '';");
  }

  @Test
  void modifyTableDropsFirstThenAltersInOneStatement() {
    Table from = table("t", List.of(col("a", "int", true), col("b", "int", true), col("c", "int", true)),
        null, List.of(new Index("ib", false, List.of(IndexPart.of("b")), "", "", false)),
        List.of(new ForeignKey("fk", List.of("a"), "", "p", List.of("id"), "RESTRICT", "RESTRICT")),
        List.of(new Check("ck", "`a` > 0")), Map.of("comment", "x"));
    Table to = table("t", List.of(col("a", "bigint", false), col("n", "int", true), col("c", "int", true)),
        new PrimaryKey("", List.of(IndexPart.of("a"))),
        List.of(new Index("ib", true, List.of(IndexPart.of("c")), "", "", false)),
        List.of(new ForeignKey("fk", List.of("a"), "", "p", List.of("id"), "CASCADE", "RESTRICT")),
        List.of(new Check("ck", "`a` > 1")), Map.of());
    List<TableChange> changes = List.of(
        new TableChange.ModifyAttr("comment", "x", null),
        new TableChange.DropColumn(from.column("b").orElseThrow()),
        new TableChange.ModifyColumn(from.column("a").orElseThrow(), to.column("a").orElseThrow(),
            Set.of(TableChange.ColumnChange.TYPE, TableChange.ColumnChange.NULL)),
        new TableChange.AddColumn(to.column("n").orElseThrow()),
        new TableChange.AddPrimaryKey(to.primaryKey()),
        new TableChange.ModifyIndex(from.indexes().get(0), to.indexes().get(0)),
        new TableChange.ModifyForeignKey(from.foreignKeys().get(0), to.foreignKeys().get(0)),
        new TableChange.ModifyCheck(from.checks().get(0), to.checks().get(0)));
    assertThat(render(new SchemaChange.ModifyTable("app", from, to, changes), PlanOptions.unqualified()))
        .isEqualTo(
            "-- Modify \"t\" table\n"
                + "ALTER TABLE `t` DROP INDEX `ib`, DROP FOREIGN KEY `fk`, DROP CONSTRAINT `ck`;\n"
                + "-- Modify \"t\" table\n"
                + "ALTER TABLE `t` DROP COLUMN `b`, MODIFY COLUMN `a` bigint NOT NULL, ADD COLUMN `n` int NULL AFTER `a`, "
                + "ADD PRIMARY KEY (`a`), ADD UNIQUE INDEX `ib` (`c`), COMMENT '', "
                + "ADD CONSTRAINT `fk` FOREIGN KEY (`a`) REFERENCES `p` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT, "
                + "ADD CONSTRAINT `ck` CHECK (`a` > 1);");
  }

  @Test
  void charsetChangeConvertsTheTable() {
    Table from = table("t", List.of(col("a", "text", true)), null, List.of(), List.of(), List.of(),
        Map.of("charset", "latin1", "collate", "latin1_swedish_ci"));
    Table to = table("t", List.of(col("a", "text", true)), null, List.of(), List.of(), List.of(),
        Map.of("charset", "utf8mb4", "collate", "utf8mb4_bin"));
    List<TableChange> changes = List.of(
        new TableChange.ModifyAttr("charset", "latin1", "utf8mb4"),
        new TableChange.ModifyAttr("collate", "latin1_swedish_ci", "utf8mb4_bin"));
    assertThat(render(new SchemaChange.ModifyTable("app", from, to, changes), FLAT))
        .isEqualTo(
            "-- Modify \"t\" table\nALTER TABLE `t` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;\n"
                + "-- Modify \"t\" table\nALTER TABLE `t` MODIFY COLUMN `a` text NULL;");
  }

  @Test
  void viewsSequencesRoutinesAndTriggers() {
    View v = new View("v", "select `a` AS `a` from `t`", false);
    assertThat(render(new SchemaChange.AddView("app", v), FLAT))
        .isEqualTo("-- Create \"v\" view\nCREATE VIEW `v` AS select `a` AS `a` from `t`;");
    assertThat(render(new SchemaChange.AddView("app", v), PlanOptions.qualified()))
        .isEqualTo("-- Create \"v\" view\nCREATE VIEW `app`.`v` AS select `a` AS `a` from `app`.`t`;");
    assertThat(render(new SchemaChange.ModifyView("app", v, v), FLAT))
        .isEqualTo("-- Modify \"v\" view\nCREATE OR REPLACE VIEW `v` AS select `a` AS `a` from `t`;");
    assertThat(render(new SchemaChange.DropView("app", v), FLAT)).isEqualTo("-- Drop \"v\" view\nDROP VIEW `v`;");

    Sequence s = new Sequence("s", "bigint", 1, 2, 1, 100, true, "");
    assertThat(render(new SchemaChange.AddSequence("app", s), FLAT))
        .isEqualTo("-- Create \"s\" sequence\nCREATE SEQUENCE `s` START WITH 1 INCREMENT BY 2 MINVALUE 1 MAXVALUE 100 CYCLE;");
    assertThat(render(new SchemaChange.DropSequence("app", s), FLAT)).isEqualTo("-- Drop \"s\" sequence\nDROP SEQUENCE `s`;");

    Function p = new Function("p", "IN `x` int", "CREATE PROCEDURE `p`(IN `x` int)\nSELECT x");
    assertThat(render(new SchemaChange.AddFunction("app", p), PlanOptions.qualified()))
        .isEqualTo("-- Create \"p\" procedure\nCREATE PROCEDURE `app`.`p`(IN `x` int)\nSELECT x;");
    Function f = new Function("f", "", "CREATE FUNCTION `f`() RETURNS int\nRETURN 1");
    assertThat(render(new SchemaChange.ModifyFunction("app", f, f), FLAT))
        .isEqualTo("-- Modify \"f\" function\nDROP FUNCTION `f`;\n-- Modify \"f\" function\nCREATE FUNCTION `f`() RETURNS int\nRETURN 1;");

    Trigger tr = new Trigger("tr", "CREATE TRIGGER `tr` BEFORE INSERT ON `t` FOR EACH ROW SET NEW.a = 1");
    assertThat(render(new SchemaChange.AddTrigger("app", "t", tr), PlanOptions.qualified()))
        .isEqualTo("-- Create trigger \"tr\"\nCREATE TRIGGER `app`.`tr` BEFORE INSERT ON `app`.`t` FOR EACH ROW SET NEW.a = 1;");
    assertThat(render(new SchemaChange.DropTrigger("app", "t", tr), FLAT)).isEqualTo("-- Drop trigger \"tr\"\nDROP TRIGGER `tr`;");
  }

  @Test
  void enumTypesDoNotExist() {
    assertThatThrownBy(() -> writer.write(new SchemaChange.AddEnum("app", new EnumType("e", List.of("a"))), FLAT))
        .isInstanceOf(StrataException.class)
        .hasMessageContaining("MySQL has no enum types");
  }

  @Test
  void everyStatementIsTransactionalWithAComment() {
    for (PlannedStatement p : writer.write(new SchemaChange.AddTable("app", USERS), FLAT)) {
      assertThat(p.comment()).isNotEmpty();
      assertThat(p.sql()).doesNotEndWith(";");
    }
  }
}
