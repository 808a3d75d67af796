package dev.strata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The floor of {@code migrate status}: connect, read the whole history table, list the migration
 * directory and count what is pending. Nothing else: no checksum, no lock, no table check. It
 * depends on the JDK and a JDBC driver only, so that as a process ({@link #main}) it measures the
 * least a JVM can do, with the smallest class path.
 */
public final class FloorRead {
  /** The floor's history table: one row per applied file. */
  static final String TABLE = "floor_history";

  private FloorRead() {}

  /**
   * Returns the number of pending files of {@code dir} (its {@code *.sql} files whose version has
   * no history row) after reading every row of the history table.
   */
  static int pending(Connection c, Path dir) throws SQLException, IOException {
    return pending(history(c), sqlFiles(dir));
  }

  /**
   * As {@link #pending}, and reads and hashes (SHA-256) every migration file as well: the least a
   * tool that checks its files against recorded checksums adds, as Strata ({@code atlas.sum}) and
   * Flyway do. A yardstick for the in-process goal, beside the floor that checks nothing.
   */
  static int pendingVerified(Connection c, Path dir) throws SQLException, IOException {
    Set<String> applied = history(c);
    List<String> files = sqlFiles(dir);
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String f : files) {
      sha256.update(Files.readAllBytes(dir.resolve(f)));
    }
    sha256.digest();
    return pending(applied, files);
  }

  private static Set<String> history(Connection c) throws SQLException {
    Set<String> applied = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version, description, checksum, installed_at, execution_ms FROM "
                    + TABLE
                    + " ORDER BY version")) {
      while (rs.next()) {
        applied.add(rs.getString(1));
        rs.getString(2);
        rs.getLong(3);
        rs.getTimestamp(4);
        rs.getLong(5);
      }
    }
    return applied;
  }

  private static List<String> sqlFiles(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".sql"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static int pending(Set<String> applied, List<String> files) {
    int pending = 0;
    for (String f : files) {
      int cut = f.indexOf('_');
      if (!applied.contains(cut < 0 ? f : f.substring(0, cut))) {
        pending++;
      }
    }
    return pending;
  }

  /** {@code FloorRead <jdbc-url> <user> <dir>}: prints the number of pending files. */
  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(args[0], args[1], "")) {
      System.out.println(pending(c, Path.of(args[2])) + " pending");
    }
  }
}
