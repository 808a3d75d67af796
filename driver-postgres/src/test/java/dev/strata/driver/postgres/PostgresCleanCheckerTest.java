package dev.strata.driver.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.spi.RevisionTableRef;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCleanCheckerTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();
  private static final RevisionTableRef REV = RevisionTableRef.in("atlas_schema_revisions");

  @Test
  void realmOfAFreshDatabaseIsCleanUntilSomethingAppears() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.postgresDatabase());
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      assertThat(d.cleanChecker().dirtyReason(c, REV)).isEmpty();
      d.revisionDialect().ensureTable(c, REV);
      assertThat(d.cleanChecker().dirtyReason(c, REV)).isEmpty();
      assertThat(d.cleanChecker().dirtyReason(c, null))
          .contains("found schema \"atlas_schema_revisions\"");
      s.execute("CREATE SCHEMA app");
      assertThat(d.cleanChecker().dirtyReason(c, REV)).contains("found schema \"app\"");
      s.execute("DROP SCHEMA app");
      s.execute("CREATE TABLE atlas_schema_revisions.other (id int)");
      assertThat(d.cleanChecker().dirtyReason(c, REV))
          .contains("found 2 tables in schema \"atlas_schema_revisions\"");
      s.execute("DROP TABLE atlas_schema_revisions.other");
      s.execute("CREATE TABLE public.users (id int)");
      assertThat(d.cleanChecker().dirtyReason(c, REV)).contains("found schema \"public\"");
    }
  }

  @Test
  void schemaScopedIgnoresOtherSchemasAndMissingSchemaIsClean() throws SQLException {
    String url = dbs.postgresDatabase();
    Driver realm = DriverRegistry.load().driverFor(url);
    try (Connection c = realm.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA app");
      s.execute("CREATE TABLE public.users (id int)");
    }
    Driver scoped = DriverRegistry.load().driverFor(url + "&search_path=app");
    Driver missing = DriverRegistry.load().driverFor(url + "&search_path=nowhere");
    try (Connection c = scoped.connect()) {
      assertThat(scoped.cleanChecker().dirtyReason(c, RevisionTableRef.in("app"))).isEmpty();
      assertThat(missing.cleanChecker().dirtyReason(c, null)).isEmpty();
    }
  }

  @Test
  void realmRulesFollowAtlas() {
    Map<String, List<String>> schemas = new LinkedHashMap<>();
    assertThat(PostgresCleanChecker.realmReason(schemas, REV)).isEmpty();
    schemas.put("atlas_schema_revisions", List.of("atlas_schema_revisions"));
    schemas.put("public", List.of());
    assertThat(PostgresCleanChecker.realmReason(schemas, REV)).isEmpty();
    schemas.put("public", List.of("t"));
    assertThat(PostgresCleanChecker.realmReason(schemas, REV)).contains("found schema \"public\"");
    assertThat(
            PostgresCleanChecker.realmReason(
                Map.of("public", List.of("t")), RevisionTableRef.in("public")))
        .contains("found table \"t\" in schema \"public\"");
    assertThat(PostgresCleanChecker.schemaReason("s", List.of("a\"b"), null))
        .contains("found table \"a\\\"b\" in schema \"s\"");
    assertThat(
            PostgresCleanChecker.schemaReason(
                "s", List.of("atlas_schema_revisions"), RevisionTableRef.in("other")))
        .contains("found table \"atlas_schema_revisions\" in schema \"s\"");
  }
}
