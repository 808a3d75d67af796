package dev.strata.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The seed's schema-drift story (../shared/seed/migration-troubleshooting.txt, "Schema Drift"):
 * someone changes the database by hand; {@code schema diff} against the migration directory at
 * the applied version prints the SQL that restores it, {@code schema apply} applies it after the
 * prompt, and migrations carry on normally.
 */
abstract class DriftScenarios extends MigrateScenariosBase {
  void twoVersions() throws Exception {
    file("1_users.sql", "CREATE TABLE users (id int NOT NULL, name varchar(100) NOT NULL, email varchar(100), PRIMARY KEY (id));\n");
    file("2_posts.sql", "CREATE TABLE posts (id int NOT NULL, user_id int NOT NULL, title varchar(200), PRIMARY KEY (id));\n"
        + "CREATE INDEX posts_user ON posts (user_id);\n");
    hash();
    Cli.Result r = apply();
    assertThat(r.exitCode()).as(r.toString()).isZero();
  }

  @Test
  void driftIsShownAndRepaired() throws Exception {
    twoVersions();
    db.exec("ALTER TABLE users DROP COLUMN email");
    db.exec("CREATE INDEX users_name ON users (name)");
    String dev = db.devUrl();
    Cli.Result diff = cli.run("schema", "diff", "--from", db.url(), "--to", "file://migrations?version=2", "--dev-url", dev);
    assertThat(diff.exitCode()).as(diff.toString()).isZero();
    assertThat(diff.out()).containsIgnoringCase("users_name").containsIgnoringCase("email");
    assertThat(diff.out()).doesNotContain("atlas_schema_revisions");
    String planned = diff.out();

    Cli.Result aborted = cli.runWithInput("abort\n", "schema", "apply", "--url", db.url(), "--to", "file://migrations?version=2", "--dev-url", dev);
    assertThat(aborted.exitCode()).as(aborted.toString()).isZero();
    assertThat(aborted.out()).startsWith("-- Planned Changes:\n" + planned).contains("Are you sure?");
    assertThat(cli.run("schema", "diff", "--from", db.url(), "--to", "file://migrations?version=2", "--dev-url", dev).out())
        .isEqualTo(planned);

    Cli.Result applied = cli.runWithInput("apply\n", "schema", "apply", "--url", db.url(), "--to", "file://migrations?version=2", "--dev-url", dev);
    assertThat(applied.exitCode()).as(applied.toString()).isZero();
    assertThat(cli.run("schema", "diff", "--from", db.url(), "--to", "file://migrations?version=2", "--dev-url", dev).out())
        .isEqualTo("Schemas are synced, no changes to be made.\n");

    assertThat(status().out()).startsWith("Migration Status: OK");
    file("3_tags.sql", "CREATE TABLE tags (id int NOT NULL, PRIMARY KEY (id));\n");
    hash();
    Cli.Result next = apply();
    assertThat(next.exitCode()).as(next.toString()).isZero();
    assertThat(next.out()).startsWith("Migrating to version 3 from 2 (1 migrations in total):");
  }

  @Test
  void dryRunAndAutoApprove() throws Exception {
    twoVersions();
    db.exec("DROP INDEX posts_user" + (db.name().equals("mariadb") ? " ON posts" : ""));
    String dev = db.devUrl();
    Cli.Result dry = cli.run("schema", "apply", "--url", db.url(), "--to", "file://migrations?version=2", "--dev-url", dev, "--dry-run");
    assertThat(dry.exitCode()).as(dry.toString()).isZero();
    assertThat(dry.out()).startsWith("-- Planned Changes:\n").contains("posts_user").doesNotContain("Are you sure?");
    Cli.Result auto = cli.run("schema", "apply", "--url", db.url(), "--to", "file://migrations?version=2", "--dev-url", dev, "--auto-approve");
    assertThat(auto.exitCode()).as(auto.toString()).isZero();
    assertThat(cli.run("schema", "apply", "--url", db.url(), "--to", "file://migrations?version=2", "--dev-url", dev, "--auto-approve").out())
        .isEqualTo("Schema is synced, no changes to be made\n");
  }

  @Test
  void badInput() throws Exception {
    twoVersions();
    Cli.Result noDev = cli.run("schema", "diff", "--from", db.url(), "--to", "file://migrations?version=2");
    assertThat(noDev.err()).isEqualTo("Error: --dev-url cannot be empty. See: https://atlasgo.io/atlas-schema/sql#dev-database\n");
    Cli.Result dirtyDev = cli.run("schema", "diff", "--from", db.url(), "--to", "file://migrations?version=2", "--dev-url", db.url());
    assertThat(dirtyDev.exitCode()).isEqualTo(1);
    assertThat(dirtyDev.err()).startsWith("Error: dev database is not clean (");
    Cli.Result mixed = cli.run("schema", "diff", "--from", db.url(), "--to", "file://migrations", "--to", db.url(), "--dev-url", db.devUrl());
    assertThat(mixed.err()).startsWith("Error: got mixed --to url schemes: \"file\" and ");
    Cli.Result docker = cli.run("schema", "diff", "--from", db.url(), "--to", "file://migrations?version=2", "--dev-url", "docker://postgres/15/dev");
    assertThat(docker.err()).startsWith("Error: docker:// URLs are not supported");
    file("../schema.sql", "CREATE TABLE a (id int);\nCREATE TABLEX b (id int);\n");
    Cli.Result syntax = cli.run("schema", "diff", "--from", db.url(), "--to", "file://schema.sql", "--dev-url", db.devUrl());
    assertThat(syntax.exitCode()).isEqualTo(1);
    assertThat(syntax.err()).contains("schema.sql").contains("line 2").contains("CREATE TABLEX b (id int);");
  }
}
