package dev.strata.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Atlas's own test directories and the atlas.sum files Atlas wrote for them (see resources/dir).
 */
class AtlasFixturesTest {

  static Path fixture(String name) {
    try {
      return Path.of(AtlasFixturesTest.class.getResource("/dir/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @CsvSource({"atlas-checkpoint, atlas", "dbmate, dbmate", "goose, goose"})
  void sumIsByteForByteAtlas(String name, String format) {
    LocalDir dir = LocalDir.open(fixture(name), DirFormat.fromId(format));

    assertThat(SumFile.of(dir).toBytes()).isEqualTo(dir.readSum().orElseThrow());
    assertThat(ChecksumValidator.validate(dir)).isEqualTo(SumFile.of(dir));
  }

  @Test
  void gooseStatementsAsAtlasReadsThem() {
    LocalDir dir = LocalDir.open(fixture("goose"), DirFormat.GOOSE);
    List<MigrationFile> files = dir.files();

    assertThat(files).extracting(MigrationFile::version).containsExactly("1", "2");
    assertThat(statements(files.get(0)))
        .containsExactly(
            "CREATE TABLE post\n"
                + "(\n"
                + "    id    int NOT NULL,\n"
                + "    title text,\n"
                + "    body  text,\n"
                + "    PRIMARY KEY (id)\n"
                + ");",
            "ALTER TABLE post ADD created_at TIMESTAMP NOT NULL;",
            "INSERT INTO post (title) VALUES (\n'This is\nmy multiline\n\nvalue');");
    List<SqlChunk> second = DirFormat.GOOSE.upChunks(files.get(1));
    assertThat(second)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.split()).isFalse();
              assertThat(c.line()).isEqualTo(10);
              assertThat(c.text())
                  .startsWith("CREATE\nOR REPLACE FUNCTION histories_partition_creation")
                  .endsWith("$$\nlanguage plpgsql;");
            });
  }

  @Test
  void dbmateUpSectionsAsAtlasReadsThem() {
    LocalDir dir = LocalDir.open(fixture("dbmate"), DirFormat.DBMATE);
    List<MigrationFile> files = dir.files();

    assertThat(DirFormat.DBMATE.upChunks(files.get(0)))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.line()).isEqualTo(2);
              assertThat(c.split()).isTrue();
              assertThat(c.text()).startsWith("CREATE TABLE post\n").endsWith("value');\n");
            });
    assertThat(DirFormat.DBMATE.upChunks(files.get(1)))
        .containsExactly(new SqlChunk("\n\n\n\nCREATE TABLE tbl_2 (col INT);", 5, true));
  }

  private static List<String> statements(MigrationFile f) {
    return DirFormat.GOOSE.upChunks(f).stream()
        .map(c -> c.text().strip())
        .collect(Collectors.toList());
  }
}
