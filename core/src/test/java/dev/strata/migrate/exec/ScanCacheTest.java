package dev.strata.migrate.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.migrate.dir.ChecksumMismatchException;
import dev.strata.migrate.dir.DirFormat;
import dev.strata.migrate.dir.LocalDir;
import dev.strata.migrate.dir.MemDir;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.dir.SumFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory scan is reused only for an unchanged directory whose files had settled, and only to
 * find that nothing is to be done. A clock an hour ahead makes the files written here "settled";
 * with the real clock they are seconds old and never remembered.
 */
class ScanCacheTest {
  @TempDir Path path;
  private final ScanCache later =
      new ScanCache(Clock.fixed(Instant.now().plus(Duration.ofHours(1)), ZoneOffset.UTC));

  @BeforeEach
  void writeDirectory() throws IOException {
    write("1_a.sql", "CREATE TABLE a (id int);\n");
    write("2_b.sql", "-- atlas:checkpoint\n\nCREATE TABLE b (id int);\n");
    hash();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(path.resolve(name), text, StandardCharsets.UTF_8);
  }

  private void hash() {
    LocalDir dir = dir();
    dir.writeSum(SumFile.of(dir).toBytes());
  }

  // Scans twice, as a directory's second scan is the first one the cache keeps.
  private DirScan.Result remembered() {
    DirScan.scan(dir(), later);
    return DirScan.scan(dir(), later);
  }

  private LocalDir dir() {
    return LocalDir.open(path, DirFormat.ATLAS);
  }

  @Test
  void anUnchangedSettledDirectoryIsNotReadAgain() {
    DirScan.Result first = DirScan.scan(dir(), later); // no stamps: maybe the only scan
    DirScan.Result stamped = DirScan.scan(dir(), later);
    DirScan.Result second = DirScan.scan(dir(), later);
    assertThat(first.fromCache()).isFalse();
    assertThat(stamped.fromCache()).isFalse();
    assertThat(second.fromCache()).isTrue();
    assertThat(later.hits()).isEqualTo(1);
    assertThat(second.sum()).isEqualTo(first.sum());
    assertThat(second.checkpoints()).containsExactly("2_b.sql");
    assertThat(second.files())
        .extracting(MigrationFile::name)
        .containsExactly("1_a.sql", "2_b.sql");
  }

  @Test
  void filesChangedJustBeforeTheListingAreNeverRemembered() {
    ScanCache now = new ScanCache(Clock.systemUTC());
    DirScan.scan(dir(), now);
    DirScan.scan(dir(), now);
    assertThat(DirScan.scan(dir(), now).fromCache()).isFalse();
    assertThat(now.hits()).isZero();
  }

  @Test
  void anEditWithTheSameSizeAndModificationTimeIsStillSeen() throws IOException {
    remembered();
    Path a = path.resolve("1_a.sql");
    FileTime modified = Files.getLastModifiedTime(a);
    write("1_a.sql", "CREATE TABLE z (id int);\n");
    Files.setLastModifiedTime(a, modified); // as cp -p or touch -r would; the change time moves
    assertThatThrownBy(() -> DirScan.scan(dir(), later))
        .isInstanceOf(ChecksumMismatchException.class);
    assertThat(later.hits()).isZero();
  }

  @Test
  void anEditBehindASymbolicLinkIsSeen(@TempDir Path elsewhere) throws IOException {
    Path target = elsewhere.resolve("shared.sql");
    Files.writeString(target, "CREATE TABLE s (id int);\n");
    Files.createSymbolicLink(path.resolve("3_shared.sql"), target);
    hash();
    remembered();
    assertThat(DirScan.scan(dir(), later).fromCache()).isTrue();
    FileTime modified = Files.getLastModifiedTime(target);
    Files.writeString(target, "CREATE TABLE z (id int);\n");
    Files.setLastModifiedTime(target, modified);
    assertThatThrownBy(() -> DirScan.scan(dir(), later))
        .isInstanceOf(ChecksumMismatchException.class);
  }

  @Test
  void anAddedFileAndANewSumAreRead() throws IOException {
    DirScan.Result first = remembered();
    write("3_c.sql", "CREATE TABLE c (id int);\n");
    hash();
    DirScan.Result second = DirScan.scan(dir(), later);
    assertThat(second.fromCache()).isFalse();
    assertThat(second.sum()).isNotEqualTo(first.sum());
    assertThat(second.files()).hasSize(3);
  }

  @Test
  void aRememberedScanAnswersOnlyThatNothingIsToBeDone() {
    remembered();
    LocalDir dir = dir();
    DirScan.Result cached = DirScan.scan(dir, later);
    assertThat(cached.fromCache()).isTrue();
    assertThat(DirScan.confirmed(dir, cached, r -> true)).isSameAs(cached);
    DirScan.Result read = DirScan.confirmed(dir, cached, r -> false);
    assertThat(read.fromCache()).isFalse();
    assertThat(read.sum()).isEqualTo(cached.sum());
    DirScan.Result failed =
        DirScan.confirmed(dir, cached, r -> { throw new IllegalStateException("out of order"); });
    assertThat(failed.fromCache()).isFalse();
  }

  @Test
  void aRescanFindsAnEditTheCacheCouldNotSee() throws IOException {
    remembered();
    LocalDir dir = dir();
    DirScan.Result cached = DirScan.scan(dir, later);
    // Changed after the listing that matched: only a scan that reads the files sees it.
    write("2_b.sql", "-- atlas:checkpoint\n\nDROP TABLE b;\n");
    assertThatThrownBy(() -> DirScan.confirmed(dir, cached, r -> false))
        .isInstanceOf(ChecksumMismatchException.class);
  }

  /** A file system without Unix attributes gives no stamps: files are listed, and always read. */
  @Test
  void aDirectoryWithoutUnixAttributesIsListedAndAlwaysRead() throws IOException {
    Path zip = path.resolve("migrations.zip");
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
      Path root = fs.getPath("/migrations");
      Files.createDirectories(root);
      Files.writeString(root.resolve("1_a.sql"), "CREATE TABLE a (id int);\n");
      Files.createDirectories(root.resolve("2_not_a_file.sql"));
      LocalDir dir = LocalDir.open(root, DirFormat.ATLAS);
      Files.write(root.resolve(SumFile.FILE_NAME), SumFile.of(dir).toBytes());
      for (int i = 0; i < 3; i++) {
        DirScan.Result r = DirScan.scan(LocalDir.open(root, DirFormat.ATLAS), later);
        assertThat(r.fromCache()).isFalse();
        assertThat(r.files()).extracting(MigrationFile::name).containsExactly("1_a.sql");
      }
      assertThat(later.hits()).isZero();
    }
  }

  @Test
  void aDirectoryInMemoryIsAlwaysRead() {
    MemDir mem = new MemDir().put("1_a.sql", "CREATE TABLE a (id int);\n");
    mem.writeSum(SumFile.of(mem).toBytes());
    DirScan.scan(mem, later);
    DirScan.scan(mem, later);
    assertThat(DirScan.scan(mem, later).fromCache()).isFalse();
  }
}
