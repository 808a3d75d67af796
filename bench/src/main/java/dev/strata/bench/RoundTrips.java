package dev.strata.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --round-trips} mode: runs every in-process apply and read once through a {@link
 * WireCounter} and reports, per operation, the connections opened, the round trips and the
 * statements sent, per migration file, with the statements each one sends most. Counts, unlike
 * times, do not depend on the machine's load.
 */
final class RoundTrips {
  private static final int TOP = 12;

  private RoundTrips() {}

  /** Returns the Markdown section for {@code engine}; PostgreSQL and MariaDB only. */
  static String run(BenchDatabase engine, Workload work, Path repo, Path scratch, boolean others)
      throws Exception {
    WireCounter.Protocol protocol;
    int port;
    switch (engine) {
      case POSTGRES:
        protocol = WireCounter.Protocol.POSTGRES;
        port = 5432;
        break;
      case MARIADB:
        protocol = WireCounter.Protocol.MARIADB;
        port = 3306;
        break;
      default:
        return "";
    }
    int n = work.size();
    Map<String, WireCounter.Counts> counts = new LinkedHashMap<>();
    Map<String, BenchDatabase.Fresh> applied = new HashMap<>();
    Suite suite = new Suite(engine, work, repo, scratch);
    try (WireCounter wire = new WireCounter(protocol, port)) {
      for (Operation op : suite.applies(false, others)) {
        BenchDatabase.Fresh db = engine.fresh(scratch, wire.port());
        wire.reset();
        op.action().run(db);
        counts.put(op.id(), wire.reset());
        System.out.printf(Locale.ROOT, "[%s] counted %s%n", engine.id(), op.id());
        if (applied.containsKey(op.family())) {
          db.close();
        } else {
          applied.put(op.family(), db);
        }
      }
      for (Operation op : suite.reads(false, others)) {
        wire.reset();
        op.action().run(applied.get(op.family()));
        counts.put(op.id(), wire.reset());
      }
    } finally {
      applied.values().forEach(BenchDatabase.Fresh::close);
    }
    return markdown(engine, n, counts);
  }

  private static String markdown(
      BenchDatabase engine, int n, Map<String, WireCounter.Counts> counts) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "#### Round trips, %s, %,d migrations%n%n",
            Machine.serverVersion(engine),
            n));
    b.append(
        "| operation | connections | round trips | round trips / file | statements | statements /"
            + " file |\n");
    b.append("|---|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, WireCounter.Counts> e : counts.entrySet()) {
      WireCounter.Counts c = e.getValue();
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.2f | %d | %.2f |%n",
              e.getKey(),
              c.connections(),
              c.roundTrips(),
              c.roundTrips() / (double) n,
              c.statementCount(),
              c.statementCount() / (double) n));
    }
    for (String id :
        List.of(
            "floor",
            "strata-lib-file",
            "strata-lib-all",
            "strata-lib-noop",
            "strata-lib-status",
            "floor-read")) {
      WireCounter.Counts c = counts.get(id);
      if (c == null) {
        continue;
      }
      b.append("\nMost sent by ").append(id).append(":\n\n```\n");
      for (String line : WireCounter.topStatements(c, TOP, n)) {
        b.append(line).append('\n');
      }
      b.append("```\n");
    }
    return b.toString();
  }
}
