package dev.strata.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One of the benchmark's database servers (or SQLite's folder), able to make a fresh, empty
 * database for each measurement and drop it afterwards. Every tool connects to a fresh database
 * with the same JDBC driver and the same connection settings (no TLS), so their times compare.
 */
enum BenchDatabase {
  POSTGRES("postgres") {
    @Override
    Fresh create(String tag, Path scratch, int proxyPort) throws SQLException {
      String name = "strata_bench_" + tag;
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      admin("CREATE DATABASE " + name);
      int port = proxyPort > 0 ? proxyPort : 5432;
      return new Fresh(
          this,
          name,
          "postgres://postgres@127.0.0.1:"
              + port
              + "/"
              + name
              + "?sslmode=disable&search_path=public",
          "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?sslmode=disable",
          "postgres",
          () -> admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private void admin(String sql) throws SQLException {
      try (Connection c =
              DriverManager.getConnection(
                  "jdbc:postgresql://127.0.0.1:5432/postgres?sslmode=disable", "postgres", "");
          Statement s = c.createStatement()) {
        s.execute(sql);
      }
    }
  },

  MARIADB("mariadb") {
    @Override
    Fresh create(String tag, Path scratch, int proxyPort) throws SQLException {
      String name = "strata_bench_" + tag;
      admin("DROP DATABASE IF EXISTS " + name);
      admin("CREATE DATABASE " + name);
      int port = proxyPort > 0 ? proxyPort : 3306;
      return new Fresh(
          this,
          name,
          "maria://root@127.0.0.1:" + port + "/" + name,
          "jdbc:mariadb://127.0.0.1:" + port + "/" + name,
          "root",
          () -> admin("DROP DATABASE IF EXISTS " + name));
    }

    private void admin(String sql) throws SQLException {
      try (Connection c =
              DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
          Statement s = c.createStatement()) {
        s.execute(sql);
      }
    }
  },

  SQLITE("sqlite") {
    @Override
    Fresh create(String tag, Path scratch, int proxyPort) throws IOException {
      Path folder = scratch.resolve("sqlite-" + tag);
      deleteTree(folder);
      Files.createDirectories(folder);
      Path file = folder.resolve("bench.db").toAbsolutePath();
      return new Fresh(
          this,
          file.toString(),
          "sqlite://" + file,
          "jdbc:sqlite:" + file,
          "",
          () -> deleteTree(folder));
    }
  };

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final String id;

  BenchDatabase(String id) {
    this.id = id;
  }

  /** Returns the name used on the command line and in the report: postgres, mariadb or sqlite. */
  String id() {
    return id;
  }

  /** Returns the database named {@code name} on the command line. */
  static BenchDatabase parse(String name) {
    for (BenchDatabase d : values()) {
      if (d.id.equals(name.toLowerCase(Locale.ROOT))) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown database \"" + name + "\": postgres, mariadb or sqlite");
  }

  /** Returns a new, empty database; {@code proxyPort} > 0 routes its URLs through a proxy. */
  Fresh fresh(Path scratch, int proxyPort) {
    String tag = ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
    try {
      return create(tag, scratch, proxyPort);
    } catch (SQLException e) {
      throw new IllegalStateException("creating a fresh " + id + " database: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  abstract Fresh create(String tag, Path scratch, int proxyPort) throws SQLException, IOException;

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (var walk = Files.walk(p)) {
      for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }

  /** What drops a fresh database. */
  interface Dropper {
    void drop() throws SQLException, IOException;
  }

  /**
   * A fresh database: its Strata URL, its JDBC URL and user (empty password everywhere), and how to
   * drop it.
   */
  record Fresh(
      BenchDatabase engine,
      String name,
      String strataUrl,
      String jdbcUrl,
      String user,
      Dropper dropper)
      implements AutoCloseable {

    Connection connect() throws SQLException {
      return DriverManager.getConnection(jdbcUrl, user, "");
    }

    /** Returns {@code SELECT COUNT(*) FROM table}, or -1 when the table does not exist. */
    long count(String table) {
      try (Connection c = connect();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
        rs.next();
        return rs.getLong(1);
      } catch (SQLException e) {
        return -1;
      }
    }

    @Override
    public void close() {
      try {
        dropper.drop();
      } catch (SQLException | IOException e) {
        System.err.println("warning: dropping " + name + ": " + e.getMessage());
      }
    }
  }
}
