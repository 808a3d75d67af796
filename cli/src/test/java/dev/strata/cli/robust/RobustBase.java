package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every failure-path test needs: a fresh database of the engine under test (dropped after the
 * test), a working directory with a migration directory, and the CLI run in-process from there.
 */
abstract class RobustBase {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();
  @TempDir Path work;
  Db db;
  Cli cli;

  abstract Engine engine();

  @BeforeEach
  void createDatabase() {
    db = engine().create(dbs);
    cli = new Cli(work);
  }

  @AfterEach
  void dropDatabases() {
    dbs.close();
  }

  /** Returns another fresh database of the same engine, e.g. for a reference run. */
  Db freshDb() {
    return engine().create(dbs);
  }

  Path migrations() {
    return work.resolve("migrations");
  }

  void file(String name, String content) throws IOException {
    Files.createDirectories(migrations());
    Files.writeString(migrations().resolve(name), content, StandardCharsets.UTF_8);
  }

  void fileBytes(String name, byte[] content) throws IOException {
    Files.createDirectories(migrations());
    Files.write(migrations().resolve(name), content);
  }

  void hash() {
    Cli.Result r = cli.run("migrate", "hash");
    assertThat(r.exitCode()).as(r.toString()).isZero();
  }

  /** Runs {@code migrate apply --url <target> extra...} in-process. */
  Cli.Result apply(Db target, String... extra) {
    String[] args = new String[extra.length + 4];
    args[0] = "migrate";
    args[1] = "apply";
    args[2] = "--url";
    args[3] = target.url();
    System.arraycopy(extra, 0, args, 4, extra.length);
    return cli.run(args);
  }

  Cli.Result apply(String... extra) {
    return apply(db, extra);
  }

  Cli.Result status(Db target) {
    return cli.run("migrate", "status", "--url", target.url());
  }

  Cli.Result status() {
    return status(db);
  }

  /** Returns {@code migrate apply} arguments for a child process. */
  String[] applyArgs(Db target, String... extra) {
    String[] args = new String[extra.length + 6];
    args[0] = "migrate";
    args[1] = "apply";
    args[2] = "--url";
    args[3] = target.url();
    args[4] = "--dir";
    args[5] = "file://" + migrations().toAbsolutePath();
    System.arraycopy(extra, 0, args, 6, extra.length);
    return args;
  }

  /** Prints a progress line into the test's report. */
  void log(String line) {
    System.out.println("[" + getClass().getSimpleName() + "] " + line);
  }
}
