package dev.strata.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.url.DirUrl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationDirTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-05T06:07:08Z"), ZoneOffset.UTC);

  @TempDir Path tmp;

  private static List<String> names(List<MigrationFile> files) {
    return files.stream().map(MigrationFile::name).collect(Collectors.toList());
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void missingDirectoryIsNamedInTheError() {
    Path missing = tmp.resolve("new/dir/2");

    assertThatThrownBy(() -> LocalDir.open(missing, DirFormat.ATLAS))
        .isInstanceOf(StrataException.class)
        .hasMessage("sql/migrate: stat " + missing + ": no such file or directory")
        .extracting(e -> ((StrataException) e).code())
        .isEqualTo(ErrorCode.DIRECTORY);
    assertThat(missing).doesNotExist();
  }

  @Test
  void aFileIsNotADirectory() throws IOException {
    Path file = Files.writeString(tmp.resolve("file.sql"), "x");

    assertThatThrownBy(() -> LocalDir.open(file, DirFormat.ATLAS, true))
        .hasMessage("sql/migrate: \"" + file + "\" is not a dir");
  }

  @Test
  void createMakesTheDirectory() {
    LocalDir dir = LocalDir.open(tmp.resolve("a/b"), DirFormat.ATLAS, true);

    assertThat(tmp.resolve("a/b")).isDirectory();
    assertThat(dir.files()).isEmpty();
    assertThat(dir.readSum()).isEmpty();
    assertThat(dir.displayName()).isEqualTo(tmp.resolve("a/b").toString());
  }

  @Test
  void localFilesAreListedByFormatAndReadLazily() throws IOException {
    Files.writeString(tmp.resolve("2_b.sql"), "B;");
    Files.writeString(tmp.resolve("1_a.sql"), "A;");
    Files.writeString(tmp.resolve("atlas.sum"), "x");
    Files.createDirectories(tmp.resolve("sub.sql"));
    Files.createDirectories(tmp.resolve("v2"));
    Files.writeString(tmp.resolve("v2/V2__x.sql"), "X;");
    LocalDir dir = LocalDir.open(tmp, DirFormat.ATLAS);

    List<MigrationFile> files = dir.files();

    assertThat(names(files)).containsExactly("1_a.sql", "2_b.sql");
    Files.writeString(tmp.resolve("1_a.sql"), "changed;");
    assertThat(files.get(0).text()).isEqualTo("changed;");
    try (InputStream in = files.get(1).open()) {
      assertThat(in.readAllBytes()).isEqualTo("B;".getBytes(StandardCharsets.UTF_8));
    }
    // Read once, a small file is kept for the life of the directory object (one read per command).
    Files.delete(tmp.resolve("1_a.sql"));
    assertThat(files.get(0).text()).isEqualTo("changed;");
    assertThat(names(LocalDir.open(tmp, DirFormat.ATLAS).files())).containsExactly("2_b.sql");
    Files.writeString(tmp.resolve("3_c.sql"), "C;");
    MigrationFile unread = LocalDir.open(tmp, DirFormat.ATLAS).files().get(1);
    Files.delete(tmp.resolve("3_c.sql"));
    assertThatThrownBy(unread::bytes)
        .isInstanceOf(StrataException.class)
        .hasMessageStartingWith("sql/migrate: read file \"3_c.sql\": ")
        .hasMessageEndingWith("no such file or directory");
    assertThat(names(LocalDir.open(tmp, DirFormat.FLYWAY).files())).containsExactly("v2/V2__x.sql");
  }

  @Test
  void flywayWalkSkipsHiddenDirectories() throws IOException {
    Files.createDirectories(tmp.resolve(".git/V9__x.sql").getParent());
    Files.writeString(tmp.resolve(".git/V9__x.sql"), "no");
    Files.createDirectories(tmp.resolve("a/b"));
    Files.writeString(tmp.resolve("a/b/V2__deep.sql"), "yes");
    Files.writeString(tmp.resolve("V1__top.sql"), "yes");

    assertThat(names(LocalDir.open(tmp, DirFormat.FLYWAY).files()))
        .containsExactly("V1__top.sql", "a/b/V2__deep.sql");
  }

  @Test
  void writesAreAtomicAndStayInsideTheDirectory() throws IOException {
    LocalDir dir = LocalDir.open(tmp, DirFormat.ATLAS);
    dir.writeFile("1.sql", "A;".getBytes(StandardCharsets.UTF_8));
    dir.writeSum("h1:x\n".getBytes(StandardCharsets.UTF_8));
    dir.writeSum("h1:y\n".getBytes(StandardCharsets.UTF_8));

    assertThat(listing(tmp)).containsExactly("1.sql", "atlas.sum");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("1.sql"))))
        .isEqualTo("rw-r--r--");
    assertThat(dir.readSum())
        .hasValueSatisfying(
            b -> assertThat(b).isEqualTo("h1:y\n".getBytes(StandardCharsets.UTF_8)));
    for (String bad : List.of("../x.sql", "/etc/x.sql", "a/../../x.sql", "", "a//b.sql")) {
      assertThatThrownBy(() -> dir.writeFile(bad, new byte[0]))
          .isInstanceOf(StrataException.class)
          .hasMessageContaining("invalid migration file name");
    }
    assertThatThrownBy(() -> dir.writeFile("nosuchdir/x.sql", new byte[0]))
        .hasMessage("open " + tmp.resolve("nosuchdir/x.sql") + ": no such file or directory");
  }

  @Test
  void memDirsShareFilesThroughARegistry() {
    MemDir.Registry registry = new MemDir.Registry();
    MigrationDir a = MigrationDirs.open(DirUrl.parse("mem://dev"), false, registry);
    a.writeFile("1.sql", "A;".getBytes(StandardCharsets.UTF_8));

    MigrationDir b = MigrationDirs.open(DirUrl.parse("mem://dev?format=goose"), false, registry);

    assertThat(b.format()).isEqualTo(DirFormat.GOOSE);
    assertThat(names(b.files())).containsExactly("1.sql");
    assertThat(b.displayName()).isEqualTo("mem://dev");
    assertThat(MigrationDirs.open(DirUrl.parse("mem://dev"), false).files()).isEmpty();
  }

  @Test
  void memDirCopiesContentInAndOut() {
    byte[] content = "A;".getBytes(StandardCharsets.UTF_8);
    MemDir dir = new MemDir();
    dir.writeFile("1.sql", content);
    content[0] = 'X';

    byte[] read = dir.files().get(0).bytes();
    read[1] = 'Y';

    assertThat(dir.files().get(0).text()).isEqualTo("A;");
  }

  @Test
  void openLocalDirFromUrl() throws IOException {
    Files.writeString(tmp.resolve("1_x.up.sql"), "A;");
    Files.writeString(tmp.resolve("1_x.down.sql"), "B;");

    MigrationDir dir =
        MigrationDirs.open(DirUrl.parse("file://" + tmp + "?format=golang-migrate"), false);

    assertThat(dir).isInstanceOf(LocalDir.class);
    assertThat(names(dir.files())).containsExactly("1_x.up.sql");
    assertThatThrownBy(
            () -> MigrationDirs.open(DirUrl.parse("file://" + tmp.resolve("nope")), false))
        .hasMessageContaining("no such file or directory");
    assertThat(MigrationDirs.open(DirUrl.parse("file://" + tmp.resolve("made")), true).files())
        .isEmpty();
  }

  @Test
  void newMigrationInEveryFormat() throws IOException {
    for (DirFormat f : DirFormat.values()) {
      Path path = tmp.resolve(f.id());
      MigrationDir dir =
          MigrationDirs.open(DirUrl.parse("file://" + path + "?format=" + f.id()), true);

      List<NewFile> written = MigrationDirs.newMigration(dir, "init", CLOCK);

      List<String> expected = written.stream().map(NewFile::name).collect(Collectors.toList());
      expected.add("atlas.sum");
      assertThat(listing(path)).as(f.id()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(ChecksumValidator.validate(dir).entries()).hasSize(written.size());
    }
    assertThat(listing(tmp.resolve("flyway")))
        .containsExactly("U20240305060708__init.sql", "V20240305060708__init.sql", "atlas.sum");
  }

  @Test
  void newMigrationRefusesADirectoryWithAChecksumError() throws IOException {
    Files.writeString(tmp.resolve("1.sql"), "A;");
    MigrationDir dir = LocalDir.open(tmp, DirFormat.ATLAS);

    assertThatThrownBy(() -> MigrationDirs.newMigration(dir, "x", CLOCK))
        .hasMessage("checksum file not found");
    assertThat(listing(tmp)).containsExactly("1.sql");
  }

  @Test
  void rehashWritesWhatValidateAccepts() throws IOException {
    Files.writeString(tmp.resolve("1.sql"), "CREATE TABLE t(c int);");
    MigrationDir dir = LocalDir.open(tmp, DirFormat.ATLAS);

    MigrationDirs.rehash(dir);

    assertThat(Files.readString(tmp.resolve("atlas.sum")))
        .isEqualTo(
            "h1:UlTKUOtyPkjlVGFEr/5cymfwViRsiyTFXv3o/pYbVf0=\n"
                + "1.sql h1:CezfGQ5VWCqCl0k4uqEqdHp7HUcXfJJJW/HDemwwOU4=\n");
    ChecksumValidator.validate(dir);
  }
}
