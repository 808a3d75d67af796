package dev.strata.driver.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.spi.FailureKind;
import dev.strata.sql.LexOptions;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDialectTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  private final PostgresDialect modern = new PostgresDialect(() -> 15);
  private final PostgresDialect old = new PostgresDialect(() -> 11);

  @Test
  void basics() {
    assertThat(modern.lexOptions()).isEqualTo(LexOptions.POSTGRES);
    assertThat(modern.quote("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(modern.transactionalDdl()).isTrue();
    assertThat(modern.commitsImplicitly("CREATE TABLE t (id int)")).isFalse();
  }

  @Test
  void namesTheStatementsThatRefuseATransactionBlock() {
    String suffix = " cannot run inside a transaction block";
    assertThat(modern.nonTransactional("CREATE INDEX CONCURRENTLY i ON t (c)"))
        .contains("CREATE INDEX CONCURRENTLY" + suffix);
    assertThat(
            modern.nonTransactional(
                "-- build it\ncreate unique index concurrently if not exists i on t (c)"))
        .contains("CREATE INDEX CONCURRENTLY" + suffix);
    assertThat(modern.nonTransactional("DROP INDEX CONCURRENTLY IF EXISTS i"))
        .contains("DROP INDEX CONCURRENTLY" + suffix);
    assertThat(modern.nonTransactional("REINDEX (VERBOSE) TABLE CONCURRENTLY t"))
        .contains("REINDEX CONCURRENTLY" + suffix);
    assertThat(modern.nonTransactional("REINDEX SCHEMA public"))
        .contains("REINDEX SCHEMA" + suffix);
    assertThat(modern.nonTransactional("/* maintenance */ VACUUM (ANALYZE) t"))
        .contains("VACUUM" + suffix);
    assertThat(modern.nonTransactional("CREATE DATABASE x")).contains("CREATE DATABASE" + suffix);
    assertThat(modern.nonTransactional("DROP DATABASE IF EXISTS x"))
        .contains("DROP DATABASE" + suffix);
    assertThat(modern.nonTransactional("CREATE TABLESPACE ts LOCATION '/x'"))
        .contains("CREATE TABLESPACE" + suffix);
    assertThat(modern.nonTransactional("DROP TABLESPACE ts")).contains("DROP TABLESPACE" + suffix);
    assertThat(modern.nonTransactional("ALTER SYSTEM SET work_mem = '8MB'"))
        .contains("ALTER SYSTEM" + suffix);
    assertThat(modern.nonTransactional("CLUSTER")).contains("CLUSTER" + suffix);
    assertThat(old.nonTransactional("ALTER TYPE mood ADD VALUE 'meh'"))
        .contains("ALTER TYPE ... ADD" + suffix);
    assertThat(
            old.nonTransactional("ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'ok'"))
        .contains("ALTER TYPE ... ADD" + suffix);
  }

  @Test
  void leavesTransactionalStatementsAlone() {
    for (String sql :
        List.of(
            "CREATE INDEX i ON t (c)",
            "CREATE TABLE concurrently (id int)",
            "CREATE INDEX \"concurrently\" ON t (c)",
            "DROP INDEX i",
            "REINDEX TABLE t",
            "ANALYZE t",
            "CLUSTER t USING i",
            "ALTER TYPE mood ADD VALUE 'meh'",
            "ALTER TYPE mood ADD ATTRIBUTE a int",
            "INSERT INTO t VALUES ('VACUUM')",
            "-- VACUUM\nSELECT 1",
            "ALTER TABLE t ADD COLUMN c int",
            "")) {
      assertThat(modern.nonTransactional(sql)).as(sql).isEmpty();
    }
    assertThat(new PostgresDialect(() -> 0).nonTransactional("ALTER TYPE mood ADD VALUE 'x'"))
        .isEmpty();
  }

  // The texts are PostgreSQL's own: the server agrees when it refuses the statements.
  @Test
  void theServerRefusesWithTheSameText() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.postgresSchema());
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (c int)");
      s.execute("CREATE INDEX i ON t (c)");
      c.setAutoCommit(false);
      for (String sql :
          List.of(
              "CREATE INDEX CONCURRENTLY i2 ON t (c)",
              "DROP INDEX CONCURRENTLY i",
              "VACUUM t",
              "REINDEX TABLE CONCURRENTLY t",
              "CREATE DATABASE strata_t_never",
              "ALTER SYSTEM SET work_mem = '8MB'")) {
        SQLException e = catchThrowableOfType(SQLException.class, () -> s.execute(sql));
        assertThat(d.dialect().describe(e))
            .isEqualTo("pq: " + d.dialect().nonTransactional(sql).orElseThrow());
        assertThat(d.dialect().classify(e)).isEqualTo(FailureKind.OTHER);
        c.rollback();
      }
    }
  }

  @Test
  void classifiesBySqlState() {
    assertThat(modern.classify(new SQLException("x", "42601"))).isEqualTo(FailureKind.SYNTAX);
    assertThat(modern.classify(new SQLException("x", "42P07"))).isEqualTo(FailureKind.SCHEMA);
    assertThat(modern.classify(new SQLException("x", "42703"))).isEqualTo(FailureKind.SCHEMA);
    assertThat(modern.classify(new SQLException("x", "3F000"))).isEqualTo(FailureKind.SCHEMA);
    assertThat(modern.classify(new SQLException("x", "23505"))).isEqualTo(FailureKind.DATA);
    assertThat(modern.classify(new SQLException("x", "22P02"))).isEqualTo(FailureKind.DATA);
    assertThat(modern.classify(new SQLException("x", "08006"))).isEqualTo(FailureKind.CONNECTION);
    assertThat(modern.classify(new SQLException("x", "57P01"))).isEqualTo(FailureKind.CONNECTION);
    assertThat(modern.classify(new SQLException("x", "57P03"))).isEqualTo(FailureKind.CONNECTION);
    assertThat(modern.classify(new SQLException("x", "55P03"))).isEqualTo(FailureKind.LOCK);
    assertThat(modern.classify(new SQLException("x", "40P01"))).isEqualTo(FailureKind.LOCK);
    assertThat(modern.classify(new SQLException("x", "42501"))).isEqualTo(FailureKind.OTHER);
    assertThat(modern.classify(new SQLException("x", "XX000"))).isEqualTo(FailureKind.OTHER);
    assertThat(modern.classify(new SQLException("x"))).isEqualTo(FailureKind.OTHER);
  }

  @Test
  void describesClientMessagesWithoutSeverityAndPosition() {
    assertThat(
            modern.describe(
                new SQLException("ERROR: relation \"t\" already exists\n  Position: 14")))
        .isEqualTo("pq: relation \"t\" already exists");
    assertThat(modern.describe(new SQLException("This connection has been closed.", "08003")))
        .isEqualTo("This connection has been closed.");
  }

  @Test
  void classifiesRealLockAndDataErrors() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.postgresSchema());
    try (Connection a = d.connect();
        Connection b = d.connect();
        Statement sa = a.createStatement();
        Statement sb = b.createStatement()) {
      sa.execute("CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL)");
      SQLException notNull =
          catchThrowableOfType(
              SQLException.class, () -> sa.execute("INSERT INTO t (id, v) VALUES (1, NULL)"));
      assertThat(d.dialect().classify(notNull)).isEqualTo(FailureKind.DATA);
      assertThat(d.dialect().describe(notNull))
          .isEqualTo(
              "pq: null value in column \"v\" of relation \"t\" violates not-null constraint");
      a.setAutoCommit(false);
      sa.execute("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
      sb.execute("SET lock_timeout = '50ms'");
      SQLException timeout =
          catchThrowableOfType(SQLException.class, () -> sb.execute("SELECT * FROM t"));
      assertThat(d.dialect().classify(timeout)).isEqualTo(FailureKind.LOCK);
      a.rollback();
    }
  }
}
