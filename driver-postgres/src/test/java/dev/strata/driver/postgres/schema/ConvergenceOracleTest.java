package dev.strata.driver.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.diff.Differ;
import dev.strata.model.Realm;
import dev.strata.model.change.SchemaChange;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import dev.strata.plan.Planner;
import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The convergence oracle over the cases in {@code oracle/*.sql}: build the {@code -- current}
 * section in database A and the {@code -- desired} section in database B, inspect both, diff, plan,
 * apply the plan to A, inspect A: it equals B's model; and a second diff is empty. Two databases
 * serve every case (emptied between cases), which keeps the suite fast.
 */
class ConvergenceOracleTest {
  private static final String DIR = "/dev/strata/driver/postgres/schema/oracle";
  private static final TestDatabases DBS = new TestDatabases();
  private static Connection current;
  private static Connection desired;

  @BeforeAll
  static void open() throws Exception {
    current = SchemaTestSupport.connect(DBS.postgresDatabase());
    desired = SchemaTestSupport.connect(DBS.postgresDatabase());
  }

  @AfterAll
  static void close() throws Exception {
    current.close();
    desired.close();
    DBS.close();
  }

  /**
   * Returns every case with qualified names (a realm-scoped plan), and again with unqualified
   * names the cases that stay in schema public, which the connection's search_path finds.
   */
  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    Path dir = Paths.get(ConvergenceOracleTest.class.getResource(DIR).toURI());
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".sql"))
              .sorted()
              .collect(Collectors.toList());
    }
    List<Arguments> out = new ArrayList<>();
    for (String n : names) {
      out.add(Arguments.of(n, true));
    }
    for (String n : names) {
      if (!read(n).contains("SCHEMA")) {
        out.add(Arguments.of(n, false));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} qualified={1}")
  @MethodSource("cases")
  void converges(String name, boolean qualified) throws Exception {
    String text = read(name);
    int cut = text.indexOf("-- desired");
    assertThat(cut).as("case %s has a -- desired section", name).isGreaterThanOrEqualTo(0);
    SchemaTestSupport.reset(current);
    SchemaTestSupport.reset(desired);
    SchemaTestSupport.execute(current, text.substring(0, cut));
    SchemaTestSupport.execute(desired, text.substring(cut));
    Realm from = SchemaTestSupport.inspect(current);
    Realm to = SchemaTestSupport.inspect(desired);
    PostgresDiffHooks hooks = new PostgresDiffHooks();
    List<SchemaChange> changes = Differ.diff(from, to, hooks);
    assertThat(changes).as("case %s changes something", name).isNotEmpty();
    List<PlannedStatement> plan =
        Planner.plan(
            changes,
            new PostgresPlanWriter(),
            qualified ? PlanOptions.qualified() : PlanOptions.unqualified());
    SchemaTestSupport.apply(current, plan);
    Realm after = SchemaTestSupport.inspect(current);
    assertThat(after).as("case %s, plan:%n%s", name, SchemaTestSupport.show(plan)).isEqualTo(to);
    assertThat(Differ.diff(after, to, hooks)).as("case %s: second diff", name).isEmpty();
  }

  private static String read(String name) throws IOException {
    try (InputStream in = ConvergenceOracleTest.class.getResourceAsStream(DIR + "/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
