package dev.strata.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.url.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TestDatabasesTest {
  @Test
  void createsUniquelyNamedDatabasesAndDropsThemOnClose() throws Exception {
    String pgDb;
    String pgSchema;
    String maria;
    String sqlite;
    try (TestDatabases dbs = new TestDatabases()) {
      pgDb = dbs.postgresDatabase();
      pgSchema = dbs.postgresSchema();
      maria = dbs.mariadbDatabase();
      sqlite = dbs.sqliteFile();
      String name = "strata_t_[0-9a-f]{12}";
      DatabaseUrl db = DatabaseUrl.parse(pgDb);
      assertThat(db.path()).matches(name);
      assertThat(db.schema()).isEmpty();
      assertThat(db.param("sslmode")).contains("disable");
      DatabaseUrl schema = DatabaseUrl.parse(pgSchema);
      assertThat(schema.path()).isEqualTo(TestDatabases.postgresServer().path());
      assertThat(schema.schema()).hasValueSatisfying(s -> assertThat(s).matches(name));
      assertThat(DatabaseUrl.parse(maria).schema())
          .hasValueSatisfying(s -> assertThat(s).matches(name));
      assertThat(DatabaseUrl.parse(maria).host()).isEqualTo(TestDatabases.mariadbServer().host());
      assertThat(sqlite).matches("sqlite:///.+/" + name + "\\.db");
      assertThat(pgDatabaseExists(DatabaseUrl.parse(pgDb).path())).isTrue();
      assertThat(pgSchemaExists(DatabaseUrl.parse(pgSchema).schema().orElseThrow())).isTrue();
      assertThat(mariaDatabaseExists(DatabaseUrl.parse(maria).path())).isTrue();
      Files.writeString(Path.of(DatabaseUrl.parse(sqlite).path()), "");
    }
    assertThat(pgDatabaseExists(DatabaseUrl.parse(pgDb).path())).isFalse();
    assertThat(pgSchemaExists(DatabaseUrl.parse(pgSchema).schema().orElseThrow())).isFalse();
    assertThat(mariaDatabaseExists(DatabaseUrl.parse(maria).path())).isFalse();
    assertThat(Path.of(DatabaseUrl.parse(sqlite).path()).getParent()).doesNotExist();
  }

  @Test
  void asAnExtensionDropsPerTestWhatTheTestCreatedAndTheRestAfterAll() throws Exception {
    TestDatabases dbs = new TestDatabases();
    String classLevel = DatabaseUrl.parse(dbs.mariadbDatabase()).path(); // as in @BeforeAll
    dbs.beforeEach(null);
    String testLevel = DatabaseUrl.parse(dbs.mariadbDatabase()).path();
    dbs.afterEach(null);
    assertThat(mariaDatabaseExists(testLevel)).isFalse();
    assertThat(mariaDatabaseExists(classLevel)).isTrue();
    dbs.afterAll(null);
    assertThat(mariaDatabaseExists(classLevel)).isFalse();
  }

  @Test
  void namesAreUnique() {
    assertThat(TestDatabases.uniqueName())
        .startsWith(TestDatabases.PREFIX)
        .isNotEqualTo(TestDatabases.uniqueName());
  }

  private static boolean pgDatabaseExists(String name) throws SQLException {
    return exists(pg(), "SELECT 1 FROM pg_database WHERE datname = ?", name);
  }

  private static boolean pgSchemaExists(String name) throws SQLException {
    return exists(pg(), "SELECT 1 FROM pg_namespace WHERE nspname = ?", name);
  }

  private static boolean mariaDatabaseExists(String name) throws SQLException {
    DatabaseUrl u = TestDatabases.mariadbServer();
    Connection c =
        TestDatabases.jdbc(
            "jdbc:mariadb://" + u.host() + ":" + (u.port() < 0 ? 3306 : u.port()) + "/", u);
    return exists(c, "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", name);
  }

  private static Connection pg() throws SQLException {
    DatabaseUrl u = TestDatabases.postgresServer();
    return TestDatabases.jdbc(
        "jdbc:postgresql://" + u.host() + ":" + (u.port() < 0 ? 5432 : u.port()) + "/" + u.path(),
        u);
  }

  private static boolean exists(Connection c, String sql, String name) throws SQLException {
    try (c;
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
