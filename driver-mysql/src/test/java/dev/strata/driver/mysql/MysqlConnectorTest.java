package dev.strata.driver.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

class MysqlConnectorTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  @Test
  void keepsTheServersSqlModeSoFunctionNamesStayUsable() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.mariadbDatabase());
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT @@SESSION.sql_mode, @@GLOBAL.sql_mode")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(rs.getString(2)).doesNotContain("IGNORE_SPACE");
      }
      s.execute("CREATE TABLE count (id int)"); // fails under IGNORE_SPACE
    }
  }

  @Test
  void detectsTheFlavourAndSetsSessionVariablesFromTheUrl() throws SQLException {
    MysqlDriver d =
        (MysqlDriver)
            DriverRegistry.load()
                .driverFor(dbs.mariadbDatabase() + "?wait_timeout=1234&parseTime=true");
    try (Connection c = d.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT @@SESSION.wait_timeout, VERSION()")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1234);
      assertThat(d.flavor()).isEqualTo(Flavor.of(rs.getString(2)));
    }
  }

  @Test
  void flavourFromVersionStringsAndSchemes() {
    assertThat(Flavor.of("10.11.6-MariaDB-0+deb12u1")).isEqualTo(Flavor.MARIADB);
    assertThat(Flavor.of("11.4.2-MariaDB")).isEqualTo(Flavor.MARIADB);
    assertThat(Flavor.of("8.0.36")).isEqualTo(Flavor.MYSQL);
    assertThat(((MysqlDriver) DriverRegistry.load().driverFor("maria://root@h/")).flavor())
        .isEqualTo(Flavor.MARIADB);
    assertThat(((MysqlDriver) DriverRegistry.load().driverFor("mysql://root@h/")).flavor())
        .isEqualTo(Flavor.MYSQL);
  }

  @Test
  void goDurations() {
    assertThat(MysqlConnector.goDurationMillis("10s")).isEqualTo(10_000);
    assertThat(MysqlConnector.goDurationMillis("1m30s")).isEqualTo(90_000);
    assertThat(MysqlConnector.goDurationMillis("1.5s")).isEqualTo(1_500);
    assertThat(MysqlConnector.goDurationMillis("250ms")).isEqualTo(250);
    assertThat(MysqlConnector.goDurationMillis("5")).isEqualTo(5_000);
    assertThatThrownBy(() -> MysqlConnector.goDurationMillis("soon"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusedConnectionFailsFastAsConnectionLoss() {
    Driver d = DriverRegistry.load().driverFor("mysql://root:secret@127.0.0.1:1/db");
    long t0 = System.nanoTime();
    SQLException e = catchThrowableOfType(SQLException.class, () -> d.connect().close());
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000L);
    assertThat(d.dialect().classify(e)).isEqualTo(FailureKind.CONNECTION);
    assertThat(e.getMessage()).doesNotContain("secret");
  }
}
