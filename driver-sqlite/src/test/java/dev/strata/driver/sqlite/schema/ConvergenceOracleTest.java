package dev.strata.driver.sqlite.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.diff.Differ;
import dev.strata.model.Realm;
import dev.strata.model.change.SchemaChange;
import dev.strata.plan.PlannedStatement;
import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The convergence oracle on SQLite, one case per file under {@code oracle/}: build the {@code
 * current} section in database A (then run its {@code data} section there) and the {@code desired}
 * section in database B, inspect both, diff and plan, apply the plan to A the way an executor that
 * honours the transactional flag does, inspect A: it must equal B's model, diffing again must find
 * nothing, no foreign key may be violated, and each {@code verify} line ({@code query ==>
 * expected}) must hold on A. An optional {@code -- expect: alter|rebuild|empty} line says which
 * kind of plan the case must produce. Foreign keys are enforced on both databases ({@code _fk=1}).
 *
 * <p>The plan of each case is also a golden file, {@code oracle/<case>.plan}, in Atlas's format:
 * run with {@code -Dgolden.update=true} to rewrite them, then review the diff.
 */
class ConvergenceOracleTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  private static final SqliteDiffHooks HOOKS = new SqliteDiffHooks();
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  static final Path SOURCES = Path.of("src/test/resources/dev/strata/driver/sqlite/schema/oracle");

  /** A parsed case file. */
  record Case(String name, Map<String, String> sections, String expect) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(ConvergenceOracleTest.class.getResource("oracle").toURI());
    List<Case> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
        out.add(parse(p));
      }
    }
    return out.stream();
  }

  @Test
  void hasAtLeastSixtyCases() throws Exception {
    assertTrue(cases().count() >= 60, "convergence cases: " + cases().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void converges(Case c) throws Exception {
    String urlA = dbs.sqliteFile() + "?_fk=1";
    String urlB = dbs.sqliteFile() + "?_fk=1";
    try (Connection a = Databases.open(urlA);
        Connection b = Databases.open(urlB)) {
      Databases.run(a, c.sections().getOrDefault("current", ""));
      Databases.run(a, c.sections().getOrDefault("data", ""));
      Databases.run(b, c.sections().getOrDefault("desired", ""));
      Realm current = Databases.inspect(a);
      Realm desired = Databases.inspect(b);
      List<SchemaChange> changes = Differ.diff(current, desired, HOOKS);
      List<PlannedStatement> plan = Databases.plan(changes);
      String shown = Databases.format(plan);
      checkKind(c, plan, shown);
      checkGolden(c, shown);
      Databases.apply(a, plan);
      Realm after = Databases.inspect(a);
      assertEquals(desired, after, "inspected after the plan:\n" + shown);
      List<SchemaChange> again = Differ.diff(after, desired, HOOKS);
      assertEquals(List.of(), again, "second diff after the plan:\n" + shown);
      assertEquals(List.of(), Databases.foreignKeyViolations(a), "foreign keys after:\n" + shown);
      assertEquals("ok", Databases.value(a, "PRAGMA integrity_check"));
      for (String line : c.sections().getOrDefault("verify", "").split("\n")) {
        if (line.isBlank() || line.startsWith("--")) {
          continue;
        }
        String[] qe = line.split("==>", 2);
        String want = qe[1].strip();
        assertEquals(want.equals("<null>") ? null : want, Databases.value(a, qe[0].strip()), line + "\n" + shown);
      }
    }
  }

  private static void checkGolden(Case c, String shown) throws IOException {
    Path golden = SOURCES.resolve(c.name() + ".plan");
    if (UPDATE) {
      Files.writeString(golden, shown, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), "golden file " + golden + " (run with -Dgolden.update=true)");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), shown, "plan of " + c.name());
  }

  private static void checkKind(Case c, List<PlannedStatement> plan, String shown) {
    boolean rebuild = plan.stream().anyMatch(s -> s.sql().startsWith("ALTER TABLE `new_"));
    switch (c.expect()) {
      case "empty":
        assertEquals(List.of(), plan, shown);
        break;
      case "alter":
        assertFalse(plan.isEmpty(), "no plan");
        assertFalse(rebuild, "expected ALTER statements, got a rebuild:\n" + shown);
        break;
      case "rebuild":
        assertTrue(rebuild, "expected a table rebuild:\n" + shown);
        break;
      default:
        assertFalse(plan.isEmpty(), "the case changes nothing");
    }
  }

  private static Case parse(Path p) throws IOException {
    Map<String, String> sections = new LinkedHashMap<>();
    String expect = "";
    String section = null;
    StringBuilder body = new StringBuilder();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (t.matches("-- (current|desired|data|verify)")) {
        if (section != null) {
          sections.put(section, body.toString());
        }
        section = t.substring(3);
        body.setLength(0);
      } else if (t.startsWith("-- expect:")) {
        expect = t.substring("-- expect:".length()).strip();
      } else if (section != null) {
        body.append(line).append('\n');
      }
    }
    if (section != null) {
      sections.put(section, body.toString());
    }
    String name = p.getFileName().toString();
    return new Case(name.substring(0, name.length() - 4), sections, expect);
  }
}
