package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, test 5: the story of ../shared/seed/migration-troubleshooting.txt on MariaDB, as a golden
 * test. Migration 2 holds exactly the seed's three INSERTs, whose last one adds (1, 2) twice; it
 * fails with a duplicate key, the report is Atlas's (atlas-compat.md §4.8) followed by Strata's
 * explanation (strata.md §4.3), status shows the failure, and once the file is fixed and re-hashed
 * only the failed statement runs.
 */
class MariadbSeedStoryTest extends RobustBase {
  static final String D = "<duration>";

  static final String USERS =
      "INSERT INTO `users` (`id`, `name`) VALUES (1, 'masseelch'), (2, 'rotemtam'), (3, 'a8m');";
  static final String GROUPS =
      "INSERT INTO `groups` (`id`, `name`) VALUES (1, 'Founders'), (2, 'Senior Engineers'),"
          + " (3, 'Junior Engineers');";
  static final String USER_GROUPS =
      "INSERT INTO `user_groups` (`user_id`, `group_id`) VALUES\n"
          + "-- Founders\n"
          + "(2, 1), (3, 1),\n"
          + "-- Seniors\n"
          + "(1, 2), (2, 2), (3, 2),\n"
          + "-- Constraint error (adding masseelch twice to seniors)\n"
          + "(1, 2);";
  static final String USER_GROUPS_FIXED =
      "INSERT INTO `user_groups` (`user_id`, `group_id`) VALUES\n"
          + "-- Founders\n"
          + "(2, 1), (3, 1),\n"
          + "-- Seniors\n"
          + "(1, 2), (2, 2), (3, 2);";
  /** What MariaDB 10.11 says (MySQL 8 names the key 'user_groups.PRIMARY', as in the seed). */
  static final String DUPLICATE = "Error 1062: Duplicate entry '1-2' for key 'PRIMARY'";

  @Override
  Engine engine() {
    return Engine.MARIADB;
  }

  /** Replaces Go durations in a report by a placeholder. */
  static String normalize(String report) {
    return report
        .replaceAll("(?m)^(  -- ok \\()" + BadInputScenarios.DURATION + "\\)$", "$1" + D + ")")
        .replaceAll("(?m)^  -- " + BadInputScenarios.DURATION + "$", "  -- " + D);
  }

  static List<String> lines(String s) {
    return Arrays.asList(s.split("\n", -1));
  }

  /** Indents a statement as the report prints it. */
  static String arrow(String stmt) {
    return "    -> " + stmt.replace("\n", "\n       ") + "\n";
  }

  Cli.Result local(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--env";
    all[1] = "local";
    System.arraycopy(args, 0, all, 2, args.length);
    return cli.run(all);
  }

  @Test
  void duplicateRowStory() throws Exception {
    Files.writeString(work.resolve("atlas.hcl"),
        "env \"local\" {\n"
            + "  url = \"" + db.url() + "\"\n"
            + "  migration {\n"
            + "    dir = \"file://migrations\"\n"
            + "  }\n"
            + "}\n",
        StandardCharsets.UTF_8);
    String create =
        "CREATE TABLE `users` (`id` int NOT NULL, `name` varchar(100) NOT NULL, PRIMARY KEY (`id`));\n"
            + "CREATE TABLE `groups` (`id` int NOT NULL, `name` varchar(100) NOT NULL, PRIMARY KEY (`id`));\n"
            + "CREATE TABLE `user_groups` (`user_id` int NOT NULL, `group_id` int NOT NULL,"
            + " PRIMARY KEY (`user_id`, `group_id`));\n";
    file("1_init.sql", create);
    file("2_seed.sql", USERS + "\n" + GROUPS + "\n" + USER_GROUPS + "\n");
    hash();

    Cli.Result first = local("migrate", "apply", "1", "--tx-mode", "none");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(normalize(first.out())).startsWith("Migrating to version 1 (1 migrations in total):\n")
        .endsWith("  -- 1 migration\n  -- 3 sql statements\n");

    Cli.Result failed = local("migrate", "apply", "1", "--tx-mode", "none");
    log("the failing run:\n" + failed);
    assertThat(failed.exitCode()).isEqualTo(1);
    String expected =
        "Migrating to version 2 from 1 (1 migrations in total):\n"
            + "\n"
            + "  -- migrating version 2\n"
            + arrow(USERS)
            + arrow(GROUPS)
            + arrow(USER_GROUPS)
            + "    " + DUPLICATE + "\n"
            + "\n"
            + "  -------------------------\n"
            + "  -- " + D + "\n"
            + "  -- 1 migration with errors\n"
            + "  -- 2 sql statements ok, 1 with errors\n"
            + "\n"
            + "Failure: data-dependent change in 2_seed.sql at line 3 (statement 3)\n"
            + "  -- The data conflicts with the statement (duplicate key, NULL, foreign key, value out of range).\n"
            + "  -- Fix the data or the statement; add statements that fix data to 2_seed.sql before the failing one\n"
            + "     so other deployments do not fail too; then run 'strata migrate hash'.\n"
            + "  -- Run 'strata migrate apply' again: it resumes at statement 3 of 2_seed.sql;"
            + " statements before it do not run again.\n";
    assertThat(lines(normalize(failed.out()))).containsExactlyElementsOf(lines(expected));
    assertThat(failed.err())
        .isEqualTo("Error: sql/migrate: executing statement \"" + USER_GROUPS
            + "\" from version \"2\": " + DUPLICATE + "\n");
    assertThat(db.rows("SELECT COUNT(*) FROM users")).containsExactly(List.of("3"));
    assertThat(db.rows("SELECT COUNT(*) FROM user_groups")).containsExactly(List.of("0"));

    Cli.Result st = local("migrate", "status");
    log("status after the failure:\n" + st);
    assertThat(st.exitCode()).isZero();
    assertThat(st.out())
        .startsWith("Migration Status: PENDING\n"
            + "  -- Current Version: 2 (2 statements applied)\n"
            + "  -- Next Version:    2 (1 statements left)\n"
            + "  -- Executed Files:  2 (last one partially)\n"
            + "  -- Pending Files:   1\n"
            + "\n"
            + "Last migration attempt had errors:\n"
            + "  -- SQL:   " + USER_GROUPS + "\n"
            + "  -- ERROR: " + DUPLICATE + "\n")
        .contains("\nFailure: data-dependent change in 2_seed.sql (statement 3)\n");

    // Fix the file: drop the duplicate row (and its comment), re-hash, apply again.
    file("2_seed.sql", USERS + "\n" + GROUPS + "\n" + USER_GROUPS_FIXED + "\n");
    Cli.Result unhashed = local("migrate", "apply", "--tx-mode", "none");
    assertThat(unhashed.err()).isEqualTo("Error: checksum mismatch\n");
    hash();
    Cli.Result fixed = local("migrate", "apply", "--tx-mode", "none");
    assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
    String expectedFixed =
        "Migrating to version 2 from 2 (1 migrations in total):\n"
            + "\n"
            + "  -- migrating version 2\n"
            + arrow(USER_GROUPS_FIXED)
            + "  -- ok (" + D + ")\n"
            + "\n"
            + "  -------------------------\n"
            + "  -- " + D + "\n"
            + "  -- 1 migration\n"
            + "  -- 1 sql statement\n";
    assertThat(lines(normalize(fixed.out()))).containsExactlyElementsOf(lines(expectedFixed));
    assertThat(fixed.err()).isEmpty();

    assertThat(db.rows("SELECT id, name FROM users ORDER BY id"))
        .containsExactly(List.of("1", "masseelch"), List.of("2", "rotemtam"), List.of("3", "a8m"));
    assertThat(db.rows("SELECT id, name FROM `groups` ORDER BY id"))
        .containsExactly(List.of("1", "Founders"), List.of("2", "Senior Engineers"),
            List.of("3", "Junior Engineers"));
    assertThat(db.rows("SELECT user_id, group_id FROM user_groups ORDER BY group_id, user_id"))
        .containsExactly(List.of("2", "1"), List.of("3", "1"), List.of("1", "2"), List.of("2", "2"),
            List.of("3", "2"));
    Cli.Result ok = local("migrate", "status");
    assertThat(ok.out()).isEqualTo("Migration Status: OK\n  -- Current Version: 2\n"
        + "  -- Next Version:    Already at latest version\n  -- Executed Files:  2\n"
        + "  -- Pending Files:   0\n");
    assertThat(db.revisions()).extracting(r -> r.subList(0, 7)).containsExactly(
        Arrays.asList("1", "init", "2", "3", "3", null, null),
        Arrays.asList("2", "seed", "2", "3", "3", null, null));
  }
}
