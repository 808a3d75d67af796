package dev.strata.driver.postgres;

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

/** The driver contract against the PostgreSQL server of {@code STRATA_TEST_POSTGRES_URL}. */
class PostgresDriverTest extends DriverContractTest {
  @Override
  protected String freshSchemaUrl(TestDatabases dbs) {
    return dbs.postgresSchema();
  }

  @Override
  protected String freshRealmUrl(TestDatabases dbs) {
    return dbs.postgresDatabase();
  }

  @Override
  protected Optional<String> missingRevisionSchema(TestDatabases dbs, String realmUrl) {
    return Optional.of("atlas_schema_revisions"); // inside the fresh database of realmUrl
  }

  @Override
  protected String currentSchema(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_schema()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Override
  protected String foundTableReason(String schema, String table) {
    return "found table \"" + table + "\" in schema \"" + schema + "\"";
  }

  @Override
  protected String legacyRevisionTableDdl(String table) {
    return "CREATE TABLE "
        + table
        + " (\"version\" character varying NOT NULL,"
        + " \"description\" character varying NOT NULL, \"type\" bigint NOT NULL DEFAULT 2,"
        + " \"applied\" bigint NOT NULL DEFAULT 0, \"total\" bigint NOT NULL DEFAULT 0,"
        + " \"executed_at\" timestamptz NOT NULL, \"execution_time\" bigint NOT NULL,"
        + " \"error\" text NULL, \"error_stmt\" text NULL, \"hash\" character varying NOT NULL,"
        + " PRIMARY KEY (\"version\"));"
        // Literal times in the contract's SQL are UTC.
        + " SET TIME ZONE 'UTC'";
  }

  @Override
  protected Instant storedInstant(Instant written) {
    return written.truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  protected void kill(Connection victim, Connection killer) throws Exception {
    int pid;
    try (Statement s = victim.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      pid = rs.getInt(1);
    }
    try (PreparedStatement ps = killer.prepareStatement("SELECT pg_terminate_backend(?)")) {
      ps.setInt(1, pid);
      ps.execute();
    }
    awaitGone(killer, "SELECT 1 FROM pg_stat_activity WHERE pid = ?", pid);
  }

  static void awaitGone(Connection c, String query, long id) throws Exception {
    for (int i = 0; i < 200; i++) {
      try (PreparedStatement ps = c.prepareStatement(query)) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return;
          }
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("session " + id + " is still alive");
  }

  @Override
  protected String syntaxErrorText() {
    return "pq: syntax error at or near \"THIS\"";
  }

  @Override
  protected String duplicateKeyText(String table) {
    return "pq: duplicate key value violates unique constraint \"" + table + "_pkey\"";
  }

  @Override
  protected String missingTableText(String schema, String table) {
    return "pq: relation \"" + table + "\" does not exist";
  }

  @Override
  protected Pattern connectionLossText() {
    return Pattern.compile(
        Pattern.quote("pq: terminating connection due to administrator command"));
  }

  @Override
  protected String lockHeldText(String name) {
    return "sql/schema: lock is held by other session";
  }

  // Trust authentication ignores the password; the database named after it does not exist, so
  // the server's error quotes the password unless the driver masks it.
  @Override
  protected Optional<String> urlLeakingPassword(TestDatabases dbs, String password) {
    DatabaseUrl server = TestDatabases.postgresServer();
    String host = server.host().isEmpty() ? "127.0.0.1" : server.host();
    int port = server.port() < 0 ? 5432 : server.port();
    return Optional.of(
        "postgres://"
            + (server.user().isEmpty() ? "postgres" : server.user())
            + ":"
            + password
            + "@"
            + host
            + ":"
            + port
            + "/"
            + password
            + "?sslmode=disable");
  }
}
