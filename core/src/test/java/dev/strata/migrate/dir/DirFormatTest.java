package dev.strata.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirFormatTest {
  // 2024-03-05 06:07:08 UTC, seen from a non-UTC zone to prove the version is UTC.
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-05T06:07:08Z"), ZoneId.of("America/New_York"));

  private static List<String> names(List<MigrationFile> files) {
    return files.stream().map(MigrationFile::name).collect(Collectors.toList());
  }

  @ParameterizedTest
  @CsvSource({
    "20220318104614_initial.sql, 20220318104614, initial",
    "1.a_sub.up.sql, 1.a, sub.up",
    "2.10.x-20_description.sql, 2.10.x-20, description",
    "3.sql, 3, ''",
    "4_with_more_underscores.sql, 4, with_more_underscores",
  })
  void atlasVersionAndDescription(String name, String version, String description) {
    assertThat(DirFormat.ATLAS.version(name)).isEqualTo(version);
    assertThat(DirFormat.ATLAS.description(name)).isEqualTo(description);
  }

  @Test
  void idsAndLookup() {
    assertThat(DirFormat.fromId("golang-migrate")).isEqualTo(DirFormat.GOLANG_MIGRATE);
    assertThat(DirFormat.fromId("")).isEqualTo(DirFormat.ATLAS);
    assertThat(DirFormat.fromId(null)).isEqualTo(DirFormat.ATLAS);
    assertThat(DirFormat.DBMATE.id()).isEqualTo("dbmate");
    assertThatThrownBy(() -> DirFormat.fromId("Flyway"))
        .isInstanceOf(StrataException.class)
        .hasMessage("unknown dir format \"Flyway\"")
        .extracting(e -> ((StrataException) e).code())
        .isEqualTo(ErrorCode.BAD_URL);
  }

  @Test
  void atlasReadsTopLevelSqlFilesInByteOrderNotNumericOrder() {
    MemDir dir =
        new MemDir()
            .put("9_nine.sql", "")
            .put("10_ten.sql", "")
            .put("1.5_x.sql", "")
            .put("2.sql", "")
            .put(".hidden.sql", "")
            .put("notes.txt", "")
            .put("sub/3.sql", "");

    assertThat(names(dir.files()))
        .containsExactly(".hidden.sql", "1.5_x.sql", "10_ten.sql", "2.sql", "9_nine.sql");
  }

  @Test
  void goldenFileListsOfTheOtherFormats() {
    MemDir atlas =
        new MemDir()
            .put("1_initial.up.sql", "")
            .put("1_initial.down.sql", "")
            .put("2_second_migration.up.sql", "")
            .put("2_second_migration.down.sql", "");
    MemDir gm = atlas.withFormat(DirFormat.GOLANG_MIGRATE);

    assertThat(gm.files())
        .extracting(MigrationFile::name, MigrationFile::version, MigrationFile::description)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1_initial.up.sql", "1", "initial"),
            org.assertj.core.groups.Tuple.tuple(
                "2_second_migration.up.sql", "2", "second_migration"));
    // atlas.sum covers every top-level .sql file, down files included (Atlas's TestChecksum).
    assertThat(names(gm.sumFiles()))
        .containsExactly(
            "1_initial.down.sql",
            "1_initial.up.sql",
            "2_second_migration.down.sql",
            "2_second_migration.up.sql");
    for (DirFormat f : List.of(DirFormat.GOOSE, DirFormat.DBMATE, DirFormat.LIQUIBASE)) {
      MemDir d = new MemDir("x", f).put("2_second_migration.sql", "").put("1_initial.sql", "");
      assertThat(d.files())
          .extracting(MigrationFile::version, MigrationFile::description)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("1", "initial"),
              org.assertj.core.groups.Tuple.tuple("2", "second_migration"));
      assertThat(names(d.sumFiles())).containsExactly("1_initial.sql", "2_second_migration.sql");
    }
  }

  @Test
  void golangMigrateVersionOfANameWithoutDescription() {
    // Atlas splits the name without ".sql" at the first '_': "1.up.sql" has version "1.up".
    assertThat(DirFormat.GOLANG_MIGRATE.version("1.up.sql")).isEqualTo("1.up");
    assertThat(DirFormat.GOLANG_MIGRATE.description("1.up.sql")).isEmpty();
  }

  @Test
  void newFilesOfEveryFormat() {
    assertThat(DirFormat.ATLAS.newFiles("add_users", CLOCK))
        .containsExactly(new NewFile("20240305060708_add_users.sql", ""));
    assertThat(DirFormat.ATLAS.newFiles(null, CLOCK))
        .containsExactly(new NewFile("20240305060708.sql", ""));
    assertThat(DirFormat.ATLAS.newFiles("", CLOCK))
        .containsExactly(new NewFile("20240305060708.sql", ""));
    assertThat(DirFormat.GOLANG_MIGRATE.newFiles("x", CLOCK))
        .containsExactly(
            new NewFile("20240305060708_x.up.sql", ""),
            new NewFile("20240305060708_x.down.sql", ""));
    assertThat(DirFormat.GOOSE.newFiles("x", CLOCK))
        .containsExactly(new NewFile("20240305060708_x.sql", "-- +goose Up\n\n-- +goose Down\n"));
    assertThat(DirFormat.FLYWAY.newFiles("x", CLOCK))
        .containsExactly(
            new NewFile("V20240305060708__x.sql", ""), new NewFile("U20240305060708__x.sql", ""));
    assertThat(DirFormat.FLYWAY.newFiles(null, CLOCK))
        .containsExactly(
            new NewFile("V20240305060708.sql", ""), new NewFile("U20240305060708.sql", ""));
    assertThat(DirFormat.LIQUIBASE.newFiles("x", CLOCK))
        .containsExactly(new NewFile("20240305060708_x.sql", "--liquibase formatted sql"));
    assertThat(DirFormat.DBMATE.newFiles("x", CLOCK))
        .containsExactly(new NewFile("20240305060708_x.sql", "-- migrate:up\n\n-- migrate:down\n"));
  }

  @Test
  void newFileVersionsAreReadBackByTheirFormat() {
    for (DirFormat f : DirFormat.values()) {
      MemDir dir = new MemDir("n", f);
      for (NewFile n : f.newFiles("add_users", CLOCK)) {
        dir.writeFile(n.name(), n.bytes());
      }
      assertThat(dir.files())
          .as(f.id())
          .singleElement()
          .satisfies(
              file -> {
                assertThat(file.version()).isEqualTo("20240305060708");
                assertThat(file.description()).isEqualTo("add_users");
              });
    }
  }

  @Test
  void wholeFileIsOneChunkForTheGenericFormats() {
    for (DirFormat f :
        List.of(DirFormat.ATLAS, DirFormat.GOLANG_MIGRATE, DirFormat.FLYWAY, DirFormat.LIQUIBASE)) {
      assertThat(f.upChunks("1.sql", "A;\nB;\n"))
          .containsExactly(new SqlChunk("A;\nB;\n", 1, true));
      assertThat(f.upChunks("1.sql", " \n")).isEmpty();
    }
  }
}
