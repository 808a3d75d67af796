package dev.strata.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency arrows of the architecture page: cli -> engine -> model; drivers -> spi. */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.strata");
  }

  @Test
  void coreNamesNoDriverAndNoCli() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.strata.driver..", "dev.strata.cli..", "dev.strata.testkit..", "dev.strata.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.strata.driver..", "dev.strata.cli..", "picocli..", "org.postgresql..", "org.mariadb..", "org.sqlite..")
        .check(classes);
  }

  @Test
  void driversDoNotKnowEachOtherNorTheCli() {
    for (String d : new String[] {"sqlite", "postgres", "mysql"}) {
      noClasses()
          .that()
          .resideInAPackage("dev.strata.driver." + d + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.strata.cli..", "dev.strata.migrate.exec..")
          .check(classes);
    }
  }

  @Test
  void cliTalksToDriversOnlyThroughTheSpi() {
    noClasses()
        .that()
        .resideInAPackage("dev.strata.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.strata.driver..", "org.postgresql..", "org.mariadb..", "org.sqlite..")
        .check(classes);
  }

  @Test
  void modelAndSqlDependOnNothingAbove() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.strata.sql..", "dev.strata.url..", "dev.strata.error..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.strata.migrate.exec..", "dev.strata.spi..")
        .check(classes);
  }
}
