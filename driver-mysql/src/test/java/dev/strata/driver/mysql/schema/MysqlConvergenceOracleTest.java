package dev.strata.driver.mysql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.diff.Differ;
import dev.strata.model.Schema;
import dev.strata.model.change.SchemaChange;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import dev.strata.plan.Planner;
import dev.strata.spi.DriverRegistry;
import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The convergence oracle on MariaDB, one case per file under {@code oracle/}: a {@code -- current}
 * and a {@code -- desired} section of SQL. Current is built in database A, desired in database B;
 * both are inspected, diffed ({@link Differ#diffSchemas}), planned ({@link Planner}) and the plan
 * is applied to A. Then A inspects equal to B (the schema names aside) and a second diff is empty.
 * Run with {@code -Doracle.dump=<dir>} to keep each case's plan for review.
 */
class MysqlConvergenceOracleTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  static Stream<String> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(MysqlConvergenceOracleTest.class.getResource("oracle").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".sql"))
              .sorted()
              .collect(Collectors.toList());
      return names.stream();
    }
  }

  /** A case file's two sections. */
  record Case(String current, String desired) {
    static Case read(String name) throws IOException, URISyntaxException {
      Path p = Path.of(MysqlConvergenceOracleTest.class.getResource("oracle/" + name).toURI());
      StringBuilder current = new StringBuilder();
      StringBuilder desired = new StringBuilder();
      StringBuilder section = null;
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (line.equals("-- current")) {
          section = current;
        } else if (line.equals("-- desired")) {
          section = desired;
        } else if (section != null) {
          section.append(line).append('\n');
        }
      }
      if (section != desired) {
        throw new IllegalArgumentException(name + ": needs '-- current' then '-- desired' lines");
      }
      return new Case(current.toString(), desired.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void planConverges(String name) throws Exception {
    Case c = Case.read(name);
    String urlA = dbs.mariadbDatabase();
    String urlB = dbs.mariadbDatabase();
    MysqlDiffHooks hooks = new MysqlDiffHooks();
    try (Connection a = DriverRegistry.load().driverFor(urlA).connect();
        Connection b = DriverRegistry.load().driverFor(urlB).connect()) {
      SchemaFixtures.execute(a, c.current());
      SchemaFixtures.execute(b, c.desired());
      Schema current = SchemaFixtures.inspectOne(a);
      Schema desired = SchemaFixtures.inspectOne(b);
      List<SchemaChange> changes = Differ.diffSchemas(current, desired, hooks, current.name());
      assertThat(changes).as("the case must change something").isNotEmpty();
      List<PlannedStatement> plan = Planner.plan(changes, new MysqlPlanWriter(), PlanOptions.unqualified());
      dump(name, plan);
      SchemaFixtures.apply(a, plan);

      Schema after = SchemaFixtures.inspectOne(a);
      assertThat(after).as(planText(plan)).isEqualTo(SchemaFixtures.renamed(desired, after.name()));
      assertThat(Differ.diffSchemas(after, desired, hooks, after.name())).as(planText(plan)).isEmpty();
    }
  }

  // With -Doracle.dump=DIR, each case's plan is written to DIR/<case> for review.
  private static void dump(String name, List<PlannedStatement> plan) throws IOException {
    String dir = System.getProperty("oracle.dump");
    if (dir != null) {
      Path out = Path.of(dir);
      Files.createDirectories(out);
      Files.writeString(out.resolve(name), planText(plan) + "\n", StandardCharsets.UTF_8);
    }
  }

  private static String planText(List<PlannedStatement> plan) {
    return plan.stream().map(p -> "-- " + p.comment() + "\n" + p.sql() + ";").collect(Collectors.joining("\n"));
  }
}
