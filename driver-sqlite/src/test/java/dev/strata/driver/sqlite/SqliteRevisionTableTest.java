package dev.strata.driver.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.migrate.history.Revision;
import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.spi.RevisionTableRef;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The revisions table has exactly Atlas's columns (atlas-compat.md §3.2) and time format. */
class SqliteRevisionTableTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();
  private static final RevisionTableRef MAIN = RevisionTableRef.in("main");

  @Test
  void createdTableHasAtlasColumns() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.sqliteFile());
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      d.revisionDialect().ensureTable(c, RevisionTableRef.in(null));
      List<String> columns = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("PRAGMA table_info(atlas_schema_revisions)")) {
        while (rs.next()) {
          columns.add(
              // SQLite reports the built-in type names upper-cased, whatever the DDL said.
              rs.getString("name")
                  + " "
                  + rs.getString("type").toLowerCase(Locale.ROOT)
                  + (rs.getInt("notnull") == 1 ? " NOT NULL" : " NULL")
                  + (rs.getString("dflt_value") == null
                      ? ""
                      : " DEFAULT " + rs.getString("dflt_value"))
                  + (rs.getInt("pk") == 1 ? " PK" : ""));
        }
      }
      assertThat(columns)
          .containsExactly(
              "version text NOT NULL PK",
              "description text NOT NULL",
              "type integer NOT NULL DEFAULT 2",
              "applied integer NOT NULL DEFAULT 0",
              "total integer NOT NULL DEFAULT 0",
              "executed_at datetime NOT NULL",
              "execution_time integer NOT NULL",
              "error text NULL",
              "error_stmt text NULL",
              "hash text NOT NULL",
              "partial_hashes json NULL",
              "operator_version text NOT NULL");
    }
  }

  @Test
  void executedAtIsGoTimeTextAndAtlasRowsReadBack() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.sqliteFile());
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      d.revisionDialect().ensureTable(c, MAIN);
      d.revisionDialect()
          .write(c, MAIN, revision("1", Instant.parse("2024-01-16T10:00:00.123456789Z")));
      d.revisionDialect().write(c, MAIN, revision("2", Instant.parse("2024-01-16T10:00:00.5Z")));
      d.revisionDialect().write(c, MAIN, revision("3", Instant.parse("2024-01-16T10:00:00Z")));
      List<String> texts = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT executed_at, partial_hashes FROM atlas_schema_revisions ORDER BY version")) {
        while (rs.next()) {
          texts.add(rs.getString(1) + " " + rs.getString(2));
        }
      }
      assertThat(texts)
          .containsExactly(
              "2024-01-16 10:00:00.123456789+00:00 [\"h1:a=\"]",
              "2024-01-16 10:00:00.5+00:00 [\"h1:a=\"]",
              "2024-01-16 10:00:00+00:00 [\"h1:a=\"]");
      // Atlas writes its local time with an offset.
      s.execute(
          "UPDATE atlas_schema_revisions SET executed_at = '2024-01-16 11:00:00.25+01:00' WHERE"
              + " version = '3'");
      assertThat(d.revisionDialect().readAll(c, MAIN).get(2).executedAt())
          .isEqualTo(Instant.parse("2024-01-16T10:00:00.25Z"));
    }
  }

  @Test
  void keptUpsertSurvivesClosedConnectionsAndSchemaChanges() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.sqliteFile());
    Instant at = Instant.parse("2024-01-16T10:00:00Z");
    try (Connection c = d.connect()) {
      d.revisionDialect().ensureTable(c, MAIN);
      d.revisionDialect().write(c, MAIN, revision("1", at));
    }
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      d.revisionDialect().write(c, MAIN, revision("2", at));
      s.execute("CREATE TABLE other (id integer)");
      s.execute("ALTER TABLE atlas_schema_revisions ADD COLUMN extra text NULL");
      d.revisionDialect().write(c, MAIN, revision("3", at));
      s.execute("VACUUM"); // the kept statement is reset: nothing is in progress
      assertThat(d.revisionDialect().readAll(c, MAIN))
          .extracting(Revision::version)
          .containsExactly("1", "2", "3");
    }
  }

  @Test
  void otherSchemasAreRefused() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.sqliteFile());
    try (Connection c = d.connect()) {
      assertThatThrownBy(
              () -> d.revisionDialect().readAll(c, RevisionTableRef.in("atlas_schema_revisions")))
          .hasMessage(
              "cannot store revisions-table in a separate schema (\"atlas_schema_revisions\") with"
                  + " SQLite driver");
      assertThat(d.revisionDialect().schemaExists(c, "main")).isTrue();
      assertThat(d.revisionDialect().schemaExists(c, "other")).isFalse();
    }
  }

  @Test
  void timestampsParseEveryGoSqliteLayout() {
    assertThat(SqliteTimestamps.parse("2024-01-16 10:00:00"))
        .isEqualTo(Instant.parse("2024-01-16T10:00:00Z"));
    assertThat(SqliteTimestamps.parse("2024-01-16T10:00:00Z"))
        .isEqualTo(Instant.parse("2024-01-16T10:00:00Z"));
    assertThat(SqliteTimestamps.parse("2024-01-16T12:00:00.1+02:00"))
        .isEqualTo(Instant.parse("2024-01-16T10:00:00.1Z"));
    assertThat(SqliteTimestamps.parse("2024-01-16 10:00"))
        .isEqualTo(Instant.parse("2024-01-16T10:00:00Z"));
    assertThat(SqliteTimestamps.parse("2024-01-16"))
        .isEqualTo(Instant.parse("2024-01-16T00:00:00Z"));
    assertThat(SqliteTimestamps.parse("1705399200"))
        .isEqualTo(Instant.parse("2024-01-16T10:00:00Z"));
    assertThat(SqliteTimestamps.format(Instant.parse("2024-01-16T10:00:00.120Z")))
        .isEqualTo("2024-01-16 10:00:00.12+00:00");
  }

  private static Revision revision(String v, Instant at) {
    return new Revision(v, "d", 2, 1, 2, at, 0, null, null, "h", List.of("h1:a="), "op");
  }

  @Test
  void anExecutedAtThatIsNoTimeNamesTheRevision() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.sqliteFile());
    for (String bad : new String[] {"2024-02-30 10:00:00+00:00", "yesterday"}) {
      try (Connection c = d.connect();
          Statement s = c.createStatement()) {
        d.revisionDialect().ensureTable(c, MAIN);
        s.execute("DELETE FROM atlas_schema_revisions");
        s.execute(
            "INSERT INTO atlas_schema_revisions (version, description, type, applied, total,"
                + " executed_at, execution_time, hash, operator_version) VALUES ('7', 'x', 2, 1, 1, '"
                + bad
                + "', 0, 'h', '')");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> d.revisionDialect().readAll(c, MAIN))
            .isInstanceOf(java.sql.SQLDataException.class)
            .hasMessageStartingWith("sql/migrate: reading revision 7: ");
      }
    }
  }
}
