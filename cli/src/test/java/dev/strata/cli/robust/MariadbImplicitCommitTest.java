package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MariaDB commits implicitly before a DDL statement runs, also when the DDL then fails: the DML
 * statements before it are committed with their revision updates at that instant, whatever the tx
 * mode (in all too: a rollback cannot take them back). The revision row must count them, or the
 * next run executes them a second time (strata.md §4.1).
 */
class MariadbImplicitCommitTest extends RobustBase {
  @Override
  Engine engine() {
    return Engine.MARIADB;
  }

  @ParameterizedTest(name = "--tx-mode {0}")
  @ValueSource(strings = {"file", "all", "none"})
  void dmlCommittedByAFailingDdlIsNotRunAgain(String txMode) throws Exception {
    file("1_first.sql",
        "CREATE TABLE a (id int NOT NULL);\n"
            + "INSERT INTO a (id) VALUES (1);\n"
            + "CREATE TABLE a (id int NOT NULL);\n");
    hash();
    Cli.Result failed = apply("--tx-mode", txMode);
    assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
    assertThat(failed.err()).contains("Error 1050: Table 'a' already exists");
    // The server committed the INSERT before it ran the failing CREATE TABLE.
    assertThat(db.rows("SELECT id FROM a")).containsExactly(List.of("1"));
    assertThat(db.revisions()).extracting(r -> r.get(3))
        .as("statements the database holds: the revision must count the INSERT")
        .containsExactly("2");
    Cli.Result st = status();
    assertThat(st.out()).as(st.toString()).contains("  -- Current Version: 1 (2 statements applied)\n");

    file("1_first.sql",
        "CREATE TABLE a (id int NOT NULL);\n"
            + "INSERT INTO a (id) VALUES (1);\n"
            + "CREATE TABLE b (id int NOT NULL);\n");
    hash();
    Cli.Result fixed = apply("--tx-mode", txMode);
    assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
    assertThat(db.rows("SELECT id FROM a")).as("the INSERT ran once").containsExactly(List.of("1"));
    assertThat(fixed.out()).contains("    -> CREATE TABLE b (id int NOT NULL);\n")
        .doesNotContain("    -> INSERT INTO a");
  }

  /**
   * In tx-mode all on MariaDB each file commits at its end, as in file: DDL commits anyway, and DML
   * left open into the next file would be rolled back by a failure there, leaving the earlier
   * file partial while a later row is the last one, so the next run would skip its rest.
   */
  @org.junit.jupiter.api.Test
  void txModeAllKeepsEachFileResumable() throws Exception {
    file("1_first.sql", "CREATE TABLE a (id int NOT NULL);\nINSERT INTO a (id) VALUES (1);\n");
    file("2_second.sql", "INSERT INTO a (id) VALUES (2);\nTHIS IS A FAILING STATEMENT;\n");
    hash();
    Cli.Result failed = apply("--tx-mode", "all");
    assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
    assertThat(db.rows("SELECT id FROM a")).as("the failing file's INSERT rolled back")
        .containsExactly(List.of("1"));
    assertThat(db.revisions()).extracting(r -> r.get(0) + ":" + r.get(3))
        .as("version:applied").containsExactly("1:2", "2:0");

    file("2_second.sql", "INSERT INTO a (id) VALUES (2);\n");
    hash();
    Cli.Result fixed = apply("--tx-mode", "all");
    assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
    assertThat(db.rows("SELECT id FROM a ORDER BY id")).containsExactly(List.of("1"), List.of("2"));
    assertThat(status().out()).startsWith("Migration Status: OK\n");
  }
}
