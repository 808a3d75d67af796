package dev.strata.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atlas's apply/status/set/hash/validate scenarios (atlas-compat.md §11), run through the CLI
 * against a real database. Each engine's subclass supplies a fresh database per test.
 */
abstract class MigrateScenarios extends MigrateScenariosBase {
  @Test
  void applyWithoutSumFileFails() throws IOException {
    file("1_first.sql", "CREATE TABLE t1 (id int NOT NULL);\n");
    Cli.Result r = apply();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("Error: checksum file not found\n");
    assertThat(r.out()).contains("You have a checksum error in your migration directory.")
        .contains("strata migrate hash");
  }

  @Test
  void appliesAllThenNothing() throws Exception {
    threeFiles();
    Cli.Result r = apply();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .startsWith("Migrating to version 3 (3 migrations in total):\n\n  -- migrating version 1\n"
            + "    -> CREATE TABLE t1 (id int NOT NULL);\n  -- ok (")
        .contains("  -- migrating version 2\n    -> CREATE TABLE t2 (id int NOT NULL);\n"
            + "    -> CREATE TABLE t3 (id int NOT NULL);\n  -- ok (")
        .contains("\n  -------------------------\n  -- ")
        .endsWith("\n  -- 3 migrations\n  -- 4 sql statements\n");
    assertThat(db.tableExists("t4")).isTrue();
    Cli.Result again = apply("1");
    assertThat(again.out()).isEqualTo("No migration files to execute\n");
    assertThat(again.exitCode()).isZero();
  }

  /**
   * A run reads a revisions table it has seen whole straight away, without the catalog: a table
   * dropped or cut down since, in the same JVM, is looked at again, upgraded or created.
   */
  @Test
  void aRevisionsTableChangedBetweenRunsIsLookedAtAgain() throws Exception {
    threeFiles();
    assertThat(apply().exitCode()).isZero();
    db.exec("ALTER TABLE atlas_schema_revisions DROP COLUMN operator_version");
    Cli.Result st = status();
    assertThat(st.out()).as(st.toString()).startsWith("Migration Status: OK\n");
    assertThat(db.count(
            "SELECT COUNT(*) FROM atlas_schema_revisions WHERE operator_version IS NOT NULL"))
        .as("the column is back")
        .isGreaterThanOrEqualTo(3);
    assertThat(apply().out()).isEqualTo("No migration files to execute\n");
    for (String t : List.of("atlas_schema_revisions", "t1", "t2", "t3", "t4")) {
      db.exec("DROP TABLE " + t);
    }
    Cli.Result again = apply();
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("-- 3 migrations");
    assertThat(db.tableExists("t4")).isTrue();
  }

  @Test
  void appliesOneByOne() throws Exception {
    threeFiles();
    assertThat(apply("1").out()).startsWith("Migrating to version 1 (1 migrations in total):");
    assertThat(apply("1").out()).startsWith("Migrating to version 2 from 1 (1 migrations in total):");
    Cli.Result third = apply("1");
    assertThat(third.out()).startsWith("Migrating to version 3 from 2 (1 migrations in total):")
        .endsWith("  -- 1 migration\n  -- 1 sql statement\n");
    assertThat(apply("1").out()).isEqualTo("No migration files to execute\n");
  }

  @Test
  void badArgumentsChangeNothing() throws Exception {
    threeFiles();
    assertThat(apply("--tx-mode", "invalid").err()).isEqualTo("Error: unknown tx-mode \"invalid\"\n");
    assertThat(apply("0").err()).isEqualTo("Error: cannot apply '0' migration files\n");
    assertThat(apply("x").err())
        .isEqualTo("Error: invalid amount argument \"x\" (invalid syntax). Omit the argument or pass a valid integer instead\n");
    Cli.Result unknown = apply("--no-such-flag");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("Error: ").contains("--no-such-flag");
    Cli.Result noUrl = cli.run("migrate", "apply");
    assertThat(noUrl.err()).isEqualTo("Error: required flag \"url\" not set\n");
    assertThat(db.tableExists("t1")).isFalse();
  }

  @Test
  void txModeFileRollsBackTheFailingFileOnly() throws Exception {
    threeFiles();
    file("4_broken.sql", "CREATE TABLE t5 (id int NOT NULL);\nTHIS IS A FAILING STATEMENT;\n");
    hash();
    Cli.Result r = apply("--tx-mode", "file");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("Error: sql/migrate: executing statement \"THIS IS A FAILING STATEMENT;\" from version \"4\": ");
    assertThat(r.out()).contains("  -- 3 migrations ok, 1 with errors\n  -- 5 sql statements ok, 1 with errors\n");
    assertThat(db.tableExists("t4")).isTrue();
    assertThat(db.tableExists("t5")).isEqualTo(!db.transactionalDdl());
  }

  @Test
  void txModeAllRollsBackEverything() throws Exception {
    if (!db.transactionalDdl()) {
      return; // MySQL commits DDL implicitly: nothing to roll back (atlas-compat.md §10).
    }
    threeFiles();
    file("4_broken.sql", "CREATE TABLE t5 (id int NOT NULL);\nTHIS IS A FAILING STATEMENT;\n");
    hash();
    Cli.Result r = apply("--tx-mode", "all");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(db.tableExists("t1")).isFalse();
    assertThat(db.tableExists("t5")).isFalse();
    assertThat(status().out()).contains("Current Version: No migration applied yet");
  }

  @Test
  void txModeNoneKeepsTheStatementsBeforeTheFailure() throws Exception {
    threeFiles();
    file("4_broken.sql", "CREATE TABLE t5 (id int NOT NULL);\nTHIS IS A FAILING STATEMENT;\n");
    hash();
    assertThat(apply("--tx-mode", "none").exitCode()).isEqualTo(1);
    assertThat(db.tableExists("t5")).isTrue();
  }

  @Test
  void statusThroughTheLifeCycle() throws Exception {
    threeFiles();
    assertThat(status().out())
        .isEqualTo("Migration Status: PENDING\n  -- Current Version: No migration applied yet\n"
            + "  -- Next Version:    1\n  -- Executed Files:  0\n  -- Pending Files:   3\n");
    apply("1");
    assertThat(status().out())
        .isEqualTo("Migration Status: PENDING\n  -- Current Version: 1\n"
            + "  -- Next Version:    2\n  -- Executed Files:  1\n  -- Pending Files:   2\n");
    apply();
    assertThat(status().out())
        .isEqualTo("Migration Status: OK\n  -- Current Version: 3\n"
            + "  -- Next Version:    Already at latest version\n  -- Executed Files:  3\n  -- Pending Files:   0\n");
  }

  @Test
  void failedFileResumesAtTheFailedStatementAfterTheFix() throws Exception {
    file("1_first.sql", "CREATE TABLE t1 (id int NOT NULL);\n");
    file("2_second.sql",
        "CREATE TABLE t2 (id int NOT NULL);\nCREATE TABLEX t3 (id int NOT NULL);\nCREATE TABLE t4 (id int NOT NULL);\n");
    hash();
    Cli.Result failed = apply("--tx-mode", "none");
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.out()).contains("Failure: syntax error in 2_second.sql at line 2 (statement 2)");
    Cli.Result st = status();
    assertThat(st.out())
        .startsWith("Migration Status: PENDING\n  -- Current Version: 2 (1 statements applied)\n"
            + "  -- Next Version:    2 (2 statements left)\n  -- Executed Files:  2 (last one partially)\n"
            + "  -- Pending Files:   1\n\nLast migration attempt had errors:\n"
            + "  -- SQL:   CREATE TABLEX t3 (id int NOT NULL);\n  -- ERROR: ");
    file("2_second.sql",
        "CREATE TABLE t2 (id int NOT NULL);\nCREATE TABLE t3 (id int NOT NULL);\nCREATE TABLE t4 (id int NOT NULL);\n");
    // Not re-hashed yet: the directory no longer matches atlas.sum.
    Cli.Result unhashed = apply("--tx-mode", "none");
    assertThat(unhashed.err()).isEqualTo("Error: checksum mismatch\n");
    assertThat(unhashed.out()).contains("L3: 2_second.sql was edited");
    hash();
    Cli.Result resumed = apply("--tx-mode", "none");
    assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
    assertThat(resumed.out())
        .startsWith("Migrating to version 2 from 2 (1 migrations in total):\n\n  -- migrating version 2\n"
            + "    -> CREATE TABLE t3 (id int NOT NULL);\n    -> CREATE TABLE t4 (id int NOT NULL);\n")
        .endsWith("  -- 1 migration\n  -- 2 sql statements\n");
    assertThat(apply().out()).isEqualTo("No migration files to execute\n");
    assertThat(status().out()).startsWith("Migration Status: OK");
  }

  @Test
  void editingAnAppliedStatementIsRefused() throws Exception {
    file("1_first.sql", "CREATE TABLE t1 (id int NOT NULL);\nCREATE TABLEX t2 (id int NOT NULL);\n");
    hash();
    apply("--tx-mode", "none");
    file("1_first.sql", "CREATE TABLE t0 (id int NOT NULL);\nCREATE TABLE t2 (id int NOT NULL);\n");
    hash();
    Cli.Result r = apply("--tx-mode", "none");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("history changed: statement 1 from file \"1_first.sql\" changed");
    assertThat(db.tableExists("t0")).isFalse();
  }

  @Test
  void editingAfterTheAppliedPrefixUpdatesTheTotal() throws Exception {
    file("1_first.sql", "CREATE TABLE t1 (id int NOT NULL);\nCREATE TABLEX t2 (id int NOT NULL);\n");
    hash();
    apply("--tx-mode", "none");
    file("1_first.sql",
        "CREATE TABLE t1 (id int NOT NULL);\nCREATE TABLE t2 (id int NOT NULL);\nCREATE TABLE t3 (id int NOT NULL);\n");
    hash();
    Cli.Result r = apply("--tx-mode", "none");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(status().out()).startsWith("Migration Status: OK");
    assertThat(db.rows("SELECT applied, total FROM " + revisionsTable()))
        .containsExactly(java.util.List.of("3", "3"));
  }

  /** Returns the qualified name of the revisions table for this target. */
  String revisionsTable() {
    return "atlas_schema_revisions";
  }

  @Test
  void setScenarios() throws Exception {
    threeFiles();
    assertThat(cli.run("migrate", "set", "--url", db.url()).err()).isEqualTo("Error: accepts 1 arg(s), received 0\n");
    assertThat(cli.run("migrate", "set", "1", "2", "--url", db.url()).err()).isEqualTo("Error: accepts 1 arg(s), received 2\n");
    assertThat(cli.run("migrate", "set", "4", "--url", db.url()).err())
        .isEqualTo("Error: migration with version \"4\" not found\n");
    Cli.Result set1 = cli.run("migrate", "set", "1", "--url", db.url());
    assertThat(set1.out()).isEqualTo("Current version is 1 (1 set):\n\n  + 1 (first)\n\n");
    assertThat(apply("1", "--dry-run").out()).startsWith("Migrating to version 2 from 1 (1 migrations in total):");
    assertThat(db.tableExists("t2")).isFalse();
    Cli.Result set3 = cli.run("migrate", "set", "3", "--url", db.url());
    assertThat(set3.out()).isEqualTo("Current version is 3 (2 set):\n\n  + 2 (second)\n  + 3 (third)\n\n");
    assertThat(apply().out()).isEqualTo("No migration files to execute\n");
    Cli.Result back = cli.run("migrate", "set", "1", "--url", db.url());
    assertThat(back.out()).isEqualTo("Current version is 1 (2 removed):\n\n  - 2 (second)\n  - 3 (third)\n\n");
  }

  @Test
  void setResolvesAFailedFile() throws Exception {
    threeFiles();
    file("4_broken.sql", "CREATE TABLE t5 (id int NOT NULL);\nTHIS IS A FAILING STATEMENT;\n");
    hash();
    apply("--tx-mode", "none");
    Cli.Result set = cli.run("migrate", "set", "4", "--url", db.url());
    assertThat(set.out()).isEqualTo("Current version is 4 (1 set):\n\n  + 4 (broken)\n\n");
    assertThat(apply().out()).isEqualTo("No migration files to execute\n");
    assertThat(status().out()).startsWith("Migration Status: OK");
  }

  @Test
  void outOfOrderFiles() throws Exception {
    file("1.sql", "CREATE TABLE t1 (id int);\n");
    file("3.sql", "CREATE TABLE t3 (id int);\n");
    hash();
    apply();
    file("2.sql", "CREATE TABLE t2 (id int);\n");
    hash();
    Cli.Result linear = apply();
    assertThat(linear.err())
        .isEqualTo("Error: migration file 2.sql was added out of order. See: https://atlasgo.io/versioned/apply#non-linear-error\n");
    assertThat(status().out())
        .isEqualTo("Migration Status: PENDING\n  -- Current Version: 3\n  -- Next Version:    UNKNOWN\n"
            + "  -- Executed Files:  2\n  -- Pending Files:   1 (out of order)\n\n"
            + "  ERROR: migration file 2.sql was added out of order. See: https://atlasgo.io/versioned/apply#non-linear-error\n");
    assertThat(apply("--exec-order", "linear-skip").out()).isEqualTo("No migration files to execute\n");
    Cli.Result nonLinear = apply("--exec-order", "non-linear");
    assertThat(nonLinear.exitCode()).as(nonLinear.toString()).isZero();
    assertThat(db.tableExists("t2")).isTrue();
  }

  @Test
  void baselineAndDirtyDatabases() throws Exception {
    db.exec("CREATE TABLE foreign_table (id int)");
    threeFiles();
    Cli.Result dirty = apply();
    assertThat(dirty.exitCode()).isEqualTo(1);
    assertThat(dirty.err())
        .startsWith("Error: sql/migrate: connected database is not clean: found ")
        .endsWith(". baseline version or allow-dirty is required\n");
    assertThat(apply("--baseline", "9").err()).isEqualTo("Error: baseline version \"9\" not found\n");
    Cli.Result base = apply("--baseline", "1");
    assertThat(base.exitCode()).as(base.toString()).isZero();
    assertThat(base.out()).startsWith("Migrating to version 3 from 1 (2 migrations in total):");
    assertThat(db.tableExists("t1")).isFalse();
    assertThat(db.tableExists("t4")).isTrue();
  }

  @Test
  void allowDirtyStartsAHistory() throws Exception {
    db.exec("CREATE TABLE foreign_table (id int)");
    threeFiles();
    assertThat(apply("--allow-dirty", "--baseline", "1").err())
        .isEqualTo("Error: sql/migrate: baseline and allow-dirty are mutually exclusive\n");
    assertThat(apply("--allow-dirty").exitCode()).isZero();
    assertThat(db.tableExists("t4")).isTrue();
  }

  @Test
  void txModeDirectives() throws Exception {
    file("1.sql", "-- atlas:txmode unknown\n\nCREATE TABLE t1 (id int);\n");
    hash();
    Cli.Result unknown = apply();
    assertThat(unknown.err()).isEqualTo("Error: unknown txmode \"unknown\" found in file directive \"1.sql\"\n");
    file("1.sql", "-- atlas:txmode none\n\nCREATE TABLE t1 (id int);\nTHIS FAILS;\n");
    hash();
    assertThat(apply("--tx-mode", "all").err())
        .isEqualTo("Error: cannot set txmode directive to \"none\" in \"1.sql\" when txmode \"all\" is set globally\n");
    assertThat(db.tableExists("t1")).isFalse();
    assertThat(apply().exitCode()).isEqualTo(1);
    assertThat(db.tableExists("t1")).isTrue();
  }

  @Test
  void dryRunChangesNothing() throws Exception {
    threeFiles();
    Cli.Result r = apply("--dry-run");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("    -> CREATE TABLE t4 (id int NOT NULL);");
    assertThat(db.tableExists("t1")).isFalse();
    assertThat(status().out()).contains("Executed Files:  0");
  }

  @Test
  void jsonOutput() throws Exception {
    threeFiles();
    Cli.Result r = apply("--format", "{{ json . }}");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("\"Dir\":\"file://migrations\"")
        .contains("\"Target\":\"3\"")
        .contains("{\"Name\":\"1_first.sql\",\"Version\":\"1\",\"Description\":\"first\"}")
        .contains("\"Applied\":[\"CREATE TABLE t2 (id int NOT NULL);\",\"CREATE TABLE t3 (id int NOT NULL);\"]")
        .contains("\"Message\":\"Migrated to version 3 from  (3 migrations in total)\"");
    Cli.Result st = cli.run("migrate", "status", "--url", db.url(), "--format", "{{ json . }}");
    assertThat(st.out()).contains("\"Status\":\"OK\"").contains("\"Type\":\"applied\"");
  }

  @Test
  void validateReportsWhatChanged() throws Exception {
    threeFiles();
    assertThat(cli.run("migrate", "validate").exitCode()).isZero();
    file("4_added.sql", "CREATE TABLE t9 (id int);\n");
    Cli.Result r = cli.run("migrate", "validate");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("Error: checksum mismatch\n");
    assertThat(r.out()).contains("\tL5: 4_added.sql was added\n");
    hash();
    assertThat(cli.run("migrate", "validate").exitCode()).isZero();
  }

  @Test
  void missingPartiallyAppliedFile() throws Exception {
    file("1_first.sql", "CREATE TABLE t1 (id int NOT NULL);\n");
    file("2_second.sql", "CREATE TABLE t2 (id int NOT NULL);\nTHIS FAILS;\n");
    hash();
    apply("--tx-mode", "none");
    Files.delete(work.resolve("migrations/2_second.sql"));
    hash();
    Cli.Result r = apply();
    assertThat(r.err())
        .isEqualTo("Error: sql/migrate: missing migration: revision \"2_second.sql\" is partially applied but migration file was not found\n");
  }
}
