package dev.strata.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FlywayLayoutTest {

  private static MemDir flyway(String... names) {
    MemDir dir = new MemDir("f", DirFormat.FLYWAY);
    for (String n : names) {
      dir.put(n, "-- " + n);
    }
    return dir;
  }

  private static List<String> names(List<MigrationFile> files) {
    return files.stream().map(MigrationFile::name).collect(Collectors.toList());
  }

  @Test
  void latestBaselineNumericOrderRepeatablesLast() {
    MemDir dir =
        flyway(
            "B1__old.sql",
            "B2__baseline.sql",
            "V1__initial.sql",
            "V2__second.sql",
            "V3__third.sql",
            "V10__tenth.sql",
            "V9.sql",
            "R__views.sql",
            "U1__initial.sql",
            "v3/V3_1__fourth.sql",
            "sub/R__a.sql",
            ".hidden/V4__x.sql",
            "sub/.deep/V5__y.sql",
            "notes.txt",
            "V6__no_ext.txt",
            "x.sql");

    List<MigrationFile> files = dir.files();

    assertThat(names(files))
        .containsExactly(
            "B2__baseline.sql",
            "V3__third.sql",
            "v3/V3_1__fourth.sql",
            "V9.sql",
            "V10__tenth.sql",
            "R__views.sql",
            "sub/R__a.sql");
    assertThat(files)
        .extracting(MigrationFile::version)
        .containsExactly("2", "3", "3_1", "9", "10", "", "");
    assertThat(files)
        .extracting(MigrationFile::description)
        .containsExactly("baseline", "third", "fourth", "", "tenth", "views", "a");
  }

  @Test
  void baselineIsChosenAndAppliedNumerically() {
    // Atlas compares these as strings ("10" < "9"); Flyway, and Strata, numerically.
    MemDir dir = flyway("B9__nine.sql", "B10__ten.sql", "V9__a.sql", "V10__b.sql", "V11__c.sql");

    assertThat(names(dir.files())).containsExactly("B10__ten.sql", "V11__c.sql");
  }

  @Test
  void withoutBaselineEveryVersionedFileRuns() {
    MemDir dir = flyway("V1_1__b.sql", "V1__a.sql", "V1.2__c.sql", "V1_10__d.sql", "R__r.sql");

    assertThat(names(dir.files()))
        .containsExactly("V1__a.sql", "V1_1__b.sql", "V1.2__c.sql", "V1_10__d.sql", "R__r.sql");
  }

  @Test
  void sumCoversTopLevelSqlFilesInByteOrderLikeAtlas() {
    MemDir dir =
        flyway(
            "V1__initial.sql",
            "V2__second_migration.sql",
            "V3__third_migration.sql",
            "B2__baseline.sql",
            "R__views.sql",
            "U1__initial.sql",
            "v3/V3_1__fourth_migration.sql");

    // Atlas's TestChecksum for its flyway fixture: undo files in, subdirectories out.
    assertThat(names(dir.sumFiles()))
        .containsExactly(
            "B2__baseline.sql",
            "R__views.sql",
            "U1__initial.sql",
            "V1__initial.sql",
            "V2__second_migration.sql",
            "V3__third_migration.sql");
  }

  @Test
  void flywayVersionOrder() {
    assertThat(MigrationVersions.compareFlyway("3", "3_1")).isNegative();
    assertThat(MigrationVersions.compareFlyway("1.10", "1.9")).isPositive();
    assertThat(MigrationVersions.compareFlyway("1_1", "1.1")).isZero();
    assertThat(MigrationVersions.compareFlyway("x", "0")).isZero();
    assertThat(MigrationVersions.compareFlyway("", "0")).isZero();
    assertThat(MigrationVersions.compareFlyway("99999999999999999999", "9223372036854775807"))
        .isZero();
  }
}
