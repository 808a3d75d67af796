package dev.strata.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code migrate diff}, {@code schema inspect} and {@code schema clean} through the CLI against a
 * real database (atlas-compat.md §11, scenarios 41-46).
 */
abstract class DeclarativeScenarios extends MigrateScenariosBase {
  static final String SCHEMA =
      "CREATE TABLE users (id int NOT NULL, name varchar(100) NOT NULL, PRIMARY KEY (id));\n"
          + "CREATE TABLE posts (id int NOT NULL, user_id int NOT NULL, title varchar(200),"
          + " PRIMARY KEY (id), CONSTRAINT posts_user FOREIGN KEY (user_id) REFERENCES users (id));\n"
          + "CREATE INDEX posts_title ON posts (title);\n";

  void schemaFile(String content) throws Exception {
    Files.writeString(work.resolve("schema.sql"), content, StandardCharsets.UTF_8);
  }

  List<String> migrationFiles(String dir) throws Exception {
    try (Stream<Path> s = Files.list(work.resolve(dir))) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void migrateDiffWritesTheDifferenceAndThenIsSynced() throws Exception {
    schemaFile(SCHEMA);
    String dev = db.devUrl();
    Cli.Result first = cli.run("migrate", "diff", "initial", "--to", "file://schema.sql", "--dev-url", dev);
    assertThat(first.exitCode()).as(first.toString()).isZero();
    List<String> files = migrationFiles("migrations");
    assertThat(files).hasSize(2).contains("atlas.sum");
    assertThat(files.get(0)).matches("\\d{14}_initial\\.sql");
    String content = Files.readString(work.resolve("migrations").resolve(files.get(0)));
    assertThat(content).startsWith("-- Create \"users\" table\nCREATE TABLE ");
    assertThat(content).contains("-- Create \"posts\" table").contains("posts_title");
    assertThat(cli.run("migrate", "validate").exitCode()).isZero();
    Cli.Result again = cli.run("migrate", "diff", "--to", "file://schema.sql", "--dev-url", dev);
    assertThat(again.out()).isEqualTo("The migration directory is synced with the desired state, no changes to be made\n");
    assertThat(cli.run("schema", "diff", "--from", "file://migrations", "--to", "file://schema.sql", "--dev-url", dev).out())
        .isEqualTo("Schemas are synced, no changes to be made.\n");

    schemaFile(SCHEMA + "CREATE TABLE tags (id int NOT NULL, PRIMARY KEY (id));\n");
    Cli.Result second = cli.run("migrate", "diff", "tags", "--to", "file://schema.sql", "--dev-url", dev);
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(migrationFiles("migrations")).hasSize(3);

    Cli.Result applied = apply();
    assertThat(applied.exitCode()).as(applied.toString()).isZero();
    assertThat(cli.run("schema", "diff", "--from", db.url(), "--to", "file://schema.sql", "--dev-url", dev).out())
        .isEqualTo("Schemas are synced, no changes to be made.\n");
  }

  @Test
  void migrateDiffInOtherFormats() throws Exception {
    schemaFile(SCHEMA);
    String dev = db.devUrl();
    Cli.Result golang = cli.run("migrate", "diff", "init", "--dir", "file://gm?format=golang-migrate", "--to", "file://schema.sql", "--dev-url", dev);
    assertThat(golang.exitCode()).as(golang.toString()).isZero();
    List<String> gm = migrationFiles("gm");
    assertThat(gm).hasSize(3);
    assertThat(gm.get(0)).endsWith("_init.down.sql");
    assertThat(gm.get(1)).endsWith("_init.up.sql");
    assertThat(Files.readString(work.resolve("gm").resolve(gm.get(0)))).contains("-- reverse: ").containsIgnoringCase("DROP TABLE");
    Cli.Result flyway = cli.run("migrate", "diff", "init", "--dir", "file://fw?format=flyway", "--to", "file://schema.sql", "--dev-url", dev);
    assertThat(flyway.exitCode()).as(flyway.toString()).isZero();
    assertThat(migrationFiles("fw")).anyMatch(n -> n.matches("V\\d{14}__init\\.sql")).anyMatch(n -> n.matches("U\\d{14}__init\\.sql"));
    Cli.Result goose = cli.run("migrate", "diff", "init", "--dir", "file://gs?format=goose", "--to", "file://schema.sql", "--dev-url", dev);
    assertThat(goose.exitCode()).as(goose.toString()).isZero();
    String gooseFile = migrationFiles("gs").stream().filter(n -> n.endsWith(".sql")).findFirst().orElseThrow();
    assertThat(Files.readString(work.resolve("gs").resolve(gooseFile))).startsWith("-- +goose Up\n-- Create \"users\" table\n").contains("\n-- +goose Down\n");
    // Replaying the goose directory gives the same state: the next diff is empty.
    assertThat(cli.run("migrate", "diff", "--dir", "file://gs?format=goose", "--to", "file://schema.sql", "--dev-url", dev).out())
        .isEqualTo("The migration directory is synced with the desired state, no changes to be made\n");
  }

  @Test
  void migrateDiffNeedsItsFlags() throws Exception {
    schemaFile(SCHEMA);
    assertThat(cli.run("migrate", "diff", "--to", "file://schema.sql").err()).isEqualTo("Error: required flag(s) \"dev-url\" not set\n");
    assertThat(cli.run("migrate", "diff", "--dev-url", db.devUrl()).err()).isEqualTo("Error: required flag(s) \"to\" not set\n");
  }

  @Test
  void inspectRoundTripsAndClean() throws Exception {
    schemaFile(SCHEMA);
    String dev = db.devUrl();
    assertThat(cli.run("schema", "apply", "--url", db.url(), "--to", "file://schema.sql", "--dev-url", dev, "--auto-approve").exitCode()).isZero();
    Cli.Result sql = cli.run("schema", "inspect", "--url", db.url());
    assertThat(sql.exitCode()).as(sql.toString()).isZero();
    assertThat(sql.out()).contains("-- Create \"users\" table").contains("posts_title");
    Files.writeString(work.resolve("inspected.sql"), sql.out(), StandardCharsets.UTF_8);
    assertThat(cli.run("schema", "diff", "--from", db.url(), "--to", "file://inspected.sql", "--dev-url", dev).out())
        .isEqualTo("Schemas are synced, no changes to be made.\n");
    Cli.Result json = cli.run("schema", "inspect", "--url", db.url(), "--format", "{{ json . }}");
    assertThat(json.out()).startsWith("{\"schemas\":[{\"name\":").contains("{\"name\":\"users\",\"columns\":[");
    Cli.Result excluded = cli.run("schema", "inspect", "--url", db.url(), "--exclude", "posts");
    assertThat(excluded.out()).contains("\"users\"").doesNotContain("\"posts\"");

    Cli.Result aborted = cli.runWithInput("no\n", "schema", "clean", "--url", db.url());
    assertThat(aborted.exitCode()).isZero();
    assertThat(db.tableExists("users")).isTrue();
    Cli.Result clean = cli.run("schema", "clean", "--url", db.url(), "--auto-approve");
    assertThat(clean.exitCode()).as(clean.toString()).isZero();
    assertThat(clean.out()).startsWith("-- Planned Changes:\n");
    assertThat(db.tableExists("users")).isFalse();
    assertThat(cli.run("schema", "clean", "--url", db.url(), "--auto-approve").out()).isEqualTo("Nothing to drop\n");
  }
}
