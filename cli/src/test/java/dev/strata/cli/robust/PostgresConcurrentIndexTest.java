package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, test 6 (PostgreSQL): a file with {@code CREATE INDEX CONCURRENTLY} under a
 * transactional tx-mode is refused before anything runs, naming the directive to add (strata.md
 * §4.4); with {@code -- atlas:txmode none} it applies. And a failed concurrent build leaves an
 * INVALID index, which the resumed run drops before retrying.
 */
class PostgresConcurrentIndexTest extends RobustBase {
  static final String CIC = "CREATE INDEX CONCURRENTLY t_email ON t (email);";

  @Override
  Engine engine() {
    return Engine.POSTGRES;
  }

  /** Returns the index's validity: "true", "false", or null when it does not exist. */
  String indexValid(String name) throws Exception {
    List<List<String>> rows =
        db.rows("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            + " WHERE c.relname = '" + name + "'");
    return rows.isEmpty() ? null : rows.get(0).get(0).startsWith("t") ? "true" : "false";
  }

  @Test
  void concurrentIndexUnderATransactionIsRefusedBeforeAnythingRuns() throws Exception {
    file("1_table.sql", "CREATE TABLE t (id int NOT NULL, email varchar(100));\n");
    file("2_index.sql", "INSERT INTO t (id, email) VALUES (1, 'a@example.com');\n" + CIC + "\n");
    hash();
    for (String[] flags : List.of(new String[0], new String[] {"--tx-mode", "file"},
        new String[] {"--tx-mode", "all"})) {
      Cli.Result r = apply(flags);
      log(String.join(" ", flags) + ":\n" + r);
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).as(r.toString()).startsWith("Error: ").contains("2_index.sql")
          .contains("-- atlas:txmode none");
      assertThat(r.out()).as(r.toString()).doesNotContain("    -> ");
      assertThat(db.tables()).as("nothing created").isEmpty();
      assertThat(db.revisions()).as("no revision row").isEmpty();
    }
    file("2_index.sql", "-- atlas:txmode none\n\nINSERT INTO t (id, email) VALUES (1, 'a@example.com');\n"
        + CIC + "\n");
    hash();
    Cli.Result ok = apply();
    assertThat(ok.exitCode()).as(ok.toString()).isZero();
    assertThat(ok.out()).endsWith("  -- 2 migrations\n  -- 3 sql statements\n");
    assertThat(indexValid("t_email")).isEqualTo("true");
    assertThat(status().out()).startsWith("Migration Status: OK\n");
  }

  /** A unique concurrent build that fails on two rows with the same email. */
  Cli.Result failedUniqueBuild() throws Exception {
    file("1_table.sql", "CREATE TABLE t (id int NOT NULL, email varchar(100));\n"
        + "INSERT INTO t (id, email) VALUES (1, 'dup@example.com'), (2, 'dup@example.com');\n");
    file("2_index.sql", "-- atlas:txmode none\n\n"
        + "CREATE UNIQUE INDEX CONCURRENTLY t_email ON t (email);\n"
        + "INSERT INTO t (id, email) VALUES (3, 'c@example.com');\n");
    hash();
    Cli.Result failed = apply();
    log("failed build:\n" + failed);
    assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
    assertThat(failed.out()).contains("Failure: data-dependent change in 2_index.sql at line 3 (statement 1)");
    return failed;
  }

  @Test
  void failedConcurrentBuildLeavesAnInvalidIndexThatTheResumedRunDrops() throws Exception {
    failedUniqueBuild();
    assertThat(indexValid("t_email")).as("PostgreSQL leaves the failed build behind").isEqualTo("false");
    // The advice: fix the rows, then apply again.
    db.exec("DELETE FROM t WHERE id = 2");
    Cli.Result resumed = apply();
    log("resumed:\n" + resumed);
    assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
    assertThat(indexValid("t_email")).isEqualTo("true");
    assertThat(db.rows("SELECT id FROM t ORDER BY id")).containsExactly(List.of("1"), List.of("3"));
    assertThat(status().out()).startsWith("Migration Status: OK\n");
  }

  /**
   * strata.md §4.3: the explanation names the rows that violate the new constraint, and says how
   * the file resumes: it runs under its own {@code -- atlas:txmode none} directive, so nothing was
   * rolled back and the next run starts at the failed statement.
   */
  @Test
  void failedConcurrentBuildIsExplained() throws Exception {
    Cli.Result failed = failedUniqueBuild();
    String advice = failed.out().substring(failed.out().indexOf("Failure: "));
    assertThat(advice).as("the advice names the duplicated key").contains("dup@example.com");
    assertThat(advice).as("the advice says where the run resumes")
        .contains("it resumes at statement 1 of 2_index.sql")
        .doesNotContain("rolled back");
  }
}
