package dev.strata.driver.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.migrate.history.Revision;
import dev.strata.spi.DriverRegistry;
import dev.strata.spi.RevisionTableRef;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The revisions table has exactly Atlas's columns (atlas-compat.md §3.2) on MySQL and MariaDB. */
class MysqlRevisionTableTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  @Test
  void createdTableHasAtlasColumnsCharsetAndCollation() throws SQLException {
    MysqlDriver d = (MysqlDriver) DriverRegistry.load().driverFor(dbs.mariadbDatabase());
    String schema = d.url().schema().orElseThrow();
    try (Connection c = d.connect()) {
      d.revisionDialect().ensureTable(c, RevisionTableRef.in(schema));
      // MariaDB stores JSON as LONGTEXT with a json_valid() check; MySQL has a JSON type.
      String json = d.flavor() == Flavor.MARIADB ? "longtext" : "json";
      assertThat(columns(c, schema))
          .containsExactly(
              "version varchar(255) NOT NULL",
              "description varchar(255) NOT NULL",
              "type bigint unsigned NOT NULL DEFAULT 2",
              "applied bigint NOT NULL DEFAULT 0",
              "total bigint NOT NULL DEFAULT 0",
              "executed_at timestamp NOT NULL",
              "execution_time bigint NOT NULL",
              "error longtext NULL",
              "error_stmt longtext NULL",
              "hash varchar(255) NOT NULL",
              "partial_hashes " + json + " NULL",
              "operator_version varchar(255) NOT NULL");
      assertThat(
              query(
                  c,
                  "SELECT TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?"
                      + " AND TABLE_NAME = 'atlas_schema_revisions'",
                  schema))
          .containsExactly("utf8mb4_bin");
      assertThat(
              query(
                  c,
                  "SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA ="
                      + " ? AND TABLE_NAME = 'atlas_schema_revisions' AND CONSTRAINT_NAME ="
                      + " 'PRIMARY'",
                  schema))
          .containsExactly("version");
    }
  }

  @Test
  void upsertKeepsExecutedAtOnTablesWithOnUpdateCurrentTimestamp() throws SQLException {
    String url = dbs.mariadbDatabase();
    var d = DriverRegistry.load().driverFor(url);
    RevisionTableRef ref = RevisionTableRef.in(d.url().schema().orElseThrow());
    Instant first = Instant.parse("2024-01-16T10:00:00Z");
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      // The table a server with explicit_defaults_for_timestamp=OFF gives Atlas.
      s.execute(
          "CREATE TABLE atlas_schema_revisions (`version` varchar(255) NOT NULL, `description`"
              + " varchar(255) NOT NULL, `type` bigint unsigned NOT NULL DEFAULT 2, `applied`"
              + " bigint NOT NULL DEFAULT 0, `total` bigint NOT NULL DEFAULT 0, `executed_at`"
              + " timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,"
              + " `execution_time` bigint NOT NULL, `error` longtext NULL, `error_stmt` longtext"
              + " NULL, `hash` varchar(255) NOT NULL, `partial_hashes` json NULL,"
              + " `operator_version` varchar(255) NOT NULL, PRIMARY KEY (`version`)) CHARACTER SET"
              + " utf8mb4 COLLATE utf8mb4_bin");
      Revision r = new Revision("1", "d", 2, 0, 2, first, 0, null, null, "h", List.of(), "op");
      d.revisionDialect().write(c, ref, r);
      d.revisionDialect().write(c, ref, r.withProgress(1, List.of("h1:a="), null, null));
      d.revisionDialect().write(c, ref, r.withProgress(2, null, null, null));
      assertThat(d.revisionDialect().readAll(c, ref).get(0).executedAt()).isEqualTo(first);
      assertThat(d.revisionDialect().readAll(c, ref).get(0).applied()).isEqualTo(2);
    }
  }

  private static List<String> columns(Connection c, String schema) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT FROM"
                + " information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME ="
                + " 'atlas_schema_revisions' ORDER BY ORDINAL_POSITION")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // MariaDB shows integer display widths (bigint(20)) and 'NULL' as the default of
          // nullable columns; MySQL 8 shows neither.
          String type = rs.getString(2).replaceAll("^bigint\\(\\d+\\)", "bigint");
          String def = rs.getString(4);
          boolean nullable = rs.getString(3).equals("YES");
          out.add(
              rs.getString(1)
                  + " "
                  + type
                  + (nullable ? " NULL" : " NOT NULL")
                  + (def == null || def.equals("NULL") ? "" : " DEFAULT " + def));
        }
      }
    }
    return out;
  }

  private static List<String> query(Connection c, String sql, String param) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
