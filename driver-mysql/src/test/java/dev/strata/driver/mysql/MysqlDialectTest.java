package dev.strata.driver.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.spi.FailureKind;
import dev.strata.sql.LexOptions;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MysqlDialectTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();
  private final MysqlDialect dialect = new MysqlDialect();

  @Test
  void basics() {
    assertThat(dialect.lexOptions()).isEqualTo(LexOptions.MYSQL);
    assertThat(dialect.quote("a`b")).isEqualTo("`a``b`");
    assertThat(dialect.transactionalDdl()).isFalse();
    assertThat(dialect.nonTransactional("CREATE TABLE t (id int)")).isEmpty();
  }

  @Test
  void ddlAndTheDocumentedStatementsCommitImplicitly() {
    for (String sql :
        List.of(
            "CREATE TABLE t (id int)",
            "create unique index i on t (c)",
            "ALTER TABLE t ADD c int",
            "DROP TABLE t",
            "RENAME TABLE a TO b",
            "TRUNCATE TABLE t",
            "TRUNCATE t",
            "CREATE OR REPLACE VIEW v AS SELECT 1",
            "CREATE DEFINER=`root`@`%` TRIGGER tr BEFORE"
                + " INSERT ON t FOR EACH ROW SET NEW.c = 1",
            "CREATE DATABASE d",
            "DROP SCHEMA d",
            "CREATE USER u",
            "GRANT SELECT ON *.* TO u",
            "REVOKE ALL ON *.* FROM u",
            "SET PASSWORD FOR u = PASSWORD('x')",
            "LOCK TABLES t WRITE",
            "UNLOCK TABLES",
            "BEGIN",
            "START TRANSACTION",
            "SET autocommit = 1",
            "SET SESSION autocommit=ON",
            "set @@session.autocommit = 1",
            "ANALYZE TABLE t",
            "OPTIMIZE TABLE t",
            "CHECK TABLE t",
            "REPAIR TABLE t",
            "FLUSH PRIVILEGES",
            "LOAD INDEX INTO CACHE t",
            "CACHE INDEX t IN c",
            "RESET MASTER",
            "INSTALL PLUGIN p SONAME 'p.so'",
            "CHANGE MASTER TO MASTER_HOST='h'",
            "STOP SLAVE",
            "START SLAVE",
            "CREATE SEQUENCE s",
            "/* why */ -- and how\n# mysql comment\nALTER TABLE t DROP c")) {
      assertThat(dialect.commitsImplicitly(sql)).as(sql).isTrue();
    }
  }

  @Test
  void dmlTemporaryTablesAndSessionSettingsDoNotCommit() {
    for (String sql :
        List.of(
            "INSERT INTO t VALUES (1)",
            "UPDATE t SET c = 1",
            "DELETE FROM t",
            "SELECT 1",
            "CREATE TEMPORARY TABLE tt (id int)",
            "DROP TEMPORARY TABLE IF EXISTS tt",
            "SET autocommit = 0",
            "SET NAMES utf8mb4",
            "SET @x = 1",
            "LOAD DATA INFILE 'f' INTO TABLE t",
            "BEGIN NOT ATOMIC SELECT 1; END",
            "RESET PERSIST",
            "REPLACE INTO t VALUES (1)",
            "CALL p()",
            "-- CREATE TABLE t\nINSERT INTO t VALUES (1)",
            "")) {
      assertThat(dialect.commitsImplicitly(sql)).as(sql).isFalse();
    }
  }

  @Test
  void classifiesByErrorNumberThenSqlState() {
    assertThat(dialect.classify(new SQLException("x", "42000", 1064)))
        .isEqualTo(FailureKind.SYNTAX);
    for (int code : new int[] {1050, 1051, 1054, 1146, 1060, 1061, 1091}) {
      assertThat(dialect.classify(new SQLException("x", "42S01", code)))
          .as("%d", code)
          .isEqualTo(FailureKind.SCHEMA);
    }
    for (int code : new int[] {1062, 1048, 1452, 1265, 1366, 4025}) {
      assertThat(dialect.classify(new SQLException("x", "HY000", code)))
          .as("%d", code)
          .isEqualTo(FailureKind.DATA);
    }
    assertThat(dialect.classify(new SQLException("x", "HY000", 1205))).isEqualTo(FailureKind.LOCK);
    assertThat(dialect.classify(new SQLException("x", "40001", 1213))).isEqualTo(FailureKind.LOCK);
    assertThat(dialect.classify(new SQLException("x", "70100", 1927)))
        .isEqualTo(FailureKind.CONNECTION);
    assertThat(dialect.classify(new SQLException("x", "HY000", 2013)))
        .isEqualTo(FailureKind.CONNECTION);
    assertThat(
            dialect.classify(new SQLNonTransientConnectionException("Socket error", "08000", -1)))
        .isEqualTo(FailureKind.CONNECTION);
    assertThat(dialect.classify(new SQLException("x", "23000", 9999))).isEqualTo(FailureKind.DATA);
    assertThat(dialect.classify(new SQLException("x", "28000", 1045))).isEqualTo(FailureKind.OTHER);
  }

  @Test
  void describesLikeGoSqlDriver() {
    assertThat(
            dialect.describe(
                new SQLException(
                    "(conn=12) Duplicate entry '1-2' for key 'user_groups.PRIMARY'",
                    "23000",
                    1062)))
        .isEqualTo("Error 1062: Duplicate entry '1-2' for key 'user_groups.PRIMARY'");
    assertThat(
            dialect.describe(
                new SQLNonTransientConnectionException("(conn=3) Socket error", "08000", -1)))
        .isEqualTo("Socket error");
    assertThat(dialect.describe(new SQLException("(conn=3) Connection is closed", "08000", 1220)))
        .isEqualTo("Connection is closed");
  }

  @Test
  void classifiesRealDataAndLockErrors() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.mariadbDatabase());
    try (Connection a = d.connect();
        Connection b = d.connect();
        Statement sa = a.createStatement();
        Statement sb = b.createStatement()) {
      sa.execute("CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL) ENGINE=InnoDB");
      SQLException notNull =
          catchThrowableOfType(
              SQLException.class, () -> sa.execute("INSERT INTO t (id, v) VALUES (1, NULL)"));
      assertThat(d.dialect().classify(notNull)).isEqualTo(FailureKind.DATA);
      assertThat(d.dialect().describe(notNull)).isEqualTo("Error 1048: Column 'v' cannot be null");
      sa.execute("INSERT INTO t VALUES (1, 1)");
      a.setAutoCommit(false);
      sa.execute("SELECT * FROM t WHERE id = 1 FOR UPDATE");
      SQLException locked =
          catchThrowableOfType(
              SQLException.class,
              () -> sb.execute("SELECT * FROM t WHERE id = 1 FOR UPDATE NOWAIT"));
      assertThat(d.dialect().classify(locked)).isEqualTo(FailureKind.LOCK);
      a.rollback();
    }
  }
}
