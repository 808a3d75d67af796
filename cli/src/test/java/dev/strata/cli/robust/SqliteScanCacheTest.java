package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.migrate.exec.ScanCacheProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;

/**
 * In one JVM, apply and status skip reading an unchanged directory again once its files have
 * settled, and that never changes an answer: a fresh database still gets every file, checked, and
 * an edit that keeps the size and modification time is still caught. On SQLite, in-process.
 */
class SqliteScanCacheTest extends RobustBase {
  @Override
  Engine engine() {
    return Engine.SQLITE;
  }

  @Test
  void aSettledDirectoryIsReadOnceAndEveryAnswerStaysTheSame() throws Exception {
    file("1_a.sql", "CREATE TABLE a (id int);\n");
    file("2_b.sql", "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\n");
    hash();
    Thread.sleep(2_500); // The files settle: a scan that reads them now is remembered.

    Cli.Result first = apply();
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out()).contains("2 migrations");
    // The directory's second scan in this JVM is the first one kept: the CLI's one scan per
    // process never pays for the stamps.
    assertThat(apply().out()).isEqualTo("No migration files to execute\n");
    long hits = ScanCacheProbe.hits();

    assertThat(apply().out()).isEqualTo("No migration files to execute\n");
    assertThat(status().out()).startsWith("Migration Status: OK\n");
    assertThat(ScanCacheProbe.hits())
        .as("the no-op apply and status reused the scan")
        .isEqualTo(hits + 2);

    // A fresh database has everything pending: the remembered scan is not enough, the files are
    // read and checked again before they run.
    Db other = freshDb();
    Cli.Result onOther = apply(other);
    assertThat(onOther.exitCode()).as(onOther.toString()).isZero();
    assertThat(onOther.out()).contains("2 migrations");
    assertThat(other.tables()).contains("a", "b");

    // Same size, same modification time, different content: the change time gives it away.
    Path b = migrations().resolve("2_b.sql");
    FileTime modified = Files.getLastModifiedTime(b);
    Files.writeString(b, "CREATE TABLE b (id int);\nINSERT INTO b VALUES (2);\n");
    Files.setLastModifiedTime(b, modified);
    Cli.Result edited = apply();
    assertThat(edited.exitCode()).as(edited.toString()).isEqualTo(1);
    assertThat(edited.out() + edited.err()).contains("checksum mismatch");
  }
}
