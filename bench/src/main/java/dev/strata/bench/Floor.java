package dev.strata.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The floor: the least a migration tool can do with a JDBC connection. It lists the directory, and
 * for each file reads it, splits it at {@code ";\n"} (the generated files allow it), runs its
 * statements in one transaction together with one history row, and commits (or, as the measure of
 * what {@code --tx-mode all} can gain, commits once after the last file). No checksum file, no
 * lock, no per-statement record.
 */
final class Floor {
  private Floor() {}

  static final String CREATE_HISTORY =
      "CREATE TABLE "
          + FloorRead.TABLE
          + " (version varchar(32) NOT NULL, description varchar(255) NOT NULL,"
          + " checksum bigint NOT NULL, installed_at timestamp NOT NULL,"
          + " execution_ms bigint NOT NULL, PRIMARY KEY (version))";

  /**
   * Applies every file of {@code dir}, committing after each file, or once at the end when {@code
   * oneTransaction}; returns the number applied.
   */
  static int apply(Connection c, Path dir, boolean oneTransaction)
      throws SQLException, IOException {
    try (Statement s = c.createStatement()) {
      s.execute(CREATE_HISTORY);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files =
          list.filter(p -> p.getFileName().toString().endsWith(".sql"))
              .sorted()
              .collect(Collectors.toList());
    }
    c.setAutoCommit(false);
    int applied = 0;
    try (PreparedStatement history =
            c.prepareStatement(
                "INSERT INTO "
                    + FloorRead.TABLE
                    + " (version, description, checksum, installed_at, execution_ms)"
                    + " VALUES (?, ?, ?, ?, ?)");
        Statement st = c.createStatement()) {
      for (Path f : files) {
        long start = System.nanoTime();
        byte[] bytes = Files.readAllBytes(f);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        for (String sql : new String(bytes, StandardCharsets.UTF_8).split(";\n")) {
          if (!sql.isBlank()) {
            st.execute(sql);
          }
        }
        String name = f.getFileName().toString();
        int cut = name.indexOf('_');
        history.setString(1, name.substring(0, cut));
        history.setString(2, name.substring(cut + 1, name.length() - ".sql".length()));
        history.setLong(3, crc.getValue());
        history.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
        history.setLong(5, (System.nanoTime() - start) / 1_000_000);
        history.executeUpdate();
        if (!oneTransaction) {
          c.commit();
        }
        applied++;
      }
    }
    c.commit();
    c.setAutoCommit(true);
    return applied;
  }
}
