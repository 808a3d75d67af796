package dev.strata.driver.sqlite;

import dev.strata.testkit.DriverContractTest;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/** The driver contract on SQLite files. */
class SqliteDriverTest extends DriverContractTest {
  @Override
  protected String freshSchemaUrl(TestDatabases dbs) {
    return dbs.sqliteFile();
  }

  @Override
  protected String freshRealmUrl(TestDatabases dbs) {
    return dbs.sqliteFile();
  }

  @Override
  protected Optional<String> missingRevisionSchema(TestDatabases dbs, String realmUrl) {
    return Optional.empty();
  }

  @Override
  protected String currentSchema(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT name FROM pragma_database_list ORDER BY seq LIMIT 1")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Override
  protected String foundTableReason(String schema, String table) {
    return "found table \"" + table + "\"";
  }

  @Override
  protected String legacyRevisionTableDdl(String table) {
    return "CREATE TABLE "
        + table
        + " (`version` text NOT NULL, `description` text NOT NULL,"
        + " `type` integer NOT NULL DEFAULT 2, `applied` integer NOT NULL DEFAULT 0,"
        + " `total` integer NOT NULL DEFAULT 0, `executed_at` datetime NOT NULL,"
        + " `execution_time` integer NOT NULL, `error` text NULL, `error_stmt` text NULL,"
        + " `hash` text NOT NULL, PRIMARY KEY (`version`))";
  }

  @Override
  protected Instant storedInstant(Instant written) {
    return written; // text with nanoseconds
  }

  // SQLite has no server: a lost connection is one closed under the engine's feet.
  @Override
  protected void kill(Connection victim, Connection killer) throws SQLException {
    victim.close();
  }

  @Override
  protected String syntaxErrorText() {
    return "near \"THIS\": syntax error";
  }

  @Override
  protected String duplicateKeyText(String table) {
    return "UNIQUE constraint failed: " + table + ".id";
  }

  @Override
  protected String missingTableText(String schema, String table) {
    return "no such table: " + table;
  }

  @Override
  protected Pattern connectionLossText() {
    return Pattern.compile("database connection closed");
  }

  @Override
  protected String lockHeldText(String name) {
    return "sql/sqlite: lock on \"" + name + "\" already taken";
  }

  @Override
  protected boolean locksBelongToSession() {
    return false; // A lock file, as Atlas's: closing a connection does not release it.
  }

  @Override
  protected Optional<String> urlLeakingPassword(TestDatabases dbs, String password) {
    return Optional.empty();
  }
}
