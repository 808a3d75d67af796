package dev.strata.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the end-to-end scenarios share: a working directory with a migrations folder, a fresh
 * database per test supplied by the engine's subclass, and the CLI run in-process.
 */
abstract class MigrateScenariosBase {
  @TempDir Path work;
  Target db;
  Cli cli;

  abstract Target newTarget() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    db = newTarget();
    cli = new Cli(work);
  }

  @AfterEach
  void tearDown() throws Exception {
    db.close();
  }

  void file(String name, String content) throws IOException {
    Path dir = work.resolve("migrations");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  void hash() {
    Cli.Result r = cli.run("migrate", "hash");
    assertThat(r.exitCode()).as(r.toString()).isZero();
  }

  Cli.Result apply(String... extra) {
    String[] args = new String[extra.length + 4];
    args[0] = "migrate";
    args[1] = "apply";
    args[2] = "--url";
    args[3] = db.url();
    System.arraycopy(extra, 0, args, 4, extra.length);
    return cli.run(args);
  }

  Cli.Result status() {
    return cli.run("migrate", "status", "--url", db.url());
  }

  void threeFiles() throws IOException {
    file("1_first.sql", "CREATE TABLE t1 (id int NOT NULL);\n");
    file("2_second.sql", "CREATE TABLE t2 (id int NOT NULL);\nCREATE TABLE t3 (id int NOT NULL);\n");
    file("3_third.sql", "CREATE TABLE t4 (id int NOT NULL);\n");
    hash();
  }
}
