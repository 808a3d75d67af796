package dev.strata.driver.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.spi.RevisionTableRef;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The revisions table has exactly Atlas's columns (atlas-compat.md §3.2), created or upgraded. */
class PostgresRevisionTableTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  private static final List<String> ATLAS_COLUMNS =
      List.of(
          "version character varying NOT NULL null",
          "description character varying NOT NULL null",
          "type bigint NOT NULL 2",
          "applied bigint NOT NULL 0",
          "total bigint NOT NULL 0",
          "executed_at timestamp with time zone NOT NULL null",
          "execution_time bigint NOT NULL null",
          "error text NULL null",
          "error_stmt text NULL null",
          "hash character varying NOT NULL null",
          "partial_hashes jsonb NULL null",
          "operator_version character varying NOT NULL null");

  @Test
  void createdTableHasAtlasColumns() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.postgresSchema());
    String schema = d.url().schema().orElseThrow();
    try (Connection c = d.connect()) {
      d.revisionDialect().ensureTable(c, RevisionTableRef.in(schema));
      assertThat(columns(c, schema)).containsExactlyElementsOf(ATLAS_COLUMNS);
      assertThat(primaryKey(c, schema)).isEqualTo("version");
    }
  }

  @Test
  void upgradedTableEndsWithAtlasColumns() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.postgresSchema());
    String schema = d.url().schema().orElseThrow();
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE atlas_schema_revisions (version character varying NOT NULL,"
              + " description character varying NOT NULL, type bigint NOT NULL DEFAULT 2,"
              + " applied bigint NOT NULL DEFAULT 0, total bigint NOT NULL DEFAULT 0,"
              + " executed_at timestamptz NOT NULL, execution_time bigint NOT NULL,"
              + " error text NULL, hash character varying NOT NULL, PRIMARY KEY (version))");
      s.execute(
          "INSERT INTO atlas_schema_revisions VALUES ('1', 'd', 2, 1, 1, now(), 1, NULL, 'h')");
      d.revisionDialect().ensureTable(c, RevisionTableRef.in(schema));
      assertThat(columns(c, schema)).containsExactlyInAnyOrderElementsOf(ATLAS_COLUMNS);
    }
  }

  @Test
  void partialHashesAreStoredAsAJsonbArray() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.postgresSchema());
    RevisionTableRef ref = RevisionTableRef.in(d.url().schema().orElseThrow());
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      d.revisionDialect().ensureTable(c, ref);
      d.revisionDialect()
          .write(
              c,
              ref,
              new dev.strata.migrate.history.Revision(
                  "1",
                  "d",
                  2,
                  1,
                  2,
                  java.time.Instant.now(),
                  0,
                  null,
                  null,
                  "h",
                  List.of("h1:a=", "h1:b="),
                  "op"));
      try (ResultSet rs =
          s.executeQuery(
              "SELECT jsonb_typeof(partial_hashes), partial_hashes->>1 FROM"
                  + " atlas_schema_revisions")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("array");
        assertThat(rs.getString(2)).isEqualTo("h1:b=");
      }
    }
  }

  private static List<String> columns(Connection c, String schema) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT column_name, data_type, is_nullable, column_default FROM"
                + " information_schema.columns WHERE table_schema = ? AND table_name ="
                + " 'atlas_schema_revisions' ORDER BY ordinal_position")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              rs.getString(1)
                  + " "
                  + rs.getString(2)
                  + " "
                  + (rs.getString(3).equals("YES") ? "NULL" : "NOT NULL")
                  + " "
                  + rs.getString(4));
        }
      }
    }
    return out;
  }

  private static String primaryKey(Connection c, String schema) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT string_agg(k.column_name, ',') FROM information_schema.table_constraints t JOIN"
                + " information_schema.key_column_usage k USING (constraint_schema,"
                + " constraint_name) WHERE t.table_schema = ? AND t.table_name ="
                + " 'atlas_schema_revisions' AND t.constraint_type = 'PRIMARY KEY'")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
