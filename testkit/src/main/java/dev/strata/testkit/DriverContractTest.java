package dev.strata.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.history.Revision;
import dev.strata.migrate.history.RevisionType;
import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.spi.FailureKind;
import dev.strata.spi.Locker;
import dev.strata.spi.RevisionDialect;
import dev.strata.spi.RevisionTableRef;
import dev.strata.spi.RevisionTableState;
import dev.strata.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract every driver passes against a real server: connection and scope, clean checks, the
 * revisions table (create, re-ensure, additive upgrade, round trip, upsert, delete, ordering),
 * locks, error classification and password hygiene. A driver's test class extends it and answers
 * the hooks; each test works in fresh databases from {@link TestDatabases}.
 *
 * <p>The file is longer than the usual 400 lines because it is one suite: each test is short and
 * independent, and splitting them would scatter the contract.
 */
public abstract class DriverContractTest {
  /** Fresh databases for the running test, dropped after it. */
  @RegisterExtension protected final TestDatabases dbs = new TestDatabases();

  private static final String REVISIONS = RevisionTableRef.TABLE;

  // ---- hooks -------------------------------------------------------------------------------

  /**
   * Returns the URL of a fresh schema-scoped database (PostgreSQL schema, MySQL database, file).
   */
  protected abstract String freshSchemaUrl(TestDatabases dbs);

  /**
   * Returns the URL of a fresh realm-scoped database (a new PostgreSQL database, a MySQL server).
   */
  protected abstract String freshRealmUrl(TestDatabases dbs);

  /**
   * Returns a schema that does not exist under {@code realmUrl} yet and is dropped at clean-up, to
   * hold the revisions table; empty when the engine keeps it in {@code main} only (SQLite).
   */
  protected abstract Optional<String> missingRevisionSchema(TestDatabases dbs, String realmUrl);

  /** Returns the schema {@code c} works in ({@code current_schema()}, {@code DATABASE()}...). */
  protected abstract String currentSchema(Connection c) throws SQLException;

  /** Returns Atlas's reason for a schema-scoped database holding one table besides nothing else. */
  protected abstract String foundTableReason(String schema, String table);

  /**
   * Returns DDL creating {@code atlas_schema_revisions} at {@code qualifiedTable} in an older
   * layout: Atlas's columns without {@code partial_hashes} and {@code operator_version}.
   */
  protected abstract String legacyRevisionTableDdl(String qualifiedTable);

  /** Returns {@code written} as the database stores it (its timestamp precision). */
  protected abstract Instant storedInstant(Instant written);

  /** Ends {@code victim}'s session from {@code killer} and returns when it is gone. */
  protected abstract void kill(Connection victim, Connection killer) throws Exception;

  /** Returns describe() of the error {@code THIS IS NOT SQL} raises. */
  protected abstract String syntaxErrorText();

  /** Returns describe() of inserting id 1 twice into {@code table} (primary key id). */
  protected abstract String duplicateKeyText(String table);

  /** Returns describe() of selecting from the missing {@code table} in {@code schema}. */
  protected abstract String missingTableText(String schema, String table);

  /** Returns what describe() of the first error on a killed connection matches. */
  protected abstract Pattern connectionLossText();

  /** Returns the text of the error for lock {@code name} held by another session. */
  protected abstract String lockHeldText(String name);

  /**
   * Returns a URL holding {@code password} whose connection fails with an error that would show the
   * password unless masked; empty when the engine's URLs carry no password (SQLite).
   */
  protected abstract Optional<String> urlLeakingPassword(TestDatabases dbs, String password);

  // ---- helpers -----------------------------------------------------------------------------

  /** Returns the driver the class path's registry finds for {@code url}. */
  protected static Driver driver(String url) {
    return DriverRegistry.load().driverFor(url);
  }

  /** Returns the revisions table in the URL's schema (or the connection's). */
  protected static RevisionTableRef ref(Driver d) {
    return RevisionTableRef.in(d.url().schema().orElse(null));
  }

  /** Returns {@code schema.table} quoted with the driver's dialect. */
  protected static String qualified(Driver d, String schema, String table) {
    return d.dialect().quote(schema) + "." + d.dialect().quote(table);
  }

  /** Runs {@code sql} on a new connection of {@code d}. */
  protected static void exec(Driver d, String... sql) throws SQLException {
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    }
  }

  private static Revision revision(String version, Instant at) {
    return new Revision(
        version,
        "file " + version,
        RevisionType.EXECUTE,
        3,
        3,
        at,
        42_000_000L,
        null,
        null,
        "hash-" + version,
        null,
        "Strata CLI v0.1.0");
  }

  // ---- connection and scope ----------------------------------------------------------------

  @Test
  void connectsInAutoCommitScopedToTheUrlSchema() throws SQLException {
    Driver d = driver(freshSchemaUrl(dbs));
    String schema = d.url().schema().orElseThrow();
    try (Connection c = d.connect()) {
      assertThat(c.getAutoCommit()).isTrue();
      assertThat(currentSchema(c)).isEqualTo(schema);
    }
    assertThat(d.dialect().lexOptions()).isNotNull();
  }

  @Test
  void realmUrlConnects() throws SQLException {
    Driver d = driver(freshRealmUrl(dbs));
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      assertThat(s.execute("SELECT 1")).isTrue();
    }
  }

  // ---- clean checks ------------------------------------------------------------------------

  @Test
  void freshSchemaIsCleanAndATableMakesItDirty() throws SQLException {
    Driver d = driver(freshSchemaUrl(dbs));
    String schema = d.url().schema().orElseThrow();
    try (Connection c = d.connect()) {
      assertThat(d.cleanChecker().dirtyReason(c, ref(d))).isEmpty();
      assertThat(d.cleanChecker().dirtyReason(c, null)).isEmpty();
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE zz_users (id integer PRIMARY KEY)");
      }
      assertThat(d.cleanChecker().dirtyReason(c, ref(d)))
          .contains(foundTableReason(schema, "zz_users"));
    }
  }

  @Test
  void revisionsTableAloneIsCleanOnlyWhenIgnored() throws SQLException {
    Driver d = driver(freshSchemaUrl(dbs));
    String schema = d.url().schema().orElseThrow();
    try (Connection c = d.connect()) {
      d.revisionDialect().ensureTable(c, ref(d));
      assertThat(d.cleanChecker().dirtyReason(c, ref(d))).isEmpty();
      assertThat(d.cleanChecker().dirtyReason(c, RevisionTableRef.in(null))).isEmpty();
      assertThat(d.cleanChecker().dirtyReason(c, null))
          .contains(foundTableReason(schema, REVISIONS));
    }
  }

  // ---- revisions table ---------------------------------------------------------------------

  @Test
  void ensureTableCreatesOnceAndIsIdempotent() throws SQLException {
    Driver d = driver(freshSchemaUrl(dbs));
    RevisionDialect rd = d.revisionDialect();
    try (Connection c = d.connect()) {
      assertThat(rd.schemaExists(c, d.url().schema().orElseThrow())).isTrue();
      assertThat(rd.tableExists(c, ref(d))).isFalse();
      assertThat(rd.tableState(c, ref(d))).isEqualTo(RevisionTableState.MISSING);
      rd.ensureTable(c, ref(d));
      assertThat(rd.tableExists(c, ref(d))).isTrue();
      assertThat(rd.tableState(c, ref(d))).isEqualTo(RevisionTableState.CURRENT);
      assertThat(rd.readAll(c, ref(d))).isEmpty();
      Instant at = Instant.parse("2024-01-16T10:00:00Z");
      rd.write(c, ref(d), revision("1", at));
      rd.ensureTable(c, ref(d));
      rd.ensureTable(c, ref(d));
      assertThat(rd.readAll(c, ref(d))).extracting(Revision::version).containsExactly("1");
    }
  }

  @Test
  void ensureTableAddsMissingColumnsToAnOlderTable() throws SQLException {
    Driver d = driver(freshSchemaUrl(dbs));
    String schema = d.url().schema().orElseThrow();
    String table = qualified(d, schema, REVISIONS);
    exec(
        d,
        legacyRevisionTableDdl(table),
        "INSERT INTO "
            + table
            + " (version, description, type, applied, total, executed_at,"
            + " execution_time, error, error_stmt, hash) VALUES ('1', 'init', 2, 1, 1,"
            + " '2024-01-16 10:00:00', 5, NULL, NULL, 'h')");
    RevisionDialect rd = d.revisionDialect();
    try (Connection c = d.connect()) {
      assertThat(rd.tableState(c, ref(d))).isEqualTo(RevisionTableState.OUTDATED);
      rd.ensureTable(c, ref(d));
      assertThat(rd.tableState(c, ref(d))).isEqualTo(RevisionTableState.CURRENT);
      List<Revision> all = rd.readAll(c, ref(d));
      assertThat(all).hasSize(1);
      assertThat(all.get(0).operatorVersion()).isEmpty();
      assertThat(all.get(0).partialHashes()).isNull();
      assertThat(all.get(0).executedAt()).isEqualTo(Instant.parse("2024-01-16T10:00:00Z"));
      Revision partial =
          revision("2", Instant.parse("2024-01-17T10:00:00Z"))
              .withProgress(1, List.of("h1:abc="), "boom", "SELECT boom");
      rd.write(c, ref(d), partial);
      assertThat(rd.readAll(c, ref(d))).containsExactly(all.get(0), partial);
    }
  }

  @Test
  void writeAndReadRoundTripEveryColumn() throws SQLException {
    Driver d = driver(freshSchemaUrl(dbs));
    RevisionDialect rd = d.revisionDialect();
    Instant at = Instant.parse("2024-01-16T10:00:00.123456Z");
    Revision full =
        new Revision(
            "20240116100000",
            "create_users",
            RevisionType.EXECUTE | RevisionType.RESOLVED,
            1,
            3,
            at,
            1_234_567_890L,
            "pq: relation \"users\" already exists",
            "CREATE TABLE users (id int);",
            "xHQbOG9JHh1HzGBR1BqCUwkdeR4/UBkq1gpAXdSH9Ss=",
            List.of("h1:HvHtw0f95pW7hqD/Ljk212EnnmbZH9rpY8lA8//FWqA=", "h1:<quoted \"\\\">"),
            "Strata CLI v0.1.0");
    Revision bare =
        new Revision("1", "", RevisionType.BASELINE, 0, 0, at, 0, null, null, "", null, "");
    try (Connection c = d.connect()) {
      rd.ensureTable(c, ref(d));
      rd.write(c, ref(d), full);
      rd.write(c, ref(d), bare);
      Instant stored = storedInstant(at);
      assertThat(rd.readAll(c, ref(d)))
          .containsExactly(
              new Revision(
                  bare.version(),
                  bare.description(),
                  bare.type(),
                  0,
                  0,
                  stored,
                  0,
                  null,
                  null,
                  "",
                  null,
                  ""),
              new Revision(
                  full.version(),
                  full.description(),
                  full.type(),
                  full.applied(),
                  full.total(),
                  stored,
                  full.executionTimeNanos(),
                  full.error(),
                  full.errorStmt(),
                  full.hash(),
                  full.partialHashes(),
                  full.operatorVersion()));
    }
  }

  @Test
  void upsertKeepsDescriptionAndExecutedAt() throws SQLException {
    Driver d = driver(freshSchemaUrl(dbs));
    RevisionDialect rd = d.revisionDialect();
    Instant first = Instant.parse("2024-01-16T10:00:00Z");
    Revision started =
        new Revision(
            "2",
            "add_posts",
            RevisionType.EXECUTE,
            0,
            2,
            first,
            0,
            null,
            null,
            "h-old",
            List.of(),
            "Atlas CLI v0.30.0");
    Revision finished =
        new Revision(
            "2",
            "renamed",
            RevisionType.EXECUTE,
            2,
            2,
            Instant.parse("2025-03-01T00:00:00Z"),
            7_000L,
            null,
            null,
            "h-new",
            null,
            "Strata CLI v0.1.0");
    try (Connection c = d.connect()) {
      rd.ensureTable(c, ref(d));
      rd.write(c, ref(d), started);
      assertThat(rd.readAll(c, ref(d)).get(0).partialHashes()).isEmpty();
      rd.write(c, ref(d), finished.withProgress(1, List.of("h1:a="), "err", "stmt"));
      rd.write(c, ref(d), finished);
      assertThat(rd.readAll(c, ref(d)))
          .containsExactly(
              new Revision(
                  "2",
                  "add_posts",
                  RevisionType.EXECUTE,
                  2,
                  2,
                  first,
                  7_000L,
                  null,
                  null,
                  "h-new",
                  null,
                  "Strata CLI v0.1.0"));
    }
  }

  @Test
  void deleteRemovesOneVersionAndIgnoresMissingOnes() throws SQLException {
    Driver d = driver(freshSchemaUrl(dbs));
    RevisionDialect rd = d.revisionDialect();
    Instant at = Instant.parse("2024-01-16T10:00:00Z");
    try (Connection c = d.connect()) {
      rd.ensureTable(c, ref(d));
      rd.write(c, ref(d), revision("1", at));
      rd.write(c, ref(d), revision("2", at));
      rd.delete(c, ref(d), "1");
      rd.delete(c, ref(d), "404");
      assertThat(rd.readAll(c, ref(d))).extracting(Revision::version).containsExactly("2");
    }
  }

  @Test
  void readAllOrdersVersionsAsStringsAndHidesTheCloudIdentifier() throws SQLException {
    Driver d = driver(freshSchemaUrl(dbs));
    RevisionDialect rd = d.revisionDialect();
    Instant at = Instant.parse("2024-01-16T10:00:00Z");
    try (Connection c = d.connect()) {
      rd.ensureTable(c, ref(d));
      for (String v : List.of("9", "10", "20240116100000", "1", "1_a", "1a")) {
        rd.write(c, ref(d), revision(v, at));
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO "
                + qualified(d, d.url().schema().orElseThrow(), REVISIONS)
                + " (version, description, type, applied, total, executed_at, execution_time,"
                + " hash, operator_version) VALUES ('.atlas_cloud_identifier',"
                + " 'c0ffee00-0000-4000-8000-000000000000', 2, 0, 0, '2024-01-16 10:00:00', 0, '',"
                + " 'Atlas CLI v0.30.0')");
      }
      assertThat(rd.readAll(c, ref(d)))
          .extracting(Revision::version)
          .containsExactly("1", "10", "1_a", "1a", "20240116100000", "9");
      Revision cloud = revision(".atlas_cloud_identifier", at);
      assertThat(catchThrowableOfType(StrataException.class, () -> rd.write(c, ref(d), cloud)))
          .hasMessage("writing the revision-table identifier is not allowed");
      assertThat(
              catchThrowableOfType(
                  StrataException.class, () -> rd.delete(c, ref(d), ".atlas_cloud_identifier")))
          .hasMessage("deleting the revision-table identifier is not allowed");
    }
  }

  @Test
  void ensureTableCreatesAMissingRevisionSchema() throws SQLException {
    String realm = freshRealmUrl(dbs);
    Driver d = driver(realm);
    Optional<String> schema = missingRevisionSchema(dbs, realm);
    try (Connection c = d.connect()) {
      if (schema.isEmpty()) {
        RevisionTableRef elsewhere = RevisionTableRef.in("x");
        assertThat(
                catchThrowableOfType(
                    StrataException.class, () -> d.revisionDialect().ensureTable(c, elsewhere)))
            .hasMessage(
                "cannot store revisions-table in a separate schema (\"x\") with SQLite driver");
        return;
      }
      RevisionTableRef revisions = RevisionTableRef.in(schema.get());
      assertThat(d.revisionDialect().schemaExists(c, schema.get())).isFalse();
      d.revisionDialect().ensureTable(c, revisions);
      assertThat(d.revisionDialect().schemaExists(c, schema.get())).isTrue();
      assertThat(d.revisionDialect().tableExists(c, revisions)).isTrue();
      d.revisionDialect().write(c, revisions, revision("1", Instant.parse("2024-01-16T10:00:00Z")));
      assertThat(d.revisionDialect().readAll(c, revisions)).hasSize(1);
    }
  }

  // ---- locks -------------------------------------------------------------------------------

  @Test
  void secondLockAttemptFailsWithinTheTimeoutAndSucceedsAfterRelease() {
    String url = freshSchemaUrl(dbs);
    String name = TestDatabases.uniqueName();
    Driver first = driver(url);
    Driver second = driver(url);
    try (Locker.Lock held = first.locker().lock(name, Duration.ofSeconds(10))) {
      assertThat(held).isNotNull();
      long t0 = System.nanoTime();
      StrataException e =
          catchThrowableOfType(
              StrataException.class, () -> second.locker().lock(name, Duration.ofSeconds(1)));
      long waited = (System.nanoTime() - t0) / 1_000_000;
      assertThat(e.code()).isEqualTo(ErrorCode.LOCK);
      assertThat(e).hasMessage(lockHeldText(name));
      assertThat(waited).isBetween(800L, 5_000L);
      t0 = System.nanoTime();
      assertThat(
              catchThrowableOfType(
                  StrataException.class, () -> second.locker().lock(name, Duration.ZERO)))
          .hasMessage(lockHeldText(name));
      assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1_000L);
    }
    try (Locker.Lock again = second.locker().lock(name, Duration.ZERO)) {
      assertThat(again).isNotNull();
    }
  }

  @Test
  void lockOnTheCallersConnectionExcludesOthersAndLeavesTheConnectionOpen() throws SQLException {
    String url = freshSchemaUrl(dbs);
    String name = TestDatabases.uniqueName();
    Driver first = driver(url);
    Driver second = driver(url);
    try (Connection own = first.connect()) {
      try (Locker.Lock held = first.locker().lock(own, name, Duration.ofSeconds(10))) {
        assertThat(held).isNotNull();
        assertThat(
                catchThrowableOfType(
                    StrataException.class, () -> second.locker().lock(name, Duration.ZERO)))
            .hasMessage(lockHeldText(name));
      }
      assertThat(own.isClosed()).isFalse();
      try (Statement s = own.createStatement()) {
        s.execute("SELECT 1");
      }
      try (Locker.Lock again = second.locker().lock(name, Duration.ZERO)) {
        assertThat(again).isNotNull();
      }
      if (locksBelongToSession()) {
        // Taken again on the same connection and then lost with it: the server frees it.
        Locker.Lock lost = first.locker().lock(own, name, Duration.ZERO);
        own.close();
        try (Locker.Lock after = second.locker().lock(name, Duration.ofSeconds(5))) {
          assertThat(after).isNotNull();
        }
        lost.close(); // Never throws, even with its connection gone.
      }
    }
  }

  /** True when the driver's locks live in a database session (not in a lock file). */
  protected boolean locksBelongToSession() {
    return true;
  }

  // ---- errors ------------------------------------------------------------------------------

  @Test
  void classifiesAndDescribesRealErrors() throws SQLException {
    Driver d = driver(freshSchemaUrl(dbs));
    String schema = d.url().schema().orElseThrow();
    try (Connection c = d.connect();
        Statement s = c.createStatement()) {
      SQLException syntax =
          catchThrowableOfType(SQLException.class, () -> s.execute("THIS IS NOT SQL"));
      assertThat(d.dialect().classify(syntax)).isEqualTo(FailureKind.SYNTAX);
      assertThat(d.dialect().describe(syntax)).isEqualTo(syntaxErrorText());
      assertThat(d.dialect().isConnectionLoss(syntax)).isFalse();

      s.execute("CREATE TABLE strata_dup (id integer PRIMARY KEY, v integer)");
      s.execute("INSERT INTO strata_dup (id, v) VALUES (1, 1)");
      SQLException dup =
          catchThrowableOfType(
              SQLException.class, () -> s.execute("INSERT INTO strata_dup (id, v) VALUES (1, 2)"));
      assertThat(d.dialect().classify(dup)).isEqualTo(FailureKind.DATA);
      assertThat(d.dialect().describe(dup)).isEqualTo(duplicateKeyText("strata_dup"));

      SQLException missing =
          catchThrowableOfType(SQLException.class, () -> s.execute("SELECT * FROM strata_missing"));
      assertThat(d.dialect().classify(missing)).isEqualTo(FailureKind.SCHEMA);
      assertThat(d.dialect().describe(missing))
          .isEqualTo(missingTableText(schema, "strata_missing"));
    }
  }

  @Test
  void killedConnectionIsAConnectionLoss() throws Exception {
    Driver d = driver(freshSchemaUrl(dbs));
    try (Connection victim = d.connect();
        Connection killer = d.connect()) {
      kill(victim, killer);
      SQLException lost =
          catchThrowableOfType(
              SQLException.class,
              () -> {
                try (Statement s = victim.createStatement()) {
                  s.executeQuery("SELECT 1").close();
                }
              });
      assertThat((Throwable) lost).as("an error on the killed connection").isNotNull();
      assertThat(d.dialect().classify(lost)).isEqualTo(FailureKind.CONNECTION);
      assertThat(d.dialect().isConnectionLoss(lost)).isTrue();
      assertThat(d.dialect().describe(lost)).matches(connectionLossText());
    }
  }

  @Test
  void passwordNeverShowsInMessagesOrNames() {
    String password =
        "strata_pw_" + TestDatabases.uniqueName().substring(TestDatabases.PREFIX.length());
    Optional<String> url = urlLeakingPassword(dbs, password);
    assumeTrue(url.isPresent(), "the engine's URLs carry no password");
    // The leaking URL may name the password in its path too; the names are checked on a URL
    // that holds it as a password only.
    Driver named = driver(DatabaseUrl.parse(url.get()).withPath("strata_t_other").raw());
    assertThat(named.toString()).doesNotContain(password);
    assertThat(named.url().toString()).doesNotContain(password);
    Driver d = driver(url.get());
    SQLException e = catchThrowableOfType(SQLException.class, () -> d.connect().close());
    assertThat((Throwable) e).as("connecting must fail").isNotNull();
    assertThat(allText(e)).doesNotContain(password);
    assertThat(d.dialect().describe(e)).doesNotContain(password);
    StrataException lock =
        catchThrowableOfType(
            StrataException.class, () -> d.locker().lock("strata_t_lock", Duration.ZERO));
    assertThat(lock).isNotNull();
    assertThat(allText(lock)).doesNotContain(password);
  }

  /** Returns the toString of {@code t}, its causes, suppressed and next exceptions. */
  protected static String allText(Throwable t) {
    StringBuilder b = new StringBuilder();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>(List.of(t));
    while (!todo.isEmpty()) {
      Throwable x = todo.pop();
      if (x == null || !seen.add(x)) {
        continue;
      }
      b.append(x).append('\n');
      if (x.getCause() != null) {
        todo.push(x.getCause());
      }
      for (Throwable s : x.getSuppressed()) {
        todo.push(s);
      }
      if (x instanceof SQLException && ((SQLException) x).getNextException() != null) {
        todo.push(((SQLException) x).getNextException());
      }
    }
    return b.toString();
  }
}
