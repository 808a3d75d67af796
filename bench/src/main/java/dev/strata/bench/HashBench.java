package dev.strata.bench;

import dev.strata.migrate.dir.DirFormat;
import dev.strata.migrate.dir.LocalDir;
import dev.strata.migrate.dir.SumFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Times {@code atlas.sum} computation (listing plus hashing, as {@code migrate hash} and every
 * validation do) over 10,000 realistic migration files. Not a test; run on demand:
 *
 * <pre>
 * mvn -o -q -pl core install -DskipTests
 * javac -d /tmp/hashbench -cp core/target/classes bench/src/main/java/dev/strata/bench/HashBench.java
 * java -cp /tmp/hashbench:core/target/classes dev.strata.bench.HashBench [files] [runs]
 * </pre>
 *
 * Goal: under one second per computation on a CI machine.
 */
public final class HashBench {
  private static final DateTimeFormatter VERSION =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);
  private static final String[] TYPES = {
    "bigint NOT NULL",
    "integer",
    "varchar(255) NOT NULL",
    "text",
    "timestamp NOT NULL DEFAULT now()",
    "boolean NOT NULL DEFAULT false",
    "numeric(12,2)",
    "jsonb"
  };

  private HashBench() {}

  public static void main(String[] args) throws IOException {
    int fileCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Path dir = Files.createTempDirectory("strata-hashbench");
    try {
      long bytes = populate(dir, fileCount);
      System.out.printf(Locale.ROOT, "%d files, %.1f MB in %s%n", fileCount, bytes / 1e6, dir);
      LocalDir migrations = LocalDir.open(dir, DirFormat.ATLAS);
      long coldStart = System.nanoTime();
      String total = SumFile.of(migrations).total();
      long coldMillis = (System.nanoTime() - coldStart) / 1_000_000;
      for (int i = 0; i < 4; i++) {
        SumFile.of(migrations);
      }
      long[] millis = new long[runs];
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        SumFile sum = SumFile.of(migrations);
        millis[i] = (System.nanoTime() - start) / 1_000_000;
        if (!sum.total().equals(total) || sum.entries().size() != fileCount) {
          throw new IllegalStateException("unstable sum");
        }
      }
      Arrays.sort(millis);
      System.out.printf(
          Locale.ROOT,
          "atlas.sum over %d files: first (cold JVM) %d ms; min %d ms, median %d ms, max %d ms"
              + " (%d runs after 5 warm-ups)%n",
          fileCount,
          coldMillis,
          millis[0],
          millis[runs / 2],
          millis[runs - 1],
          runs);
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  // Writes CREATE TABLE / ALTER / INSERT files of a few hundred bytes to a few KB; returns the
  // total.
  private static long populate(Path dir, int count) throws IOException {
    Random random = new Random(42);
    LocalDateTime t = LocalDateTime.of(2021, 1, 1, 0, 0);
    long total = 0;
    for (int i = 0; i < count; i++) {
      t = t.plusMinutes(1 + random.nextInt(600));
      String table = "t" + i;
      StringBuilder sql = new StringBuilder();
      sql.append("-- Create \"").append(table).append("\" table\n");
      sql.append("CREATE TABLE \"").append(table).append("\" (\n  \"id\" bigserial NOT NULL");
      int columns = 3 + random.nextInt(25);
      for (int c = 0; c < columns; c++) {
        sql.append(",\n  \"col_")
            .append(c)
            .append("\" ")
            .append(TYPES[random.nextInt(TYPES.length)]);
      }
      sql.append(",\n  PRIMARY KEY (\"id\")\n);\n");
      sql.append("-- Create index \"")
          .append(table)
          .append("_col_0\" to table: \"")
          .append(table)
          .append("\"\nCREATE INDEX \"")
          .append(table)
          .append("_col_0\" ON \"")
          .append(table)
          .append("\" (\"col_0\");\n");
      int rows = random.nextInt(20);
      for (int r = 0; r < rows; r++) {
        sql.append("INSERT INTO \"")
            .append(table)
            .append("\" (\"col_0\") VALUES ('value ")
            .append(random.nextInt())
            .append("');\n");
      }
      byte[] content = sql.toString().getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve(VERSION.format(t) + "_create_" + table + ".sql"), content);
      total += content.length;
    }
    return total;
  }
}
