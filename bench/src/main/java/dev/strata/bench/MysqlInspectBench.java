package dev.strata.bench;

import dev.strata.driver.mysql.schema.MysqlInspector;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.spi.DriverRegistry;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Times the inspection of a generated schema of 2,000 tables (each with a primary key, two
 * secondary indexes, a check and up to two foreign keys) on MariaDB/MySQL. Not a test; run on
 * demand against a disposable server (it creates and drops a database {@code strata_bench_...}):
 *
 * <pre>
 * mvn -o -q -pl driver-mysql -am install -DskipTests
 * CP=core/target/classes:driver-mysql/target/classes:$HOME/.m2/repository/org/mariadb/jdbc/mariadb-java-client/3.5.6/mariadb-java-client-3.5.6.jar:$HOME/.m2/repository/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar
 * javac -d /tmp/mybench -cp $CP bench/src/main/java/dev/strata/bench/MysqlInspectBench.java
 * java -cp /tmp/mybench:$CP dev.strata.bench.MysqlInspectBench [server-url] [tables] [runs] [database]
 * </pre>
 *
 * The server URL defaults to {@code mysql://root@127.0.0.1:3306/}. Naming an existing database
 * inspects it as it is, without creating or dropping anything. Goal: under 2 s per inspection.
 */
public final class MysqlInspectBench {
  private MysqlInspectBench() {}

  public static void main(String[] args) throws SQLException {
    String server = args.length > 0 ? args[0] : "mysql://root@127.0.0.1:3306/";
    int tables = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    byte[] b = new byte[4];
    new SecureRandom().nextBytes(b);
    boolean existing = args.length > 3;
    String db = existing ? args[3] : "strata_bench_" + HexFormat.of().formatHex(b);
    String base = server.endsWith("/") ? server : server + "/";
    try (Connection admin = DriverRegistry.load().driverFor(base).connect()) {
      if (!existing) {
        exec(admin, "CREATE DATABASE " + db);
      }
      try {
        if (!existing) {
          long t0 = System.nanoTime();
          try (Connection c = DriverRegistry.load().driverFor(base + db).connect()) {
            populate(c, tables);
          }
          System.out.printf(Locale.ROOT, "created %d tables in %.1f s%n", tables, (System.nanoTime() - t0) / 1e9);
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
          try (Connection c = DriverRegistry.load().driverFor(base + db).connect()) {
            long start = System.nanoTime();
            Realm r = new MysqlInspector().inspect(c, List.of());
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            Schema s = r.schemas().get(0);
            System.out.printf(
                Locale.ROOT,
                "run %d: %d ms (%d tables, %d indexes, %d foreign keys)%n",
                i + 1,
                millis[i],
                s.tables().size(),
                s.tables().stream().mapToInt(t -> t.indexes().size()).sum(),
                s.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum());
          }
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "min %d ms, median %d ms, max %d ms%n", millis[0], millis[runs / 2], millis[runs - 1]);
      } finally {
        if (!existing) {
          exec(admin, "DROP DATABASE IF EXISTS " + db);
        }
      }
    }
  }

  private static void populate(Connection c, int tables) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (int i = 0; i < tables; i++) {
        StringBuilder sb = new StringBuilder();
        sb.append("CREATE TABLE t").append(i).append(" (")
            .append("id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, ")
            .append("parent_id bigint unsigned, other_id bigint unsigned, ")
            .append("name varchar(100) NOT NULL DEFAULT '', ")
            .append("amount decimal(12,2) NOT NULL DEFAULT 0.00, ")
            .append("status enum('new','done') NOT NULL DEFAULT 'new', ")
            .append("created timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, ")
            .append("KEY i_name (name), UNIQUE KEY u_name_created (name, created), ")
            .append("CONSTRAINT c_amount CHECK (amount >= 0)");
        if (i > 0) {
          sb.append(", CONSTRAINT f_parent FOREIGN KEY (parent_id) REFERENCES t").append(i - 1).append(" (id)");
          sb.append(", CONSTRAINT f_other FOREIGN KEY (other_id) REFERENCES t").append(i / 2).append(" (id) ON DELETE SET NULL");
        }
        sb.append(")");
        st.execute(sb.toString().replace("f_parent", "f_parent_" + i).replace("f_other", "f_other_" + i));
      }
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
