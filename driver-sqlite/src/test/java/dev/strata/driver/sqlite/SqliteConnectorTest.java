package dev.strata.driver.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteConnectorTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  @Test
  void fileDatabaseIsCreatedAtTheAbsolutePath() throws SQLException {
    String url = dbs.sqliteFile();
    Driver d = DriverRegistry.load().driverFor(url);
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id integer)");
    }
    assertThat(Files.exists(Path.of(url.substring("sqlite://".length())))).isTrue();
  }

  @Test
  void memoryDatabaseIsSharedWhileAConnectionIsOpen() throws SQLException {
    String url = dbs.sqliteMemory();
    Driver d = DriverRegistry.load().driverFor(url);
    try (Connection first = d.connect()) {
      try (Statement s = first.createStatement()) {
        s.execute("CREATE TABLE t (id integer)");
      }
      try (Connection second = d.connect();
          Statement s = second.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
    try (Connection again = d.connect()) {
      assertThat(d.cleanChecker().dirtyReason(again, null))
          .isEmpty(); // gone with its last connection
    }
  }

  @Test
  void foreignKeysAndBusyTimeoutFollowTheUrl() throws SQLException {
    String url = dbs.sqliteFile();
    assertThat(pragma(url, "foreign_keys")).isEqualTo(0);
    assertThat(pragma(url + "?_fk=1", "foreign_keys")).isEqualTo(1);
    assertThat(pragma(url, "busy_timeout")).isEqualTo(5000);
    assertThat(pragma(url + "?_busy_timeout=100", "busy_timeout")).isEqualTo(100);
  }

  private static int pragma(String url, String name) throws SQLException {
    try (Connection c = DriverRegistry.load().driverFor(url).connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
