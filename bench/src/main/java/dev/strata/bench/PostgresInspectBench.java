package dev.strata.bench;

import dev.strata.driver.postgres.schema.PostgresInspector;
import dev.strata.model.Realm;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Times the inspection of a generated PostgreSQL schema of 2,000 tables, each with a serial primary
 * key, five more columns (a default, a check), two indexes and a foreign key to the table before
 * it. Not a test; run on demand against a server where the user may create databases:
 *
 * <pre>
 * mvn -o -q -pl driver-postgres -am install -DskipTests
 * javac -d /tmp/pgbench -cp core/target/classes:driver-postgres/target/classes \
 *   bench/src/main/java/dev/strata/bench/PostgresInspectBench.java
 * java -cp /tmp/pgbench:core/target/classes:driver-postgres/target/classes:$HOME/.m2/repository/org/postgresql/postgresql/42.7.13/postgresql-42.7.13.jar \
 *   dev.strata.bench.PostgresInspectBench [tables] [runs] [jdbc-url-of-an-admin-database]
 * </pre>
 *
 * It creates database {@code strata_bench_inspect}, and drops it at the end. Goal: under 2 s per
 * inspection.
 */
public final class PostgresInspectBench {
  private static final String DB = "strata_bench_inspect";

  private PostgresInspectBench() {}

  public static void main(String[] args) throws SQLException {
    int tables = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String admin = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/postgres";
    Properties p = new Properties();
    p.setProperty("user", System.getProperty("user", "postgres"));
    p.setProperty("password", System.getProperty("password", ""));
    try (Connection a = DriverManager.getConnection(admin, p);
        Statement s = a.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DB);
      s.execute("CREATE DATABASE " + DB + " TEMPLATE template0");
    }
    String url = admin.substring(0, admin.lastIndexOf('/') + 1) + DB;
    try {
      try (Connection c = DriverManager.getConnection(url, p)) {
        long start = System.nanoTime();
        populate(c, tables);
        System.out.printf(
            Locale.ROOT,
            "created %d tables in %d ms%n",
            tables,
            (System.nanoTime() - start) / 1_000_000);
        PostgresInspector inspector = new PostgresInspector();
        Realm warm = inspector.inspect(c, List.of());
        System.out.printf(
            Locale.ROOT,
            "inspected %d tables%n",
            warm.schema("public").orElseThrow().tables().size());
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          inspector.inspect(c, List.of());
          millis[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(
            Locale.ROOT,
            "inspection: min %d ms, median %d ms, max %d ms over %d runs%n",
            millis[0],
            millis[runs / 2],
            millis[runs - 1],
            runs);
      }
    } finally {
      try (Connection a = DriverManager.getConnection(admin, p);
          Statement s = a.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
      }
    }
  }

  private static void populate(Connection c, int tables) throws SQLException {
    try (Statement s = c.createStatement()) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < tables; i++) {
        b.append("CREATE TABLE t")
            .append(i)
            .append(" (id serial PRIMARY KEY, name varchar(100) NOT NULL,")
            .append(
                " amount numeric(12,2) DEFAULT 0 CHECK (amount >= 0), created timestamptz NOT NULL"
                    + " DEFAULT now(),")
            .append(" tags text[], ref integer")
            .append(i == 0 ? "" : " REFERENCES t" + (i - 1) + " (id)")
            .append(");\n")
            .append("CREATE INDEX t")
            .append(i)
            .append("_name ON t")
            .append(i)
            .append(" (name);\n")
            .append("CREATE INDEX t")
            .append(i)
            .append("_ref ON t")
            .append(i)
            .append(" (ref, created DESC);\n");
        if (i % 100 == 99) {
          s.execute(b.toString());
          b.setLength(0);
        }
      }
      if (b.length() > 0) {
        s.execute(b.toString());
      }
    }
  }
}
