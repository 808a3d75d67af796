package dev.strata.driver.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.driver.mysql.DdlTarget.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link MysqlOutcomeProbe} judges a statement by: an existence check only where the name
 * cannot have existed before a successful run of the statement, the table's definition otherwise.
 */
class DdlTargetTest {
  private static DdlTarget of(String sql) {
    return DdlTarget.of(sql);
  }

  @Test
  void createIndexIsJudgedByTheIndexName() {
    assertThat(of("CREATE INDEX t1_name_idx ON t1 (name);"))
        .isEqualTo(new DdlTarget(Kind.CREATE_INDEX, "t1", List.of("t1_name_idx")));
    assertThat(of("CREATE UNIQUE INDEX `Ix``q` USING BTREE ON `db`.`t` (a, b)"))
        .isEqualTo(new DdlTarget(Kind.CREATE_INDEX, "`db`.`t`", List.of("Ix`q")));
    assertThat(of("/* why */ create fulltext index ft on t (body)").kind()).isEqualTo(Kind.CREATE_INDEX);
  }

  @Test
  void createIndexThatMaySucceedWithTheNameTakenFallsBackToTheTable() {
    // IF NOT EXISTS is a no-op and OR REPLACE replaces: an existing name says nothing.
    assertThat(of("CREATE INDEX IF NOT EXISTS ix ON t (a)"))
        .isEqualTo(new DdlTarget(Kind.TABLE, "t"));
    assertThat(of("CREATE OR REPLACE INDEX ix ON t (a)")).isEqualTo(new DdlTarget(Kind.TABLE, "t"));
    assertThat(of("DROP INDEX ix ON t")).isEqualTo(new DdlTarget(Kind.TABLE, "t"));
  }

  @Test
  void createOrReplaceTableFallsBackToTheTable() {
    // It replaces a table of the same name: the name exists whether or not it ran.
    assertThat(of("CREATE OR REPLACE TABLE t (id int)")).isEqualTo(new DdlTarget(Kind.TABLE, "t"));
    assertThat(of("CREATE TABLE t (id int)")).isEqualTo(new DdlTarget(Kind.CREATE_TABLE, "t"));
  }

  @Test
  void addColumnIsJudgedByTheColumnNames() {
    assertThat(of("ALTER TABLE t1 ADD COLUMN note varchar(20) NULL;"))
        .isEqualTo(new DdlTarget(Kind.ADD_COLUMNS, "t1", List.of("note")));
    assertThat(
            of("ALTER ONLINE IGNORE TABLE IF EXISTS `s`.`t` ADD COLUMN `a` decimal(10,2) DEFAULT"
                + " 0 COMMENT 'x, DROP COLUMN y', ADD COLUMN b enum('p','q') AFTER a"))
        .isEqualTo(new DdlTarget(Kind.ADD_COLUMNS, "`s`.`t`", List.of("a", "b")));
    assertThat(of("ALTER TABLE t ADD COLUMN a int -- a comment, DROP COLUMN c\n").names())
        .containsExactly("a");
    assertThat(of("ALTER TABLE t ADD COLUMN a int DEFAULT (5--1)").names()).containsExactly("a");
  }

  @Test
  void addColumnWithAnyOtherClauseFallsBackToTheTable() {
    for (String sql :
        List.of(
            "ALTER TABLE t ADD COLUMN IF NOT EXISTS a int",
            "ALTER TABLE t ADD COLUMN a int, ADD COLUMN IF NOT EXISTS b int",
            "ALTER TABLE t ADD COLUMN a int, DROP COLUMN b",
            "ALTER TABLE t ADD COLUMN a int, RENAME TO u",
            "ALTER TABLE t ADD COLUMN a int, ALGORITHM=INSTANT",
            "ALTER TABLE t ADD COLUMN (a int, b int)",
            "ALTER TABLE t ADD a int",
            "ALTER TABLE t ADD INDEX ix (a)",
            "ALTER TABLE t ADD COLUMN a int /*!, DROP COLUMN b */",
            "ALTER TABLE t ADD COLUMN a int -- x\n, DROP COLUMN b",
            "ALTER TABLE t MODIFY COLUMN a bigint")) {
      assertThat(of(sql)).as(sql).isEqualTo(new DdlTarget(Kind.TABLE, "t"));
    }
  }

  @Test
  void otherStatementsKeepTheirKinds() {
    assertThat(of("CREATE TABLE t (id int)")).isEqualTo(new DdlTarget(Kind.CREATE_TABLE, "t"));
    assertThat(of("CREATE VIEW v AS SELECT 1").kind()).isEqualTo(Kind.VIEW);
    assertThat(of("TRUNCATE t").kind()).isEqualTo(Kind.IDEMPOTENT);
    assertThat(of("GRANT SELECT ON t TO u").kind()).isEqualTo(Kind.UNKNOWN);
  }

  @Test
  void clausesSplitAtTopLevelCommasOnly() {
    assertThat(Clauses.of("ALTER TABLE t ADD COLUMN a set('x,y'), ADD COLUMN `b,c` int"))
        .containsExactly("ALTER TABLE t ADD COLUMN a set('x,y')", " ADD COLUMN `b,c` int");
    assertThat(Clauses.of("ALTER TABLE t ADD COLUMN a varchar(9) DEFAULT 'it''s, \\', ok'"))
        .hasSize(1);
    assertThat(Clauses.of("ALTER TABLE t ADD COLUMN a int /*M!100000 , DROP b */")).isNull();
  }
}
