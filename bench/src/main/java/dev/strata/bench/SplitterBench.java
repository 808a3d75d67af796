package dev.strata.bench;

import dev.strata.sql.LexOptions;
import dev.strata.sql.StatementScanner;
import java.io.BufferedWriter;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Throughput of the statement splitter: for each dialect, writes a realistic file of about {@code
 * args[0]} MB (default 100) into a temporary directory, splits it with {@link
 * StatementScanner#open} over a {@link FileInputStream} once to warm up and {@code args[1]} times
 * (default 3) measured, and prints MB/s (1 MB = 2^20 bytes) per dialect: wall clock, and by the
 * thread's CPU time, which is steadier on a shared machine. Run on demand, not a test.
 */
public final class SplitterBench {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private SplitterBench() {}

  public static void main(String[] args) throws IOException {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 100;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Map<String, LexOptions> dialects = new LinkedHashMap<>();
    dialects.put("mysql", LexOptions.MYSQL);
    dialects.put("postgres", LexOptions.POSTGRES);
    dialects.put("sqlite", LexOptions.SQLITE);
    dialects.put("generic", LexOptions.GENERIC);
    Path dir = Files.createTempDirectory("strata-splitter-bench");
    try {
      for (Map.Entry<String, LexOptions> d : dialects.entrySet()) {
        Path file = dir.resolve(d.getKey() + ".sql");
        generate(file, d.getKey(), megabytes << 20);
        double mb = Files.size(file) / (double) (1 << 20);
        long statements = split(file, d.getValue()); // warm-up: two passes let C2 finish
        split(file, d.getValue());
        double best = 0;
        double total = 0;
        double bestCpu = 0;
        for (int i = 0; i < runs; i++) {
          long start = System.nanoTime();
          long cpu = THREADS.getCurrentThreadCpuTime();
          split(file, d.getValue());
          double rate = mb / ((System.nanoTime() - start) / 1e9);
          bestCpu = Math.max(bestCpu, mb / ((THREADS.getCurrentThreadCpuTime() - cpu) / 1e9));
          best = Math.max(best, rate);
          total += rate;
        }
        System.out.printf(
            "%-9s %6.1f MB %8d statements  mean %6.1f MB/s  best %6.1f MB/s  (best by CPU time"
                + " %6.1f MB/s)%n",
            d.getKey(), mb, statements, total / runs, best, bestCpu);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static long split(Path file, LexOptions options) throws IOException {
    long n = 0;
    try (InputStream in = new FileInputStream(file.toFile());
        StatementScanner scanner = StatementScanner.open(in, options)) {
      while (scanner.next() != null) {
        n++;
      }
    }
    return n;
  }

  private static void generate(Path file, String dialect, long bytes) throws IOException {
    try (Writer w =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      long written = 0;
      for (long i = 0; written < bytes; i++) {
        String chunk = chunk(dialect, i);
        w.write(chunk);
        written += chunk.length() + 4; // roughly: a few characters are multi-byte
      }
    }
  }

  /** Returns a few statements in the style of a migration or dump of {@code dialect}. */
  private static String chunk(String dialect, long i) {
    String q = dialect.equals("mysql") ? "`" : "\"";
    StringBuilder b = new StringBuilder(1024);
    b.append("-- Create \"t").append(i).append("\" table\n");
    b.append("CREATE TABLE ")
        .append(q)
        .append('t')
        .append(i)
        .append(q)
        .append(" (\n")
        .append("  ")
        .append(q)
        .append("id")
        .append(q)
        .append(" bigint NOT NULL,\n")
        .append("  ")
        .append(q)
        .append("name")
        .append(q)
        .append(" varchar(255) NOT NULL DEFAULT 'unnamed',\n")
        .append("  ")
        .append(q)
        .append("created_at")
        .append(q)
        .append(" timestamp NULL, /* audit */\n")
        .append("  PRIMARY KEY (")
        .append(q)
        .append("id")
        .append(q)
        .append(")\n)");
    b.append(dialect.equals("mysql") ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n" : ";\n\n");
    b.append("INSERT INTO t").append(i).append(" (id, name, created_at) VALUES\n");
    for (int r = 0; r < 5; r++) {
      b.append("  (")
          .append(i * 10 + r)
          .append(", 'Zoë; O''Brien (née Müller)', '2024-01-0")
          .append(r + 1)
          .append(" 10:00:00')")
          .append(r < 4 ? ",\n" : ";\n");
    }
    b.append('\n');
    switch (dialect) {
      case "mysql":
        if (i % 10 == 0) {
          b.append("/*!40101 SET NAMES utf8mb4 */;\n# procedure ")
              .append(i)
              .append("\nDELIMITER $$\n")
              .append("CREATE PROCEDURE p")
              .append(i)
              .append("(IN x INT)\nBEGIN\n  DECLARE v INT DEFAULT 0;\n")
              .append("  IF x > 0 THEN\n    SET v = x; -- positive\n  END IF;\n")
              .append("  SELECT 'it\\'s done' INTO @msg;\nEND $$\nDELIMITER ;\n\n");
        }
        break;
      case "postgres":
      case "generic":
        if (i % 10 == 0) {
          b.append("CREATE FUNCTION public.f")
              .append(i)
              .append("(p integer) RETURNS integer\n")
              .append("    LANGUAGE plpgsql\n    AS $$\nBEGIN\n  -- add one; return\n")
              .append("  RETURN p + 1;\nEND $$;\n\n");
          b.append("CREATE FUNCTION public.g")
              .append(i)
              .append(
                  "(a integer) RETURNS integer LANGUAGE SQL\n"
                      + "BEGIN ATOMIC\n"
                      + "  SELECT a * 2;\n"
                      + "END;\n\n");
        }
        break;
      default:
        if (i % 10 == 0) {
          b.append("CREATE TRIGGER tr")
              .append(i)
              .append(" AFTER INSERT ON t")
              .append(i)
              .append(" BEGIN\n")
              .append("  UPDATE t")
              .append(i)
              .append(" SET name = 'x;y' WHERE id = new.id;\nEND;\n\n");
        }
    }
    return b.toString();
  }
}
