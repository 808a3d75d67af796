package dev.strata.driver.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.spi.FailureKind;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresConnectorTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  @Test
  void passesRuntimeParametersAndApplicationName() throws SQLException {
    String url = dbs.postgresSchema() + "&application_name=strata-test&statement_timeout=1234";
    Driver d = DriverRegistry.load().driverFor(url);
    try (Connection c = d.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT current_setting('application_name'),"
                    + " current_setting('statement_timeout')")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("strata-test");
      assertThat(rs.getString(2)).isEqualTo("1234ms");
    }
    assertThat(((PostgresDriver) d).serverMajorVersion()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void refusedConnectionFailsFastAsConnectionLoss() {
    Driver d =
        DriverRegistry.load()
            .driverFor("postgres://postgres:secret@127.0.0.1:1/db?sslmode=disable");
    long t0 = System.nanoTime();
    SQLException e = catchThrowableOfType(SQLException.class, () -> d.connect().close());
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000L);
    assertThat(d.dialect().classify(e)).isEqualTo(FailureKind.CONNECTION);
    assertThat(e.getMessage()).doesNotContain("secret");
  }

  /**
   * The connect timeout bounds each read of the log-in only (as a socket timeout that the
   * connector clears once logged in): a statement that runs longer must not be cut off.
   */
  @Test
  void aStatementMayRunLongerThanTheConnectTimeout() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.postgresSchema() + "&connect_timeout=1");
    try (Connection c = d.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_sleep(1.5), 42")) {
      rs.next();
      assertThat(rs.getInt(2)).isEqualTo(42);
    }
  }
}
