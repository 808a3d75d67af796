package dev.strata.driver.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.ErrorCode;
import dev.strata.migrate.dir.DirFormat;
import dev.strata.migrate.dir.MemDir;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.dir.SumFile;
import dev.strata.migrate.exec.ApplyListener;
import dev.strata.migrate.exec.ApplyOptions;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.DirStatementReader;
import dev.strata.migrate.exec.MigrationExecutor;
import dev.strata.migrate.exec.TxMode;
import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.sql.Statement;
import dev.strata.testkit.QueryRows;
import dev.strata.testkit.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On MariaDB the engine writes one revision upsert before each DDL statement: "the statements
 * before it applied, this one in flight", made durable by the statement's implicit commit, and
 * nothing after it until the next such write. Consecutive statements the probe judges by name
 * (CREATE TABLE, CREATE INDEX, ADD COLUMN) share one write: "the statements before them applied,
 * these n in flight". A crash in between leaves the row saying so while some of them took effect
 * (and the DML after them did not commit). These tests make that state for real, by killing the
 * run's session when a statement is about to start, and check that the next run neither runs a
 * statement again (the DDL would fail: CREATE INDEX and ADD COLUMN of an existing name) nor skips
 * it when it did not take effect (the statement is undone by hand), and that the DML after it runs
 * exactly once.
 */
class MysqlCrashWindowTest {
  private static final String IN_FLIGHT =
      "strata: statement interrupted before its outcome was recorded; fingerprint=";

  private static final List<String> FIRST =
      List.of(
          "CREATE TABLE t (id int NOT NULL, v varchar(10));",
          "CREATE INDEX t_v ON t (v);",
          "ALTER TABLE t ADD COLUMN c int;",
          "INSERT INTO t (id, v) VALUES (1, 'a');",
          "CREATE INDEX IF NOT EXISTS t_id ON t (id);",
          "INSERT INTO t (id, v) VALUES (2, 'b');");
  /** The mark before FIRST's first three statements, which share it. */
  private static final String FIRST_THREE =
      IN_FLIGHT + "absent; statements=3; through=" + SumFile.statementHashes(FIRST).get(2);
  private static final List<String> SECOND =
      List.of("ALTER TABLE t ADD COLUMN d int;", "INSERT INTO t (id, v) VALUES (3, 'c');");

  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  private Driver driver;
  private MemDir dir;

  @BeforeEach
  void setUp() {
    driver = DriverRegistry.load().driverFor(dbs.mariadbDatabase());
    dir = new MemDir();
    dir.put("1_first.sql", String.join("\n", FIRST) + "\n");
    dir.put("2_second.sql", String.join("\n", SECOND) + "\n");
    dir.put(SumFile.FILE_NAME, new String(SumFile.of(dir).toBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void uninterruptedRunRecordsEveryFileCompletely() throws Exception {
    Run run = apply(-1);
    assertThat(run.result.error()).isNull();
    assertThat(revision("1")).containsExactly("6", "6", null, null);
    assertThat(revision("2")).containsExactly("2", "2", null, null);
    assertThat(ids()).containsExactly("1", "2", "3");
  }

  @Test
  void createIndexThatTookEffectIsNotRunAgain() throws Exception {
    Run killed = apply(2); // after CREATE INDEX t_v, as ADD COLUMN c is about to start
    assertThat(killed.result.error()).isNotNull();
    assertThat(revision("1")).containsExactly("0", "6", FIRST_THREE, FIRST.get(0));
    assertThat(indexes()).contains("t_v");
    assertThat(columns()).doesNotContain("c");

    Run next = apply(-1);
    assertThat(next.result.error()).as("a second CREATE INDEX t_v would fail").isNull();
    assertThat(next.started).startsWith("1_first.sql: " + FIRST.get(2));
    assertThat(ids()).containsExactly("1", "2", "3");
    assertThat(revision("1")).containsExactly("6", "6", null, null);
  }

  @Test
  void createIndexThatDidNotTakeEffectRunsAgain() throws Exception {
    apply(2);
    exec("DROP INDEX t_v ON t"); // As if the server died inside the statement (atomic DDL).

    Run next = apply(-1);
    assertThat(next.result.error()).isNull();
    assertThat(next.started).startsWith("1_first.sql: " + FIRST.get(1));
    assertThat(indexes()).contains("t_v");
    assertThat(ids()).containsExactly("1", "2", "3");
  }

  @Test
  void addColumnThatTookEffectIsNotRunAgainAndTheUncommittedInsertRunsOnce() throws Exception {
    Run killed = apply(4); // after the INSERT that follows ADD COLUMN c, before anything commits
    assertThat(killed.result.error().code()).isEqualTo(ErrorCode.CONNECTION);
    assertThat(revision("1")).containsExactly("0", "6", FIRST_THREE, FIRST.get(0));
    assertThat(columns()).contains("c");
    assertThat(ids()).as("the INSERT died with the session").isEmpty();

    Run next = apply(-1);
    assertThat(next.result.error()).as("a second ADD COLUMN c would fail").isNull();
    assertThat(next.started).startsWith("1_first.sql: " + FIRST.get(3));
    assertThat(ids()).containsExactly("1", "2", "3");
  }

  @Test
  void addColumnThatDidNotTakeEffectRunsAgain() throws Exception {
    apply(4);
    exec("ALTER TABLE t DROP COLUMN c");

    Run next = apply(-1);
    assertThat(next.result.error()).isNull();
    assertThat(next.started).startsWith("1_first.sql: " + FIRST.get(2));
    assertThat(columns()).contains("c");
    assertThat(ids()).containsExactly("1", "2", "3");
  }

  @Test
  void aStatementThatTookEffectAfterOneThatDidNotStopsTheRun() throws Exception {
    apply(3); // after ADD COLUMN c, the last of the three that share a mark
    assertThat(revision("1")).containsExactly("0", "6", FIRST_THREE, FIRST.get(0));
    exec("DROP INDEX t_v ON t"); // ADD COLUMN ran only after CREATE INDEX: someone changed t.

    assertThatThrownBy(() -> apply(-1))
        .hasMessageContainingAll("statement 3 of 1_first.sql (line 3)", "cannot tell whether it took effect");
    assertThat(indexes()).doesNotContain("t_v");
    assertThat(revision("1")).containsExactly("0", "6", FIRST_THREE, FIRST.get(0));
  }

  @Test
  void statementsInFlightThatWereEditedAfterTheCrashStopTheRun() throws Exception {
    apply(2);
    List<String> edited = new ArrayList<>(FIRST);
    edited.set(2, "ALTER TABLE t ADD COLUMN c2 int;");
    dir.put("1_first.sql", String.join("\n", edited) + "\n");
    resum();

    assertThatThrownBy(() -> apply(-1))
        .hasMessageContainingAll(
            "statements 1 to 3 of 1_first.sql (lines 1 to 3)", "the file has changed since");
    assertThat(revision("1")).containsExactly("0", "6", FIRST_THREE, FIRST.get(0));
    assertThat(columns()).doesNotContain("c", "c2");
  }

  @Test
  void ifNotExistsIsJudgedByTheTablesDefinition() throws Exception {
    apply(5); // after CREATE INDEX IF NOT EXISTS t_id
    List<String> row = revision("1");
    assertThat(row.get(0)).as("the INSERT before it committed with the record").isEqualTo("4");
    assertThat(row.get(2)).startsWith(IN_FLIGHT).isNotEqualTo(IN_FLIGHT + "absent");
    assertThat(ids()).containsExactly("1");

    Run next = apply(-1);
    assertThat(next.result.error()).isNull();
    assertThat(next.started).startsWith("1_first.sql: " + FIRST.get(5));
    assertThat(ids()).containsExactly("1", "2", "3");
  }

  @Test
  void crashInTheNextFileResumesThere() throws Exception {
    apply(7); // after the second file's ADD COLUMN d
    assertThat(revision("1")).containsExactly("6", "6", null, null);
    assertThat(revision("2")).containsExactly("0", "2", IN_FLIGHT + "absent", SECOND.get(0));

    Run next = apply(-1);
    assertThat(next.result.error()).isNull();
    assertThat(next.started).containsExactly("2_second.sql: " + SECOND.get(1));
    assertThat(ids()).containsExactly("1", "2", "3");
  }

  @Test
  void failuresAreRecordedWhetherOrNotTheServerCommittedFirst() throws Exception {
    dir = new MemDir();
    // A syntax error fails before MariaDB's implicit commit, a missing key column after it.
    dir.put("1_a.sql", "CREATE TABLE a (id int);\nALTER TABLE a ADD COLUMN;\n");
    dir.put("2_b.sql", "CREATE TABLE b (id int);\nCREATE INDEX b_x ON b (x);\n");
    resum();
    Run first = apply(-1);
    assertThat(first.result.error()).isNotNull();
    assertThat(revision("1").subList(0, 2)).containsExactly("1", "2");
    assertThat(revision("1").get(2)).doesNotStartWith(IN_FLIGHT).contains("1064");

    dir.put("1_a.sql", "CREATE TABLE a (id int);\nALTER TABLE a ADD COLUMN x int;\n");
    resum();
    Run second = apply(-1);
    assertThat(second.started).startsWith("1_a.sql: ALTER TABLE a ADD COLUMN x int;");
    assertThat(second.result.error()).isNotNull();
    assertThat(revision("2").subList(0, 2)).containsExactly("1", "2");
    assertThat(revision("2").get(2)).doesNotStartWith(IN_FLIGHT).contains("1072");
  }

  // --- helpers -------------------------------------------------------------------------------

  /** A run's result and the statements it started, as "file: text". */
  private record Run(ApplyResult result, List<String> started) {}

  /**
   * Applies the directory in tx-mode file, killing the run's session just before the {@code
   * killAt}-th statement (counted from 0 over the run) starts; -1 runs to the end.
   */
  private Run apply(int killAt) {
    List<String> started = new ArrayList<>();
    ApplyListener listener =
        new ApplyListener() {
          @Override
          public void statementStarted(MigrationFile file, Statement statement) {
            if (started.size() == killAt) {
              killSessions();
            }
            started.add(file.name() + ": " + statement.text());
          }
        };
    ApplyResult r =
        new MigrationExecutor(
                driver,
                dir,
                new DirStatementReader(DirFormat.ATLAS, driver.dialect().lexOptions()),
                ApplyOptions.defaults().withTxMode(TxMode.FILE).withMaxReconnects(0),
                listener,
                Clock.systemUTC())
            .apply();
    return new Run(r, started);
  }

  private void resum() {
    dir.remove(SumFile.FILE_NAME);
    dir.put(SumFile.FILE_NAME, new String(SumFile.of(dir).toBytes(), StandardCharsets.UTF_8));
  }

  /** Kills every other session on the test database: the run's, as a crash would end it. */
  private void killSessions() {
    try (Connection admin = driver.connect();
        java.sql.Statement s = admin.createStatement()) {
      List<Long> ids = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT id FROM information_schema.processlist"
                  + " WHERE db = DATABASE() AND id <> CONNECTION_ID()")) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      assertThat(ids).as("the run's session").isNotEmpty();
      for (long id : ids) {
        s.execute("KILL CONNECTION " + id);
      }
      Thread.sleep(50);
    } catch (SQLException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns applied, total, error and error_stmt of the revision of {@code version}. */
  private List<String> revision(String version) throws SQLException {
    List<List<String>> rows =
        rows(
            "SELECT applied, total, error, error_stmt FROM atlas_schema_revisions WHERE version = '"
                + version
                + "'");
    assertThat(rows).as("revision " + version).hasSize(1);
    return rows.get(0);
  }

  private List<String> ids() throws SQLException {
    List<String> out = new ArrayList<>();
    for (List<String> r : rows("SELECT id FROM t ORDER BY id")) {
      out.add(r.get(0));
    }
    return out;
  }

  private List<String> indexes() throws SQLException {
    List<String> out = new ArrayList<>();
    for (List<String> r : rows("SHOW INDEX FROM t")) {
      out.add(r.get(2));
    }
    return out;
  }

  private List<String> columns() throws SQLException {
    List<String> out = new ArrayList<>();
    for (List<String> r : rows("SHOW COLUMNS FROM t")) {
      out.add(r.get(0));
    }
    return out;
  }

  private void exec(String sql) throws SQLException {
    try (Connection c = driver.connect();
        java.sql.Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private List<List<String>> rows(String sql) throws SQLException {
    try (Connection c = driver.connect()) {
      return QueryRows.of(c, sql);
    }
  }
}
