package dev.strata.testkit;

import dev.strata.url.DatabaseUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh, uniquely named ({@value #PREFIX}...) databases for tests: PostgreSQL databases and
 * schemas, MariaDB/MySQL databases, SQLite files. Each method returns a Strata URL; everything
 * created is dropped by {@link #close()}.
 *
 * <p>Use it as a JUnit 5 extension ({@code @RegisterExtension final TestDatabases dbs = new
 * TestDatabases();}): what a test creates is dropped after that test; what {@code @BeforeAll}
 * creates through a static instance is dropped after the class. Or use it in try-with-resources.
 *
 * <p>The servers come from {@value #POSTGRES_ENV} and {@value #MARIADB_ENV}, defaulting to the
 * local servers of the build machines.
 */
public final class TestDatabases
    implements AutoCloseable, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  /** The prefix of every name this class creates. */
  public static final String PREFIX = "strata_t_";

  /** The environment variable naming the PostgreSQL server (a Strata URL). */
  public static final String POSTGRES_ENV = "STRATA_TEST_POSTGRES_URL";

  /** The environment variable naming the MariaDB or MySQL server (a Strata URL). */
  public static final String MARIADB_ENV = "STRATA_TEST_MARIADB_URL";

  /** The PostgreSQL server used when {@value #POSTGRES_ENV} is not set. */
  public static final String DEFAULT_POSTGRES_URL =
      "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable";

  /** The MariaDB server used when {@value #MARIADB_ENV} is not set. */
  public static final String DEFAULT_MARIADB_URL = "mysql://root@127.0.0.1:3306/";

  private static final SecureRandom RANDOM = new SecureRandom();

  /** One thing to drop: a description for errors and the action. */
  private record Cleanup(String what, CleanupAction action) {}

  @FunctionalInterface
  private interface CleanupAction {
    void run() throws Exception;
  }

  private final Deque<Cleanup> cleanups = new ArrayDeque<>();
  private int testMark = -1;
  private Connection postgresAdmin;
  private Connection mariadbAdmin;
  private Path sqliteDir;

  /** Creates an instance that has created nothing yet. */
  public TestDatabases() {}

  /** Returns the PostgreSQL server's URL ({@value #POSTGRES_ENV} or the local default). */
  public static DatabaseUrl postgresServer() {
    return DatabaseUrl.parse(env(POSTGRES_ENV, DEFAULT_POSTGRES_URL));
  }

  /** Returns the MariaDB server's URL ({@value #MARIADB_ENV} or the local default). */
  public static DatabaseUrl mariadbServer() {
    return DatabaseUrl.parse(env(MARIADB_ENV, DEFAULT_MARIADB_URL));
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** Returns a new unique lower-case name starting with {@value #PREFIX}. */
  public static String uniqueName() {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    return PREFIX + HexFormat.of().formatHex(b);
  }

  /**
   * Creates a PostgreSQL database and returns its realm-scoped URL, e.g. {@code
   * postgres://postgres@127.0.0.1:5432/strata_t_1a2b3c4d5e6f?sslmode=disable}.
   */
  public synchronized String postgresDatabase() {
    String name = uniqueName();
    // template0: nobody connects to it, so concurrent creations never find the template busy.
    execute(this::postgresAdmin, "CREATE DATABASE " + name + " TEMPLATE template0");
    push(
        "PostgreSQL database " + name,
        () -> execute(this::postgresAdmin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    return withParams(postgresServer().withPath(name), "sslmode=disable");
  }

  /**
   * Creates a schema in the server URL's database and returns its schema-scoped URL, e.g. {@code
   * postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable&search_path=strata_t_1a2b3c}.
   */
  public synchronized String postgresSchema() {
    String name = uniqueName();
    execute(this::postgresAdmin, "CREATE SCHEMA " + name);
    push(
        "PostgreSQL schema " + name,
        () -> execute(this::postgresAdmin, "DROP SCHEMA IF EXISTS " + name + " CASCADE"));
    return withParams(postgresServer(), "sslmode=disable", "search_path=" + name);
  }

  /**
   * Creates a MariaDB/MySQL database and returns its schema-scoped URL, e.g. {@code
   * mysql://root@127.0.0.1:3306/strata_t_1a2b3c4d5e6f}.
   */
  public synchronized String mariadbDatabase() {
    String name = reserveMariadbDatabase();
    execute(this::mariadbAdmin, "CREATE DATABASE " + name);
    return mariadbServer().withPath(name).raw();
  }

  /**
   * Returns a unique MariaDB database name without creating it; a database of that name is dropped
   * at clean-up if the test created one.
   */
  public synchronized String reserveMariadbDatabase() {
    String name = uniqueName();
    push(
        "MariaDB database " + name,
        () -> execute(this::mariadbAdmin, "DROP DATABASE IF EXISTS " + name));
    return name;
  }

  /**
   * Creates a MariaDB/MySQL user {@value #PREFIX}... identified by {@code password}, with no
   * privileges, and returns its name; it is dropped at clean-up.
   */
  public synchronized String mariadbUser(String password) {
    String name = uniqueName();
    execute(
        this::mariadbAdmin,
        "CREATE USER '" + name + "'@'%' IDENTIFIED BY '" + password.replace("'", "''") + "'");
    push(
        "MariaDB user " + name,
        () -> execute(this::mariadbAdmin, "DROP USER IF EXISTS '" + name + "'@'%'"));
    return name;
  }

  /**
   * Returns the URL of a new SQLite file (not created yet) in a temporary directory, e.g. {@code
   * sqlite:///tmp/strata-t-123/strata_t_1a2b3c4d5e6f.db}; the directory is deleted at clean-up.
   */
  public synchronized String sqliteFile() {
    return "sqlite://" + sqliteDir().resolve(uniqueName() + ".db").toAbsolutePath();
  }

  /**
   * Returns the URL of a new shared in-memory SQLite database, {@code
   * sqlite://strata_t_..?mode=memory}.
   */
  public String sqliteMemory() {
    return "sqlite://" + uniqueName() + "?mode=memory";
  }

  private Path sqliteDir() {
    if (sqliteDir == null) {
      try {
        Path dir = Files.createTempDirectory("strata-t-");
        sqliteDir = dir;
        push(
            "SQLite directory " + dir,
            () -> {
              sqliteDir = null;
              deleteTree(dir);
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sqliteDir;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  // The admin URL with the given path's query replaced by params.
  private static String withParams(DatabaseUrl url, String... params) {
    String raw = url.raw();
    int q = raw.indexOf('?');
    String base = q < 0 ? raw : raw.substring(0, q);
    return base + "?" + String.join("&", params);
  }

  private synchronized Connection postgresAdmin() throws SQLException {
    if (postgresAdmin == null || postgresAdmin.isClosed()) {
      DatabaseUrl u = postgresServer();
      postgresAdmin =
          jdbc(
              "jdbc:postgresql://"
                  + host(u)
                  + ":"
                  + (u.port() < 0 ? 5432 : u.port())
                  + "/"
                  + u.path(),
              u);
    }
    return postgresAdmin;
  }

  private synchronized Connection mariadbAdmin() throws SQLException {
    if (mariadbAdmin == null || mariadbAdmin.isClosed()) {
      DatabaseUrl u = mariadbServer();
      mariadbAdmin =
          jdbc("jdbc:mariadb://" + host(u) + ":" + (u.port() < 0 ? 3306 : u.port()) + "/", u);
    }
    return mariadbAdmin;
  }

  private static String host(DatabaseUrl u) {
    return u.host().isEmpty() ? "127.0.0.1" : u.host();
  }

  /**
   * Returns a plain JDBC connection to the server {@code url} names, for test set-up that must not
   * go through the driver under test. The caller closes it.
   */
  public static Connection jdbc(String jdbcUrl, DatabaseUrl url) throws SQLException {
    Properties p = new Properties();
    if (!url.user().isEmpty()) {
      p.setProperty("user", url.user());
    }
    p.setProperty("password", url.password());
    return DriverManager.getConnection(jdbcUrl, p);
  }

  private void execute(ConnectionSupplier admin, String sql) {
    try (Statement s = admin.get().createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "test database set-up failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface ConnectionSupplier {
    Connection get() throws SQLException;
  }

  private void push(String what, CleanupAction action) {
    cleanups.push(new Cleanup(what, action));
  }

  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    testMark = cleanups.size();
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    try {
      dropDownTo(Math.max(testMark, 0));
    } finally {
      testMark = -1;
      // An instance-field extension gets no afterAll: close the admin connections here (they are
      // reopened on demand) so that a long suite does not pile up server sessions.
      closeAdminConnections();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** Drops everything this instance created, newest first, and closes its admin connections. */
  @Override
  public synchronized void close() {
    try {
      dropDownTo(0);
    } finally {
      closeAdminConnections();
    }
  }

  private void closeAdminConnections() {
    closeQuietly(postgresAdmin);
    closeQuietly(mariadbAdmin);
    postgresAdmin = null;
    mariadbAdmin = null;
  }

  private void dropDownTo(int size) {
    IllegalStateException failure = null;
    while (cleanups.size() > size) {
      Cleanup c = cleanups.pop();
      try {
        c.action().run();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("dropping " + c.what() + " failed", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Closing an admin connection at the end of a test; nothing to report.
      }
    }
  }
}
