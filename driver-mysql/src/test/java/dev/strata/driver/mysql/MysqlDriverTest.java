package dev.strata.driver.mysql;

import dev.strata.testkit.DriverContractTest;
import dev.strata.testkit.TestDatabases;
import dev.strata.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/** The driver contract against the MariaDB (or MySQL) server of {@code STRATA_TEST_MARIADB_URL}. */
class MysqlDriverTest extends DriverContractTest {
  private Flavor flavor;

  @Override
  protected String freshSchemaUrl(TestDatabases dbs) {
    return dbs.mariadbDatabase();
  }

  @Override
  protected String freshRealmUrl(TestDatabases dbs) {
    return TestDatabases.mariadbServer().withPath("").raw();
  }

  @Override
  protected Optional<String> missingRevisionSchema(TestDatabases dbs, String realmUrl) {
    return Optional.of(dbs.reserveMariadbDatabase());
  }

  @Override
  protected String currentSchema(Connection c) throws SQLException {
    flavor = Flavor.of(c.getMetaData().getDatabaseProductVersion());
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private Flavor flavor() {
    if (flavor == null) {
      try (Connection c = driver(freshSchemaUrl(dbs)).connect()) {
        currentSchema(c);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return flavor;
  }

  @Override
  protected String foundTableReason(String schema, String table) {
    return "found table \"" + table + "\" in schema \"" + schema + "\"";
  }

  @Override
  protected String legacyRevisionTableDdl(String table) {
    return "CREATE TABLE "
        + table
        + " (`version` varchar(255) NOT NULL,"
        + " `description` varchar(255) NOT NULL, `type` bigint unsigned NOT NULL DEFAULT 2,"
        + " `applied` bigint NOT NULL DEFAULT 0, `total` bigint NOT NULL DEFAULT 0,"
        + " `executed_at` timestamp NOT NULL, `execution_time` bigint NOT NULL,"
        + " `error` longtext NULL, `error_stmt` longtext NULL, `hash` varchar(255) NOT NULL,"
        + " PRIMARY KEY (`version`)) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";
  }

  // TIMESTAMP keeps whole seconds (MariaDB truncates, MySQL rounds; the contract's times agree).
  @Override
  protected Instant storedInstant(Instant written) {
    return written.truncatedTo(ChronoUnit.SECONDS);
  }

  @Override
  protected void kill(Connection victim, Connection killer) throws Exception {
    long id;
    try (Statement s = victim.createStatement();
        ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()")) {
      rs.next();
      id = rs.getLong(1);
    }
    try (Statement s = killer.createStatement()) {
      s.execute("KILL CONNECTION " + id);
    }
    for (int i = 0; i < 200; i++) {
      try (PreparedStatement ps =
          killer.prepareStatement("SELECT 1 FROM information_schema.PROCESSLIST WHERE ID = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return;
          }
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("connection " + id + " is still alive");
  }

  @Override
  protected String syntaxErrorText() {
    return "Error 1064: You have an error in your SQL syntax; check the manual that corresponds to"
        + " your "
        + (flavor() == Flavor.MARIADB ? "MariaDB" : "MySQL")
        + " server version for the"
        + " right syntax to use near 'THIS IS NOT SQL' at line 1";
  }

  @Override
  protected String duplicateKeyText(String table) {
    String key = flavor() == Flavor.MARIADB ? "PRIMARY" : table + ".PRIMARY";
    return "Error 1062: Duplicate entry '1' for key '" + key + "'";
  }

  @Override
  protected String missingTableText(String schema, String table) {
    return "Error 1146: Table '" + schema + "." + table + "' doesn't exist";
  }

  @Override
  protected Pattern connectionLossText() {
    return Pattern.compile("Socket error|Connection is closed|Error 1927: Connection was killed");
  }

  @Override
  protected String lockHeldText(String name) {
    return "sql/schema: lock is held by other session";
  }

  // A user whose password is also the name of a database it may not use: the server's "access
  // denied" error quotes the database, so it shows the password unless the driver masks it.
  @Override
  protected Optional<String> urlLeakingPassword(TestDatabases dbs, String password) {
    String user = dbs.mariadbUser(password);
    DatabaseUrl server = TestDatabases.mariadbServer();
    String host = server.host().isEmpty() ? "127.0.0.1" : server.host();
    int port = server.port() < 0 ? 3306 : server.port();
    return Optional.of(
        "mysql://" + user + ":" + password + "@" + host + ":" + port + "/" + password);
  }
}
