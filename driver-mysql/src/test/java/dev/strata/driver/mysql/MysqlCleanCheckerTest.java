package dev.strata.driver.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.spi.RevisionTableRef;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MysqlCleanCheckerTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();
  private static final RevisionTableRef REV = RevisionTableRef.in("atlas_schema_revisions");

  // The test server is shared: at least our database and another one exist besides the system ones.
  @Test
  void realmOfASharedServerHasMultipleSchemas() throws SQLException {
    dbs.mariadbDatabase();
    dbs.mariadbDatabase();
    Driver d = DriverRegistry.load().driverFor(TestDatabases.mariadbServer().withPath("").raw());
    try (Connection c = d.connect()) {
      assertThat(d.cleanChecker().dirtyReason(c, REV))
          .hasValueSatisfying(r -> assertThat(r).matches("found multiple schemas: \\d+"));
    }
  }

  @Test
  void missingSchemaIsClean() throws SQLException {
    Driver any = DriverRegistry.load().driverFor(dbs.mariadbDatabase());
    Driver missing =
        DriverRegistry.load()
            .driverFor(TestDatabases.mariadbServer().withPath("strata_t_nowhere").raw());
    try (Connection c = any.connect()) {
      assertThat(missing.cleanChecker().dirtyReason(c, null)).isEmpty();
    }
  }

  @Test
  void realmRulesFollowAtlas() {
    Map<String, List<String>> schemas = new LinkedHashMap<>();
    assertThat(MysqlCleanChecker.realmReason(schemas, REV)).isEmpty();
    schemas.put("atlas_schema_revisions", List.of("atlas_schema_revisions"));
    assertThat(MysqlCleanChecker.realmReason(schemas, REV)).isEmpty();
    assertThat(MysqlCleanChecker.realmReason(schemas, null))
        .contains("found schema \"atlas_schema_revisions\"");
    assertThat(
            MysqlCleanChecker.realmReason(Map.of("atlas_schema_revisions", List.of("a", "b")), REV))
        .contains("found multiple tables: 2");
    assertThat(
            MysqlCleanChecker.realmReason(Map.of("atlas_schema_revisions", List.of("users")), REV))
        .contains("found table \"users\"");
    assertThat(MysqlCleanChecker.realmReason(Map.of("app", List.of()), REV))
        .contains("found schema \"app\"");
    schemas.put("app", List.of());
    assertThat(MysqlCleanChecker.realmReason(schemas, REV)).contains("found multiple schemas: 2");
    assertThat(MysqlCleanChecker.schemaReason("app", List.of("atlas_schema_revisions"), REV))
        .contains("found table \"atlas_schema_revisions\" in schema \"app\"");
    assertThat(
            MysqlCleanChecker.schemaReason(
                "app", List.of("atlas_schema_revisions"), RevisionTableRef.in("app")))
        .isEmpty();
  }
}
