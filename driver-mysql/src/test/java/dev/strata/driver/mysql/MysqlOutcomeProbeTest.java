package dev.strata.driver.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.spi.DriverRegistry;
import dev.strata.testkit.TestDatabases;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outcome probe's existence checks for CREATE INDEX and ADD COLUMN (no query before the
 * statement, the name looked up after a crash) and its fallback to the table's definition where an
 * existing name proves nothing (IF NOT EXISTS).
 */
class MysqlOutcomeProbeTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  private final MysqlOutcomeProbe probe = new MysqlOutcomeProbe();
  private MysqlDriver driver;

  /** A connection that fails on any use: before() must not query for existence checks. */
  private static final Connection UNUSABLE =
      (Connection)
          Proxy.newProxyInstance(
              MysqlOutcomeProbeTest.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (p, m, a) -> {
                throw new AssertionError("the probe used the connection: " + m.getName());
              });

  @BeforeEach
  void connect() {
    driver = (MysqlDriver) DriverRegistry.load().driverFor(dbs.mariadbDatabase());
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void onlyStatementsThatCreateANameAreFingerprintedWithoutLooking() throws SQLException {
    for (String sql : new String[] {"CREATE TABLE t (id int)", "CREATE INDEX t_v ON t (v)",
        "ALTER TABLE t ADD COLUMN c int, ADD COLUMN d int"}) {
      assertThat(probe.fingerprintWithoutLooking(sql)).as(sql).contains(MysqlOutcomeProbe.ABSENT);
      assertThat(probe.before(UNUSABLE, sql)).as(sql).contains(MysqlOutcomeProbe.ABSENT);
    }
    // A later statement could undo what these leave, or they succeed without changing anything.
    for (String sql : new String[] {"DROP TABLE t", "ALTER TABLE t DROP COLUMN c",
        "CREATE INDEX IF NOT EXISTS t_v ON t (v)", "CREATE OR REPLACE TABLE t (id int)",
        "TRUNCATE t", "CREATE VIEW v AS SELECT 1", "GRANT SELECT ON *.* TO x"}) {
      assertThat(probe.fingerprintWithoutLooking(sql)).as(sql).isEmpty();
    }
  }

  @Test
  void createIndexIsFingerprintedWithoutAQueryAndJudgedByItsName() throws SQLException {
    String sql = "CREATE INDEX t_v ON t (v)";
    assertThat(probe.before(UNUSABLE, sql)).contains("absent");
    assertThat(probe.canTell("absent")).isTrue();
    try (Connection c = driver.connect()) {
      assertThat(probe.tookEffect(c, sql, "absent")).as("no table").contains(false);
      exec(c, "CREATE TABLE t (id int, v varchar(10))");
      assertThat(probe.tookEffect(c, sql, "absent")).contains(false);
      exec(c, "CREATE INDEX other ON t (id)");
      assertThat(probe.tookEffect(c, sql, "absent")).as("another index").contains(false);
      exec(c, sql);
      assertThat(probe.tookEffect(c, sql, "absent")).contains(true);
      // Index names are case-insensitive; the statement may quote the name.
      assertThat(probe.tookEffect(c, "CREATE UNIQUE INDEX `T_V` ON `t` (v)", "absent"))
          .contains(true);
    }
  }

  @Test
  void addColumnIsFingerprintedWithoutAQueryAndJudgedByItsNames() throws SQLException {
    String one = "ALTER TABLE t ADD COLUMN note varchar(20) NULL";
    String two = "ALTER TABLE t ADD COLUMN a int, ADD COLUMN `B` int";
    assertThat(probe.before(UNUSABLE, one)).contains("absent");
    assertThat(probe.before(UNUSABLE, two)).contains("absent");
    try (Connection c = driver.connect()) {
      assertThat(probe.tookEffect(c, one, "absent")).as("no table").contains(false);
      exec(c, "CREATE TABLE t (id int)");
      assertThat(probe.tookEffect(c, one, "absent")).contains(false);
      assertThat(probe.tookEffect(c, two, "absent")).contains(false);
      exec(c, one);
      assertThat(probe.tookEffect(c, one, "absent")).contains(true);
      exec(c, two);
      assertThat(probe.tookEffect(c, two, "absent")).contains(true);
      exec(c, "ALTER TABLE t DROP COLUMN b");
      assertThat(probe.tookEffect(c, two, "absent"))
          .as("half the columns: an atomic statement cannot leave that")
          .isEmpty();
    }
  }

  @Test
  void ifNotExistsFallsBackToTheTablesDefinition() throws SQLException {
    String index = "CREATE INDEX IF NOT EXISTS t_v ON t (v)";
    String column = "ALTER TABLE t ADD COLUMN IF NOT EXISTS v varchar(10), ADD COLUMN w int";
    try (Connection c = driver.connect()) {
      exec(c, "CREATE TABLE t (id int, v varchar(10))");
      exec(c, "CREATE INDEX t_v ON t (id)");
      // The names exist already: the statements would still run (the index as a no-op, the ALTER
      // adding w), so existence would wrongly say "took effect".
      Optional<String> fpIndex = probe.before(c, index);
      Optional<String> fpColumn = probe.before(c, column);
      assertThat(fpIndex).isPresent().get().isNotEqualTo("absent");
      assertThat(fpColumn).isPresent().get().isNotEqualTo("absent");
      assertThat(probe.tookEffect(c, index, fpIndex.get())).contains(false);
      assertThat(probe.tookEffect(c, column, fpColumn.get())).contains(false);
      exec(c, column);
      assertThat(probe.tookEffect(c, column, fpColumn.get())).contains(true);
    }
  }

  @Test
  void aDefinitionHashRecordedForAnIndexIsStillCompared() throws SQLException {
    String sql = "CREATE INDEX t_v ON t (v)";
    try (Connection c = driver.connect()) {
      exec(c, "CREATE TABLE t (id int, v varchar(10))");
      String hash = probe.before(c, "ALTER TABLE t ADD INDEX t_v (v)").orElseThrow();
      assertThat(probe.tookEffect(c, sql, hash)).contains(false);
      exec(c, sql);
      assertThat(probe.tookEffect(c, sql, hash)).contains(true);
    }
  }

  @Test
  void unknownStatementsCannotBeTold() throws SQLException {
    assertThat(probe.before(UNUSABLE, "GRANT SELECT ON t TO u")).contains(MysqlOutcomeProbe.UNKNOWN);
    assertThat(probe.canTell(MysqlOutcomeProbe.UNKNOWN)).isFalse();
    assertThat(probe.canTell("")).isTrue();
  }
}
