package dev.strata.bench;

import dev.strata.bench.Operation.Group;
import dev.strata.migrate.exec.TxMode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations timed for one database, in the order they run within a repetition. Each checks its
 * own outcome (files applied, nothing pending) so that a tool that silently did nothing cannot look
 * fast.
 */
final class Suite {
  /** The JVM options of the {@code strata} launcher, without its optional CDS archive. */
  static final List<String> LAUNCHER_JVM_OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:CICompilerCount=1",
          "-XX:+UseSerialGC",
          "-XX:-UsePerfData",
          "-Xshare:auto");

  private final BenchDatabase engine;
  private final Workload work;
  private final Path repo;
  private final Path scratch;
  private final Path strataJar;
  private final Path floorCds;

  Suite(BenchDatabase engine, Workload work, Path repo, Path scratch) {
    this.engine = engine;
    this.work = work;
    this.repo = repo;
    this.scratch = scratch;
    this.strataJar = repo.resolve("cli/target/strata.jar");
    this.floorCds = scratch.resolve("floor-" + engine.id() + ".jsa");
  }

  Path strataJar() {
    return strataJar;
  }

  /** Returns the apply operations; the first of each family leaves the database its reads use. */
  List<Operation> applies(boolean withProcesses, boolean withOthers) {
    int n = work.size();
    Path atlas = work.atlasDir();
    List<Operation> ops = new ArrayList<>();
    ops.add(
        new Operation(
            "floor",
            Group.APPLY,
            "floor",
            "raw JDBC loop: 1 transaction and 1 history row per file",
            db -> {
              try (Connection c = db.connect()) {
                check(n, Floor.apply(c, atlas, false), "floor");
              }
            }));
    ops.add(
        new Operation(
            "floor-one-tx",
            Group.APPLY,
            "floor",
            "the same loop in one transaction for every file (what --tx-mode all can hope for)",
            db -> {
              try (Connection c = db.connect()) {
                check(n, Floor.apply(c, atlas, true), "floor-one-tx");
              }
            }));
    for (TxMode mode : List.of(TxMode.FILE, TxMode.ALL, TxMode.NONE)) {
      ops.add(
          new Operation(
              "strata-lib-" + mode.flag(),
              Group.APPLY,
              "strata",
              "MigrationExecutor.apply(), --tx-mode " + mode.flag(),
              db -> check(n, StrataRunner.apply(db.strataUrl(), atlas, mode), "strata")));
    }
    if (withProcesses) {
      ops.add(
          new Operation(
              "strata-cli-file",
              Group.APPLY,
              "strata",
              "java -jar cli/target/strata.jar migrate apply --tx-mode file",
              db ->
                  process(
                      javaJar(
                          List.of(),
                          StrataRunner.cliArgs(
                              "apply", db.strataUrl(), atlas, "--tx-mode", "file")),
                      "strata-cli-file")));
    }
    if (withOthers) {
      ops.add(
          new Operation(
              "flyway",
              Group.APPLY,
              "flyway",
              "Flyway 13.12 migrate (Java API)",
              db -> check(n, FlywayRunner.migrate(db, work.flywayDir()), "flyway")));
      ops.add(
          new Operation(
              "liquibase",
              Group.APPLY,
              "liquibase",
              "Liquibase 4.33 update (command API)",
              db -> LiquibaseRunner.update(db, work.liquibaseDir())));
    }
    return ops;
  }

  /** A floor's read of the history: {@code count} must find nothing pending. */
  @FunctionalInterface
  interface PendingCount {
    int count(Connection c) throws Exception;
  }

  private static Operation floorRead(String id, String what, PendingCount count) {
    return new Operation(
        id,
        Group.IN_PROCESS,
        "floor",
        what,
        db -> {
          try (Connection c = db.connect()) {
            check(0, count.count(c), id);
          }
        });
  }

  /** Returns the operations timed on databases where every file is applied. */
  List<Operation> reads(boolean withProcesses, boolean withOthers) {
    Path atlas = work.atlasDir();
    List<Operation> ops = new ArrayList<>();
    ops.add(
        floorRead(
            "floor-read",
            "connect, read the whole history table, list the directory",
            c -> FloorRead.pending(c, atlas)));
    ops.add(
        floorRead(
            "floor-read-verified",
            "floor-read, and every file read and hashed (SHA-256): what checking checksums adds",
            c -> FloorRead.pendingVerified(c, atlas)));
    ops.add(
        new Operation(
            "strata-lib-noop",
            Group.IN_PROCESS,
            "strata",
            "MigrationExecutor.apply(), nothing pending",
            db ->
                check(
                    0, StrataRunner.apply(db.strataUrl(), atlas, TxMode.FILE), "strata-lib-noop")));
    ops.add(
        new Operation(
            "strata-lib-status",
            Group.IN_PROCESS,
            "strata",
            "StatusReader.status()",
            db -> check(0, StrataRunner.pending(db.strataUrl(), atlas), "strata-lib-status")));
    if (withOthers) {
      ops.add(
          new Operation(
              "flyway-noop",
              Group.IN_PROCESS,
              "flyway",
              "Flyway migrate, nothing pending",
              db -> check(0, FlywayRunner.migrate(db, work.flywayDir()), "flyway-noop")));
      ops.add(
          new Operation(
              "flyway-info",
              Group.IN_PROCESS,
              "flyway",
              "Flyway info",
              db -> check(0, FlywayRunner.infoPending(db, work.flywayDir()), "flyway-info")));
      ops.add(
          new Operation(
              "liquibase-noop",
              Group.IN_PROCESS,
              "liquibase",
              "Liquibase update, nothing pending",
              db -> LiquibaseRunner.update(db, work.liquibaseDir())));
      ops.add(
          new Operation(
              "liquibase-status",
              Group.IN_PROCESS,
              "liquibase",
              "Liquibase status",
              db -> LiquibaseRunner.status(db, work.liquibaseDir())));
    }
    if (withProcesses) {
      ops.add(
          new Operation(
              "floor-jvm",
              Group.PROCESS,
              "floor",
              "java -cp <floor + JDBC driver> FloorRead",
              db -> process(floorJvm(List.of(), db), "floor-jvm")));
      ops.add(
          new Operation(
              "floor-jvm-c1-cds",
              Group.PROCESS,
              "floor",
              "the same, with the launcher's C1 + SerialGC options and an AppCDS archive",
              db -> process(floorJvm(withArchive(floorCds), db), "floor-jvm-c1-cds")));
      ops.add(
          new Operation(
              "strata-jar-status",
              Group.PROCESS,
              "strata",
              "java -jar strata.jar migrate status",
              db ->
                  process(
                      javaJar(List.of(), StrataRunner.cliArgs("status", db.strataUrl(), atlas)),
                      "strata-jar-status")));
      ops.add(
          new Operation(
              "strata-jar-noop",
              Group.PROCESS,
              "strata",
              "java -jar strata.jar migrate apply, nothing pending",
              db ->
                  process(
                      javaJar(List.of(), StrataRunner.cliArgs("apply", db.strataUrl(), atlas)),
                      "strata-jar-noop")));
      ops.add(
          new Operation(
              "launcher-status",
              Group.PROCESS,
              "strata",
              "./strata migrate status (the launcher as it is)",
              db ->
                  process(
                      launcher(StrataRunner.cliArgs("status", db.strataUrl(), atlas)),
                      "launcher-status")));
      ops.add(
          new Operation(
              "launcher-noop",
              Group.PROCESS,
              "strata",
              "./strata migrate apply, nothing pending",
              db ->
                  process(
                      launcher(StrataRunner.cliArgs("apply", db.strataUrl(), atlas)),
                      "launcher-noop")));
    }
    return ops;
  }

  /**
   * Writes the AppCDS archive of the floor's JVM (a dynamic archive, from one run on {@code
   * floorDb}). Strata's own archive is the launcher's, which it makes on its first run.
   */
  void writeArchives(BenchDatabase.Fresh floorDb) throws Exception {
    Files.deleteIfExists(floorCds);
    process(floorJvm(dumping(floorCds), floorDb), "cds-floor");
  }

  private static List<String> dumping(Path archive) {
    List<String> o = new ArrayList<>(LAUNCHER_JVM_OPTIONS);
    o.add("-XX:ArchiveClassesAtExit=" + archive);
    return o;
  }

  private static List<String> withArchive(Path archive) {
    List<String> o = new ArrayList<>(LAUNCHER_JVM_OPTIONS);
    o.add("-XX:SharedArchiveFile=" + archive);
    return o;
  }

  private List<String> javaJar(List<String> jvmOptions, List<String> args) {
    List<String> rest = new ArrayList<>(List.of("-jar", strataJar.toString()));
    rest.addAll(args);
    return JavaProcess.javaCommand(jvmOptions, rest);
  }

  private List<String> launcher(List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(repo.resolve("strata").toString()));
    cmd.addAll(args);
    return cmd;
  }

  private List<String> floorJvm(List<String> jvmOptions, BenchDatabase.Fresh db) {
    String cp =
        location(FloorRead.class) + java.io.File.pathSeparator + location(jdbcDriverClass());
    return JavaProcess.javaCommand(
        jvmOptions,
        List.of(
            "-cp",
            cp,
            FloorRead.class.getName(),
            db.jdbcUrl(),
            db.user(),
            work.atlasDir().toString()));
  }

  private Class<?> jdbcDriverClass() {
    switch (engine) {
      case POSTGRES:
        return org.postgresql.Driver.class;
      case MARIADB:
        return org.mariadb.jdbc.Driver.class;
      default:
        return org.sqlite.JDBC.class;
    }
  }

  private static String location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void process(List<String> command, String name) throws IOException, InterruptedException {
    Path logs = scratch.resolve("logs");
    Files.createDirectories(logs);
    JavaProcess.run(command, repo, logs.resolve(name + ".log"));
  }

  private static void check(int expected, int actual, String what) {
    if (expected != actual) {
      throw new IllegalStateException(what + ": expected " + expected + " files, got " + actual);
    }
  }
}
