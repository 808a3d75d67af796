package dev.strata.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/** What the report says about the machine and the servers: cores, memory, load, versions. */
final class Machine {
  private Machine() {}

  /** Returns e.g. {@code 2 cores (Intel Xeon ...), 23.5 GiB, OpenJDK 17.0.15}. */
  static String describe() {
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %.1f GiB memory, Java %s (%s)",
        Runtime.getRuntime().availableProcessors(),
        procField("/proc/cpuinfo", "model name"),
        memTotalKib() / 1024.0 / 1024.0,
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));
  }

  /** Returns the 1-minute load average, or "?" where /proc/loadavg is missing. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  /** Returns e.g. {@code PostgreSQL 15.20}, {@code MariaDB 10.11.19}, {@code SQLite 3.50.3}. */
  static String serverVersion(BenchDatabase engine) {
    String query;
    switch (engine) {
      case POSTGRES:
        query = "SHOW server_version";
        break;
      case MARIADB:
        query = "SELECT VERSION()";
        break;
      default:
        query = "SELECT sqlite_version()";
    }
    String name =
        engine == BenchDatabase.POSTGRES
            ? "PostgreSQL"
            : engine == BenchDatabase.MARIADB ? "MariaDB" : "SQLite";
    Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
    try (BenchDatabase.Fresh db = engine.fresh(scratch, 0);
        Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      String v = rs.getString(1);
      return name + " " + v.split("[ -]")[0];
    } catch (SQLException e) {
      return name;
    }
  }

  private static String procField(String file, String field) {
    try {
      List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
      for (String l : lines) {
        if (l.startsWith(field)) {
          return l.substring(l.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // Not Linux: say nothing about the processor.
    }
    return "?";
  }

  private static long memTotalKib() {
    String v = procField("/proc/meminfo", "MemTotal");
    return v.equals("?") ? 0 : Long.parseLong(v.replaceAll("[^0-9]", ""));
  }
}
